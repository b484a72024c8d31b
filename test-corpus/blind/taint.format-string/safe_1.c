// blind-expect: none
// UDP log collector that forwards datagrams from remote devices into syslog and echoes them to the console.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    struct sockaddr_in addr;
    char buf[1024];
    int verbose = argc > 1 && strcmp(argv[1], "-v") == 0;

    int fd = socket(AF_INET, SOCK_DGRAM, 0);
    if (fd < 0)
        return 1;
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
        ssize_t n = recv(fd, buf, sizeof buf - 1, 0);
        if (n <= 0)
            continue;
        buf[n] = '\0';
        buf[strcspn(buf, "\r\n")] = '\0';
        syslog(LOG_INFO, "%s", buf);
        if (verbose)
            printf("%s\n", buf);
    }
    return 0;
}
