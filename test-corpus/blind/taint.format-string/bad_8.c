// blind-expect: taint.format-string
// Lightweight UDP log collector that appends device messages to a log file.
#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define LOG_PORT 5514

struct log_sink {
    FILE *fp;
    unsigned long count;
};

static void stamp(struct log_sink *s)
{
    char ts[32];
    time_t now = time(NULL);
    strftime(ts, sizeof ts, "%Y-%m-%d %H:%M:%S ", localtime(&now));
    fputs(ts, s->fp);
}

static void log_event(struct log_sink *s, const char *peer, const char *text)
{
    stamp(s);
    fprintf(s->fp, "[%s] ", peer);
    fprintf(s->fp, text);
    fputc('\n', s->fp);
    fflush(s->fp);
    s->count++;
}

int main(void)
{
    struct log_sink sink = { fopen("/var/log/devices.log", "a"), 0 };
    if (!sink.fp)
        sink.fp = stderr;

    int fd = socket(AF_INET, SOCK_DGRAM, 0);
    struct sockaddr_in addr = {0};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_ANY);
    addr.sin_port = htons(LOG_PORT);
    if (bind(fd, (struct sockaddr *)&addr, sizeof addr) < 0) {
        perror("bind");
        return 1;
    }

    char buf[1024];
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
        log_event(&sink, peer, buf);
    }
    return 0;
}
