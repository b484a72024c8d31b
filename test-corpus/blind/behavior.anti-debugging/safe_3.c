// blind-expect: none
// Small syscall counter that runs a program under ptrace and reports how many system calls it made.
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ptrace.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

static pid_t start_tracee(char **argv)
{
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        if (ptrace(PTRACE_TRACEME, 0, NULL, NULL) == -1) {
            perror("ptrace");
            _exit(126);
        }
        raise(SIGSTOP);
        execvp(argv[0], argv);
        perror("execvp");
        _exit(127);
    }
    return pid;
}

static long count_syscalls(pid_t child)
{
    int status;
    long stops = 0;
    if (waitpid(child, &status, 0) < 0)
        return -1;
    ptrace(PTRACE_SETOPTIONS, child, NULL, (void *)PTRACE_O_TRACESYSGOOD);
    for (;;) {
        if (ptrace(PTRACE_SYSCALL, child, NULL, NULL) == -1)
            break;
        if (waitpid(child, &status, 0) < 0)
            break;
        if (WIFEXITED(status) || WIFSIGNALED(status))
            break;
        if (WIFSTOPPED(status) && (WSTOPSIG(status) & 0x80))
            stops++;
    }
    return stops / 2;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s program [args...]\n", argv[0]);
        return 2;
    }
    pid_t child = start_tracee(argv + 1);
    if (child < 0) {
        perror("fork");
        return 1;
    }
    long n = count_syscalls(child);
    fprintf(stderr, "%s: %ld system calls\n", argv[1], n);
    return 0;
}
