/*
 * taint.cmd-injection through raw system calls: syscall(SYS_execve) and
 * syscall(SYS_execveat) with a program named by the environment, and
 * fexecve with an argument vector holding a shell command read from a file.
 * Look-alikes exec fixed programs, and use syscall() for other calls.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

extern char **environ;

long reexec_launcher(void)
{
    const char *launcher = getenv("APP_LAUNCHER");
    char *argv[] = {"launcher", "--restart", NULL};
    if (!launcher)
        return -1;
    return syscall(SYS_execve, launcher, argv, environ); // $ Alert[taint.cmd-injection]
}

long exec_relative(int dirfd)
{
    const char *name = getenv("WORKER_BINARY");
    char *argv[] = {"worker", NULL};
    return name ? syscall(SYS_execveat, dirfd, name, argv, environ, 0) : -1; // $ Alert[taint.cmd-injection]
}

int exec_sealed_script(int memfd, FILE *job)
{
    char line[512];
    if (!fgets(line, sizeof(line), job))
        return -1;
    line[strcspn(line, "\n")] = '\0';
    char *argv[] = {"sh", "-c", line, NULL};
    return fexecve(memfd, argv, environ); // $ Alert[taint.cmd-injection]
}

long exec_fixed(void)
{
    char *argv[] = {"true", NULL};
    return syscall(SYS_execve, "/usr/bin/true", argv, environ);
}

int exec_sealed_fixed(int memfd)
{
    char *argv[] = {"worker", "--oneshot", NULL};
    return fexecve(memfd, argv, environ);
}

long log_tid(void)
{
    const char *tag = getenv("LOG_TAG");
    long tid = syscall(SYS_gettid);
    return syscall(SYS_write, 2, tag ? tag : "app", 3) + tid;
}
