/*
 * capabilities: posix_spawn_file_actions_adddup2 with a socket. A tiny
 * inetd-style launcher accepts a connection and spawns a fixed daytime
 * handler with the socket as its standard input and output. The handler is
 * a specific program, not a shell. No expectations.
 */
#include <netinet/in.h>
#include <spawn.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

int main(void)
{
    struct sockaddr_in addr;
    int ls = socket(AF_INET, SOCK_STREAM, 0);

    memset(&addr, 0, sizeof(addr));
    addr.sin_family = AF_INET;
    addr.sin_port = htons(13);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (ls < 0 || bind(ls, (struct sockaddr *)&addr, sizeof(addr)) != 0 || listen(ls, 8) != 0)
        return 1;
    for (;;) {
        int c = accept(ls, NULL, NULL);
        if (c < 0)
            continue;
        posix_spawn_file_actions_t fa;
        posix_spawn_file_actions_init(&fa);
        posix_spawn_file_actions_adddup2(&fa, c, STDIN_FILENO);
        posix_spawn_file_actions_adddup2(&fa, c, STDOUT_FILENO);
        posix_spawn_file_actions_addclose(&fa, ls);
        char *argv[] = {"daytime-handler", NULL};
        pid_t pid;
        if (posix_spawn(&pid, "/usr/libexec/daytime-handler", &fa, NULL, argv, environ) == 0)
            waitpid(pid, NULL, 0);
        posix_spawn_file_actions_destroy(&fa);
        close(c);
    }
}
