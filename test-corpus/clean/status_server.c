/*
 * clean: a tiny HTTP health endpoint. Requests are read from the client but
 * only compared; responses are constants plus a number from time().
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/socket.h>
#include <netinet/in.h>

#define PORT 8085

static const char NOT_FOUND[] =
    "HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\n\r\n";

static int make_listener(void)
{
    struct sockaddr_in addr;
    int one = 1;
    int fd = socket(AF_INET, SOCK_STREAM, 0);

    if (fd < 0)
        return -1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
    memset(&addr, 0, sizeof(addr));
    addr.sin_family = AF_INET;
    addr.sin_port = htons(PORT);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0 || listen(fd, 16) < 0) {
        close(fd);
        return -1;
    }
    return fd;
}

static void handle_client(int client, time_t started)
{
    char req[512];
    char body[64];
    char resp[256];
    ssize_t n = recv(client, req, sizeof(req) - 1, 0);
    int len;

    if (n <= 0)
        return;
    req[n] = '\0';
    if (strncmp(req, "GET /health ", 12) != 0) {
        send(client, NOT_FOUND, sizeof(NOT_FOUND) - 1, 0);
        return;
    }
    snprintf(body, sizeof(body), "{\"status\":\"ok\",\"uptime\":%ld}", (long)(time(NULL) - started));
    len = snprintf(resp, sizeof(resp),
                   "HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n"
                   "Content-Length: %zu\r\n\r\n%s", strlen(body), body);
    if (len > 0)
        write(client, resp, (size_t)len);
}

int main(void)
{
    time_t started = time(NULL);
    int srv = make_listener();

    if (srv < 0) {
        perror("listen");
        return 1;
    }
    printf("health endpoint on 127.0.0.1:%d\n", PORT);
    for (;;) {
        int client = accept(srv, NULL, NULL);
        if (client < 0)
            continue;
        handle_client(client, started);
        close(client);
    }
}
