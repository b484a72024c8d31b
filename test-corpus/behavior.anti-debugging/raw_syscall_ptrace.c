/*
 * behavior.anti-debugging: PTRACE_TRACEME through a raw system call, so that
 * an LD_PRELOAD hook on ptrace() (the usual way around the check) does not
 * see it.
 */
#include <stdio.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
    if (syscall(SYS_ptrace, PTRACE_TRACEME, 0, 0, 0) < 0) { // $ Alert[behavior.anti-debugging]
        puts("ok");
        return 0;
    }
    puts("payload would run here");
    return 0;
}
