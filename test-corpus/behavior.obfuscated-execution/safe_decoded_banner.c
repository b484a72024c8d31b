/*
 * behavior.obfuscated-execution, safe look-alike: a helper unmasks a
 * greeting (XOR with a key) into the caller's buffer, and the program
 * connects to a collector named by a plain literal. The decoded text is only
 * printed; what is resolved is the literal.
 */
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static const unsigned char greeting[] = {0x23, 0x56, 0x15, 0x0b, 0x5c};

static void unmask(char *out, size_t cap)
{
    size_t i;
    for (i = 0; i < sizeof greeting && i + 1 < cap; i++)
        out[i] = (char)(greeting[i] ^ 0x6b);
    out[i] = '\0';
}

int main(void)
{
    char text[16];
    struct addrinfo *res;
    unmask(text, sizeof text);
    printf("%s\n", text);
    if (getaddrinfo("collector.example.net", "443", NULL, &res) == 0)
        freeaddrinfo(res);
    return 0;
}
