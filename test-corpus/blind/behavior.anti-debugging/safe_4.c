// blind-expect: none
// Syscall counter that runs the project's unit test binary under ptrace.
#include <stdio.h>
#include <stdlib.h>
#include <sys/ptrace.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

struct tally {
    unsigned long stops;
    unsigned long syscalls;
};

#define TEST_BINARY "./build/unit_tests"

static pid_t launch_traced(const char *filter)
{
    pid_t pid = fork();
    if (pid == 0) {
        ptrace(PTRACE_TRACEME, 0, NULL, NULL);
        execl(TEST_BINARY, "unit_tests", "--filter", filter, (char *)NULL);
        perror("execl");
        _exit(127);
    }
    return pid;
}

static void trace_loop(pid_t child, struct tally *t)
{
    int status;
    waitpid(child, &status, 0);
    ptrace(PTRACE_SETOPTIONS, child, NULL, (void *)PTRACE_O_TRACESYSGOOD);
    for (;;) {
        if (ptrace(PTRACE_SYSCALL, child, NULL, NULL) == -1)
            break;
        if (waitpid(child, &status, 0) == -1 || WIFEXITED(status) || WIFSIGNALED(status))
            break;
        t->stops++;
        if (WIFSTOPPED(status) && (WSTOPSIG(status) & 0x80))
            t->syscalls++;
    }
}

int main(int argc, char **argv)
{
    const char *filter = argc > 1 ? argv[1] : "*";
    struct tally t = {0, 0};
    pid_t child = launch_traced(filter);
    if (child < 0) {
        perror("fork");
        return 1;
    }
    trace_loop(child, &t);
    fprintf(stderr, "%lu syscall stops (%lu total stops)\n", t.syscalls, t.stops);
    return 0;
}
