/*
 * Look-alike of a temporary-file dropper: a response is received into a
 * mkstemp file and a fixed, installed program (not the downloaded file) is
 * run on it as data; nothing makes the download executable or runs it.
 */
#include <netinet/in.h>
#include <arpa/inet.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int main(void)
{
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons(8080);
    inet_pton(AF_INET, "203.0.113.40", &a.sin_addr);
    char tmpl[] = "/tmp/feedXXXXXX";
    int fd = mkstemp(tmpl);
    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0 || s < 0 || connect(s, (struct sockaddr *)&a, sizeof a) != 0)
        return 1;
    char buf[4096];
    ssize_t n;
    while ((n = recv(s, buf, sizeof buf, 0)) > 0)
        write(fd, buf, (size_t)n);
    close(fd);
    execl("/usr/bin/feed-import", "feed-import", tmpl, (char *)NULL);
    return 1;
}
