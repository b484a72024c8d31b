// blind-expect: none
// Tiny status server that sends each client the output of uptime.
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

static int listen_on(unsigned short port)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    struct sockaddr_in a = {0};
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(INADDR_ANY);
    if (bind(fd, (struct sockaddr *)&a, sizeof a) != 0 || listen(fd, 16) != 0)
        return -1;
    return fd;
}

static void serve(int client)
{
    pid_t pid = fork();
    if (pid == 0) {
        dup2(client, STDOUT_FILENO);
        close(client);
        execl("/usr/bin/uptime", "uptime", (char *)NULL);
        _exit(127);
    }
    close(client);
}

int main(void)
{
    signal(SIGCHLD, SIG_IGN);
    int srv = listen_on(7001);
    if (srv < 0) {
        perror("listen");
        return 1;
    }
    for (;;) {
        int c = accept(srv, NULL, NULL);
        if (c >= 0)
            serve(c);
    }
}
