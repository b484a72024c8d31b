// blind-expect: none
// UDP receiver that records sensor readings from field devices into a log.
#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

struct reading_log {
    FILE *fp;
    unsigned long lines;
};

static void record(struct reading_log *log, const char *peer, const char *text)
{
    fprintf(log->fp, "%s: ", peer);
    fprintf(log->fp, "%s\n", text);
    fflush(log->fp);
    log->lines++;
}

static int open_listener(unsigned short port)
{
    int fd = socket(AF_INET, SOCK_DGRAM, 0);
    struct sockaddr_in addr = {0};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_ANY);
    addr.sin_port = htons(port);
    if (fd < 0 || bind(fd, (struct sockaddr *)&addr, sizeof addr) < 0)
        return -1;
    return fd;
}

int main(void)
{
    struct reading_log log = { fopen("/var/log/sensors.log", "a"), 0 };
    if (!log.fp)
        log.fp = stdout;
    int fd = open_listener(6100);
    if (fd < 0) {
        perror("listener");
        return 1;
    }
    char buf[512];
    for (;;) {
        struct sockaddr_in from;
        socklen_t flen = sizeof from;
        ssize_t n = recvfrom(fd, buf, sizeof buf - 1, 0, (struct sockaddr *)&from, &flen);
        if (n <= 0)
            continue;
        buf[n] = '\0';
        buf[strcspn(buf, "\r\n")] = '\0';
        char peer[INET_ADDRSTRLEN];
        inet_ntop(AF_INET, &from.sin_addr, peer, sizeof peer);
        record(&log, peer, buf);
        if (log.lines % 1000 == 0)
            printf("%lu readings stored\n", log.lines);
    }
    return 0;
}
