/*
 * behavior.anti-debugging, safe look-alike: a small tracer. It attaches to
 * another process given on the command line (PTRACE_ATTACH), samples its
 * instruction pointer a few times and detaches, like a sampling profiler.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ptrace.h>
#include <sys/types.h>
#include <sys/user.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s PID\n", argv[0]);
        return 2;
    }
    pid_t pid = (pid_t)strtol(argv[1], NULL, 10);
    if (ptrace(PTRACE_ATTACH, pid, NULL, NULL) == -1) {
        perror("PTRACE_ATTACH");
        return 1;
    }
    for (int i = 0; i < 5; i++) {
        struct user_regs_struct regs;
        waitpid(pid, NULL, 0);
        if (ptrace(PTRACE_GETREGS, pid, NULL, &regs) == 0)
            printf("sample %d: rip=%llx\n", i, (unsigned long long)regs.rip);
        ptrace(PTRACE_CONT, pid, NULL, NULL);
        usleep(10000);
        kill(pid, SIGSTOP);
    }
    waitpid(pid, NULL, 0);
    ptrace(PTRACE_DETACH, pid, NULL, NULL);
    return 0;
}
