// blind-expect: none
// Metrics agent that samples system load and memory and sends the numbers to a collector over TCP.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <netdb.h>
#include <sys/socket.h>
#include <sys/sysinfo.h>

static int connect_collector(const char *host, const char *port)
{
    struct addrinfo hints, *res, *rp;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host, port, &hints, &res) != 0)
        return -1;
    int fd = -1;
    for (rp = res; rp; rp = rp->ai_next) {
        fd = socket(rp->ai_family, rp->ai_socktype, rp->ai_protocol);
        if (fd < 0)
            continue;
        if (connect(fd, rp->ai_addr, rp->ai_addrlen) == 0)
            break;
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    return fd;
}

static int send_sample(int fd, unsigned seq)
{
    struct sysinfo si;
    if (sysinfo(&si) != 0)
        return -1;
    char msg[256];
    int n = snprintf(msg, sizeof msg,
                     "sample seq=%u uptime=%ld load1=%lu freeram=%lu procs=%u\n",
                     seq, si.uptime, si.loads[0], si.freeram, (unsigned)si.procs);
    if (n < 0 || (size_t)n >= sizeof msg)
        return -1;
    return send(fd, msg, (size_t)n, 0) == n ? 0 : -1;
}

int main(void)
{
    const char *host = getenv("METRICS_HOST");
    if (!host)
        host = "collector.internal";
    int fd = connect_collector(host, "2003");
    if (fd < 0) {
        fprintf(stderr, "collector unreachable\n");
        return 1;
    }
    for (unsigned seq = 0; seq < 10; seq++) {
        if (send_sample(fd, seq) != 0) {
            fprintf(stderr, "send failed at sample %u\n", seq);
            break;
        }
        sleep(5);
    }
    close(fd);
    return 0;
}
