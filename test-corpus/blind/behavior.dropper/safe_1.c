// blind-expect: none
// Downloads a CSV price list over HTTP into a local file and prints the sum of the second column.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>

#define DATA_PATH "/tmp/prices.csv"

static int download(const char *ip, int port, const char *res, const char *dest)
{
    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (s < 0)
        return -1;
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    inet_pton(AF_INET, ip, &a.sin_addr);
    if (connect(s, (struct sockaddr *)&a, sizeof a) < 0) {
        close(s);
        return -1;
    }
    char req[256];
    int n = snprintf(req, sizeof req, "GET %s HTTP/1.0\r\n\r\n", res);
    send(s, req, (size_t)n, 0);

    int fd = open(dest, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    char buf[2048];
    ssize_t r;
    while ((r = recv(s, buf, sizeof buf, 0)) > 0)
        if (write(fd, buf, (size_t)r) < 0)
            break;
    close(fd);
    close(s);
    return 0;
}

int main(void)
{
    if (download("203.0.113.45", 80, "/data/prices.csv", DATA_PATH) != 0) {
        fprintf(stderr, "download failed\n");
        return 1;
    }
    FILE *f = fopen(DATA_PATH, "r");
    if (!f)
        return 1;
    char line[512];
    double total = 0.0;
    int rows = 0;
    while (fgets(line, sizeof line, f)) {
        char *comma = strchr(line, ',');
        if (!comma)
            continue; /* HTTP headers and blank lines */
        total += strtod(comma + 1, NULL);
        rows++;
    }
    fclose(f);
    printf("%d rows, total %.2f\n", rows, total);
    return 0;
}
