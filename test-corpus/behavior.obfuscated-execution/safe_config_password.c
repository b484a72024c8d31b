/*
 * behavior.obfuscated-execution, safe look-alike: a masked password, not a
 * hidden target. A metrics agent keeps its collector password XOR-masked in
 * the binary (weak, but common) and unmasks it before logging in to a
 * collector whose host name is a plain literal. The decoded text is a
 * credential sent as data; the program connects to a visible address.
 */
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static const unsigned char masked[] = {0x2a, 0x3b, 0x29, 0x29, 0x2d, 0x35, 0x28, 0x3e, 0x6b, 0x68};

int main(void)
{
    char pw[sizeof(masked) + 1];
    char login[64];
    struct addrinfo hints, *res;

    for (size_t i = 0; i < sizeof(masked); i++)
        pw[i] = masked[i] ^ 0x5a;
    pw[sizeof(masked)] = '\0';

    memset(&hints, 0, sizeof(hints));
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo("metrics.example.com", "2003", &hints, &res) != 0)
        return 1;
    int s = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
    if (s >= 0 && connect(s, res->ai_addr, res->ai_addrlen) == 0) {
        int n = snprintf(login, sizeof(login), "AUTH agent %s\n", pw);
        send(s, login, (size_t)n, 0);
    }
    memset(pw, 0, sizeof(pw));
    if (s >= 0)
        close(s);
    freeaddrinfo(res);
    return 0;
}
