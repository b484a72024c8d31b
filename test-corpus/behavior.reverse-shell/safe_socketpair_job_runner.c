/*
 * behavior.reverse-shell look-alike: a terminal multiplexer's job runner.
 * It makes a socketpair, puts one end on the child's standard input and
 * output with dup2 and runs the job through /bin/sh -c. The other end stays
 * in this program, so the shell talks to its parent, not to a network peer.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>

struct job {
    pid_t pid;
    int fd;
};

int job_run(struct job *job, const char *command)
{
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0)
        return -1;
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        close(sv[0]);
        dup2(sv[1], STDIN_FILENO);
        dup2(sv[1], STDOUT_FILENO);
        dup2(sv[1], STDERR_FILENO);
        execl("/bin/sh", "sh", "-c", command, (char *)NULL);
        _exit(127);
    }
    close(sv[1]);
    job->pid = pid;
    job->fd = sv[0];
    return 0;
}

int main(void)
{
    struct job j;
    memset(&j, 0, sizeof j);
    return job_run(&j, "uptime");
}
