/*
 * behavior.dropper, safe: a status client saves the server's JSON report to
 * a cache file with fwrite and later prints it. Nothing downloaded is made
 * executable or run; the only program it runs is a fixed local one.
 */
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <stdlib.h>
#include <unistd.h>

#define CACHE "/var/cache/statusd/report.json"

static int fetch(char *buf, size_t cap)
{
    int s = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons(443);
    a.sin_addr.s_addr = inet_addr("192.0.2.10");
    if (connect(s, (struct sockaddr *)&a, sizeof a) != 0)
        return -1;
    ssize_t n = recv(s, buf, cap, 0);
    close(s);
    return (int)n;
}

int main(void)
{
    char buf[4096];
    int n = fetch(buf, sizeof buf);
    if (n <= 0)
        return 1;
    FILE *f = fopen(CACHE, "w");
    if (!f)
        return 1;
    fwrite(buf, 1, (size_t)n, f);
    fclose(f);
    return system("/usr/bin/logger statusd: report cached");
}
