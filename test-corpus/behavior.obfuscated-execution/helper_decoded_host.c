/*
 * behavior.obfuscated-execution: the peer's host name is kept XORed with a
 * key string and unmasked by a helper into the caller's buffer; another
 * helper resolves it. Decoding and use are in different functions, so the
 * decoded characters are followed as data (source kind `decoded`).
 */
#include <netdb.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static const unsigned char masked[] = {0x05, 0x0a, 0x1b, 0x4b, 0x1f, 0x00, 0x15, 0x1c,
                                       0x4b, 0x1a, 0x05, 0x0a};
static const char key[] = "k3y";

static void unmask(char *out, size_t cap)
{
    size_t i;
    for (i = 0; i < sizeof masked && i + 1 < cap; i++)
        out[i] = (char)(masked[i] ^ key[i % 3]);
    out[i] = '\0';
}

static int dial(const char *host)
{
    struct addrinfo hints, *res;
    memset(&hints, 0, sizeof hints);
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host, "443", &hints, &res) != 0) // $ Alert[behavior.obfuscated-execution]
        return -1;
    int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
    if (fd >= 0 && connect(fd, res->ai_addr, res->ai_addrlen) != 0) {
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    return fd;
}

int main(void)
{
    char host[32];
    unmask(host, sizeof host);
    int fd = dial(host);
    if (fd >= 0)
        close(fd);
    return 0;
}
