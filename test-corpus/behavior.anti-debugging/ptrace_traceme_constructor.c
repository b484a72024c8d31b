/*
 * behavior.anti-debugging: the classic PTRACE_TRACEME check, run from a
 * constructor before main(). Under gdb or strace the call fails, and the
 * program quietly exits so the analyst never sees the real behaviour.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/ptrace.h>

__attribute__((constructor)) static void guard(void)
{
    if (ptrace(PTRACE_TRACEME, 0, NULL, NULL) == -1) // $ Alert[behavior.anti-debugging]
        exit(0);
}

int main(void)
{
    puts("license verified");
    return 0;
}
