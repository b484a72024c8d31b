// blind-expect: none
// Upload receiver that spools instrument data under server-generated file names.
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define SPOOL_DIR "/srv/instrument-spool"

static unsigned long next_id = 1;

static void make_spool_path(char *out, size_t cap)
{
    snprintf(out, cap, "%s/upload-%ld-%lu.bin", SPOOL_DIR, (long)time(NULL), next_id++);
}

static long read_size(int fd, char *label, size_t cap)
{
    char line[320];
    size_t i = 0;
    char c;
    long size = -1;
    while (i < sizeof line - 1 && recv(fd, &c, 1, 0) == 1 && c != '\n')
        line[i++] = c;
    line[i] = '\0';
    if (sscanf(line, "PUT %63s %ld", label, &size) != 2)
        return -1;
    label[cap - 1] = '\0';
    return size;
}

static void receive(int fd)
{
    char label[64], path[256], buf[4096];
    long left = read_size(fd, label, sizeof label);
    if (left < 0)
        return;
    make_spool_path(path, sizeof path);
    FILE *out = fopen(path, "wb");
    if (!out)
        return;
    while (left > 0) {
        ssize_t n = recv(fd, buf, left < (long)sizeof buf ? (size_t)left : sizeof buf, 0);
        if (n <= 0)
            break;
        fwrite(buf, 1, (size_t)n, out);
        left -= n;
    }
    fclose(out);
    printf("stored upload labelled '%s' as %s\n", label, path);
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
        if (c >= 0) {
            receive(c);
            close(c);
        }
    }
}
