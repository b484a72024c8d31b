// blind-expect: taint.format-string
// UDP log collector that forwards datagrams from remote devices into the local syslog.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>
#include <unistd.h>

int main(void)
{
    struct sockaddr_in addr, peer;
    socklen_t plen;
    char buf[1024];

    int fd = socket(AF_INET, SOCK_DGRAM, 0);
    if (fd < 0) {
        perror("socket");
        return 1;
    }
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_port = htons(5514);
    addr.sin_addr.s_addr = htonl(INADDR_ANY);
    if (bind(fd, (struct sockaddr *)&addr, sizeof addr) != 0) {
        perror("bind");
        return 1;
    }
    openlog("devlogd", LOG_PID, LOG_LOCAL0);
    for (;;) {
        plen = sizeof peer;
        ssize_t n = recvfrom(fd, buf, sizeof buf - 1, 0, (struct sockaddr *)&peer, &plen);
        if (n <= 0)
            continue;
        buf[n] = '\0';
        buf[strcspn(buf, "\r\n")] = '\0';
        syslog(LOG_INFO, buf);
    }
    closelog();
    close(fd);
    return 0;
}
