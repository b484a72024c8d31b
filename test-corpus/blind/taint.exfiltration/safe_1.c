// blind-expect: none
// Heartbeat client that periodically sends a fixed status line with a sequence number to a monitoring server.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define AGENT_VERSION "2.4.1"

static int open_monitor(void)
{
    struct sockaddr_in sa;
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    memset(&sa, 0, sizeof sa);
    sa.sin_family = AF_INET;
    sa.sin_port = htons(6000);
    inet_pton(AF_INET, "192.0.2.10", &sa.sin_addr);
    if (connect(fd, (struct sockaddr *)&sa, sizeof sa) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

int main(void)
{
    int fd = open_monitor();
    if (fd < 0) {
        perror("connect");
        return 1;
    }
    for (unsigned seq = 0; seq < 10; seq++) {
        char msg[128];
        int n = snprintf(msg, sizeof msg, "HEARTBEAT agent=%s seq=%u status=ok\n", AGENT_VERSION, seq);
        if (send(fd, msg, (size_t)n, 0) < 0) {
            perror("send");
            break;
        }
        sleep(5);
    }
    close(fd);
    return 0;
}
