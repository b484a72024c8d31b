/*
 * behavior.reverse-shell, safe look-alike: an inetd-style super-server. It
 * accepts connections and, in a child, puts the client socket on stdin and
 * stdout before exec'ing a fixed protocol handler binary (not a shell); a
 * second service simply writes replies on the socket. At start-up it runs a
 * shell command once to prepare its runtime directory, before any socket
 * exists.
 */
#include <netinet/in.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int listen_on(unsigned short port)
{
    struct sockaddr_in a;
    int s = socket(AF_INET, SOCK_STREAM, 0);

    memset(&a, 0, sizeof(a));
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = htons(port);
    if (s < 0 || bind(s, (struct sockaddr *)&a, sizeof(a)) < 0 || listen(s, 16) < 0)
        return -1;
    return s;
}

int main(void)
{
    if (system("mkdir -p /run/minid && chmod 0750 /run/minid") != 0)
        return 1;
    int srv = listen_on(7070);
    if (srv < 0)
        return 1;
    signal(SIGCHLD, SIG_IGN);
    for (;;) {
        int c = accept(srv, NULL, NULL);
        if (c < 0)
            continue;
        if (fork() == 0) {
            close(srv);
            dup2(c, STDIN_FILENO);
            dup2(c, STDOUT_FILENO);
            close(c);
            execl("/usr/libexec/minid/echo-handler", "echo-handler", (char *)NULL);
            _exit(127);
        }
        close(c);
    }
}
