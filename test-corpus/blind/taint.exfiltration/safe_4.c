// blind-expect: none
// Heartbeat client that tells the cluster monitor this node is alive.
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

struct beat {
    char node[64];
    unsigned long seq;
    long stamp;
};

static int connect_monitor(void)
{
    struct addrinfo hints = {0}, *res;
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo("monitor.cluster.local", "5151", &hints, &res) != 0)
        return -1;
    int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
    if (fd >= 0 && connect(fd, res->ai_addr, res->ai_addrlen) < 0) {
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    return fd;
}

static int interval_seconds(void)
{
    const char *s = getenv("HEARTBEAT_INTERVAL");
    int v = s ? atoi(s) : 30;
    return (v < 5 || v > 600) ? 30 : v;
}

static void send_beat(int fd, const struct beat *b)
{
    char msg[160];
    int n = snprintf(msg, sizeof msg, "BEAT %s %lu %ld\n", b->node, b->seq, b->stamp);
    if (n > 0)
        send(fd, msg, (size_t)n, 0);
}

int main(void)
{
    struct beat b;
    memset(&b, 0, sizeof b);
    gethostname(b.node, sizeof b.node - 1);
    int wait_s = interval_seconds();

    for (b.seq = 1; b.seq <= 1000000; b.seq++) {
        int fd = connect_monitor();
        if (fd >= 0) {
            b.stamp = (long)time(NULL);
            send_beat(fd, &b);
            close(fd);
        }
        sleep((unsigned)wait_s);
    }
    return 0;
}
