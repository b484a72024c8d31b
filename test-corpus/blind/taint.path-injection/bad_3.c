// blind-expect: taint.path-injection
// Minimal file server that returns the contents of a requested document from its document root.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define DOC_ROOT "/srv/docs"

static void serve_file(int client, const char *name)
{
    char path[512];
    char buf[4096];
    ssize_t n;

    snprintf(path, sizeof path, "%s/%s", DOC_ROOT, name);
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        const char *msg = "ERR not found\n";
        send(client, msg, strlen(msg), 0);
        return;
    }
    while ((n = read(fd, buf, sizeof buf)) > 0)
        send(client, buf, (size_t)n, 0);
    close(fd);
}

int main(void)
{
    struct sockaddr_in addr;
    int srv = socket(AF_INET, SOCK_STREAM, 0);
    if (srv < 0)
        return 1;
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_port = htons(9000);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(srv, (struct sockaddr *)&addr, sizeof addr) != 0 || listen(srv, 4) != 0) {
        perror("bind/listen");
        return 1;
    }
    for (;;) {
        char req[256];
        int c = accept(srv, NULL, NULL);
        if (c < 0)
            continue;
        ssize_t n = recv(c, req, sizeof req - 1, 0);
        if (n > 0) {
            req[n] = '\0';
            req[strcspn(req, "\r\n")] = '\0';
            if (strncmp(req, "GET ", 4) == 0)
                serve_file(c, req + 4);
        }
        close(c);
    }
    return 0;
}
