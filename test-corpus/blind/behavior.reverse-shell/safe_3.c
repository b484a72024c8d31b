// blind-expect: none
// Tiny inetd-style status service that answers each TCP client with the output of uptime.
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

static int listen_on(unsigned short port)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    struct sockaddr_in addr;
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(fd, (struct sockaddr *)&addr, sizeof addr) != 0 || listen(fd, 16) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

static void answer(int client)
{
    pid_t pid = fork();
    if (pid != 0)
        return;
    int devnull = open("/dev/null", O_RDONLY);
    dup2(devnull, STDIN_FILENO);
    dup2(client, STDOUT_FILENO);
    close(client);
    execl("/usr/bin/uptime", "uptime", (char *)NULL);
    _exit(127);
}

int main(void)
{
    signal(SIGCHLD, SIG_IGN);
    int srv = listen_on(7007);
    if (srv < 0) {
        perror("listen");
        return 1;
    }
    for (;;) {
        int client = accept(srv, NULL, NULL);
        if (client < 0)
            continue;
        answer(client);
        close(client);
    }
}
