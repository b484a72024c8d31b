/*
 * Look-alike of copy_helper_dropper.c: a helper downloads a price list
 * into a cache file it opens itself, and main writes a fixed maintenance
 * script of its own and runs it. What runs is not what was downloaded.
 */
#include <fcntl.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

static int refresh_cache(const char *ip)
{
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons(8080);
    inet_pton(AF_INET, ip, &a.sin_addr);
    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (s < 0 || connect(s, (struct sockaddr *)&a, sizeof a) != 0)
        return -1;
    int fd = open("/var/cache/shop/prices.csv", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    char buf[2048];
    ssize_t n;
    while ((n = recv(s, buf, sizeof buf, 0)) > 0)
        write(fd, buf, (size_t)n);
    close(fd);
    close(s);
    return 0;
}

int main(void)
{
    refresh_cache("198.51.100.8");
    const char *script = "#!/bin/sh\nfind /var/cache/shop -mtime +7 -delete\n";
    int fd = open("/var/tmp/shop-prune.sh", O_WRONLY | O_CREAT | O_TRUNC, 0700);
    if (fd < 0)
        return 1;
    write(fd, script, strlen(script));
    close(fd);
    chmod("/var/tmp/shop-prune.sh", 0755);
    execl("/var/tmp/shop-prune.sh", "shop-prune.sh", (char *)NULL);
    return 1;
}
