// blind-expect: taint.path-injection
// Tiny upload receiver that stores files sent by lab instruments.
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define SPOOL_DIR "/srv/instrument-spool"

struct upload {
    char name[256];
    long size;
};

static int read_header(int fd, struct upload *u)
{
    char line[320];
    size_t i = 0;
    char c;
    while (i < sizeof line - 1 && recv(fd, &c, 1, 0) == 1 && c != '\n')
        line[i++] = c;
    line[i] = '\0';
    return sscanf(line, "PUT %255s %ld", u->name, &u->size) == 2 ? 0 : -1;
}

static void store(int fd, const struct upload *u)
{
    char path[600];
    char buf[4096];
    snprintf(path, sizeof path, "%s/%s", SPOOL_DIR, u->name);
    FILE *out = fopen(path, "wb");
    if (!out) {
        send(fd, "ERR\n", 4, 0);
        return;
    }
    long left = u->size;
    while (left > 0) {
        ssize_t n = recv(fd, buf, left < (long)sizeof buf ? (size_t)left : sizeof buf, 0);
        if (n <= 0)
            break;
        fwrite(buf, 1, (size_t)n, out);
        left -= n;
    }
    fclose(out);
    send(fd, "OK\n", 3, 0);
}

int main(void)
{
    int srv = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = {0};
    a.sin_family = AF_INET;
    a.sin_port = htons(9010);
    a.sin_addr.s_addr = htonl(INADDR_ANY);
    if (bind(srv, (struct sockaddr *)&a, sizeof a) < 0 || listen(srv, 4) < 0)
        return 1;
    for (;;) {
        int c = accept(srv, NULL, NULL);
        if (c < 0)
            continue;
        struct upload u;
        if (read_header(c, &u) == 0)
            store(c, &u);
        close(c);
    }
}
