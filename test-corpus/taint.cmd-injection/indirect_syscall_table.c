/*
 * taint.cmd-injection: a table of library functions that can be replaced
 * at run time (sqlite's aSyscall[]: osFstat is aSyscall[5].pCurrent, cast
 * to its type). A read of the table's member may hold any entry, so a call
 * through it is not taken to be system(), and the received line printed
 * through osPuts is not a command. A pointer that can only hold system()
 * is system(): that call is reported.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

typedef void (*any_fn)(void);

static struct syscall_entry {
    const char *name;
    any_fn current;
} syscalls[] = {
    {"system", (any_fn)system},
    {"puts", (any_fn)puts},
    {"unlink", (any_fn)unlink},
};
#define osPuts ((int (*)(const char *))syscalls[1].current)

void override_syscall(int i, any_fn f)
{
    syscalls[i].current = f;
}

int echo_line(int sock)
{
    char line[256];
    ssize_t n = recv(sock, line, sizeof line - 1, 0);
    if (n <= 0)
        return -1;
    line[n] = '\0';
    osPuts(line);
    int (*run)(const char *) = system;
    return run(line); // $ Alert[taint.cmd-injection]
}
