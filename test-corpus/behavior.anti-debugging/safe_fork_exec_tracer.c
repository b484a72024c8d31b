/*
 * behavior.anti-debugging, safe look-alike: how strace and gdb start a
 * program. A test harness counts the system calls of the service's self-test:
 * the forked child asks to be traced by its parent (PTRACE_TRACEME) and then
 * execs the self-test; the parent steps it from syscall to syscall. The
 * request sets up tracing of another program; it does not hide this one.
 */
#include <stdio.h>
#include <sys/ptrace.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
    pid_t child = fork();
    if (child == 0) {
        ptrace(PTRACE_TRACEME, 0, NULL, NULL);
        execl("/usr/lib/queued/selftest", "selftest", "--quick", (char *)NULL);
        _exit(127);
    }
    int status, syscalls = 0;
    waitpid(child, &status, 0);
    while (!WIFEXITED(status)) {
        ptrace(PTRACE_SYSCALL, child, NULL, NULL);
        waitpid(child, &status, 0);
        syscalls++;
    }
    printf("%d syscall stops\n", syscalls / 2);
    return 0;
}
