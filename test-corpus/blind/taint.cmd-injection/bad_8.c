// blind-expect: taint.cmd-injection
// Small TCP service that reports whether a given host answers ping.
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <netinet/in.h>
#include <sys/socket.h>

#define PROBE_PORT 7070

static int read_request(int fd, char *out, size_t cap)
{
    ssize_t n = recv(fd, out, cap - 1, 0);
    if (n <= 0)
        return -1;
    out[n] = '\0';
    out[strcspn(out, "\r\n")] = '\0';
    return 0;
}

static void run_probe(const char *host, int reply_fd)
{
    char cmd[512];
    char line[256];
    snprintf(cmd, sizeof cmd, "ping -c 1 -W 2 %s 2>&1", host);
    FILE *p = popen(cmd, "r");
    if (!p) {
        send(reply_fd, "error\n", 6, 0);
        return;
    }
    while (fgets(line, sizeof line, p))
        send(reply_fd, line, strlen(line), 0);
    pclose(p);
}

int main(void)
{
    int srv = socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    setsockopt(srv, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);

    struct sockaddr_in addr = {0};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_ANY);
    addr.sin_port = htons(PROBE_PORT);
    if (bind(srv, (struct sockaddr *)&addr, sizeof addr) < 0 || listen(srv, 8) < 0) {
        perror("listen");
        return 1;
    }

    for (;;) {
        int cli = accept(srv, NULL, NULL);
        if (cli < 0)
            continue;
        char host[128];
        if (read_request(cli, host, sizeof host) == 0 && host[0])
            run_probe(host, cli);
        close(cli);
    }
    return 0;
}
