/*
 * taint.cmd-injection: process creation without the exec family:
 * posix_spawn/posix_spawnp, syscall(SYS_execve) and fexecve, each with a
 * fixed look-alike.
 */
#define _GNU_SOURCE
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

extern char **environ;

int spawn_tool(void)
{
    pid_t pid;
    const char *tool = getenv("BUILD_TOOL");
    char *argv[] = {"tool", "--version", NULL};
    if (!tool)
        return -1;
    return posix_spawnp(&pid, tool, NULL, NULL, argv, environ); // $ Alert[taint.cmd-injection]
}

int spawn_shell_hook(const char *hook)
{
    pid_t pid;
    char *argv[] = {"sh", "-c", (char *)hook, NULL};
    return posix_spawn(&pid, "/bin/sh", NULL, NULL, argv, environ); // $ Alert[taint.cmd-injection]
}

int run_hook_from_env(void)
{
    const char *hook = getenv("POST_BUILD_HOOK");
    return hook ? spawn_shell_hook(hook) : 0;
}

int spawn_fixed(void)
{
    pid_t pid;
    char *argv[] = {"make", "-j2", NULL};
    return posix_spawnp(&pid, "make", NULL, NULL, argv, environ);
}

long raw_exec(void)
{
    const char *prog = getenv("RAW_PROG");
    char *argv[] = {"x", NULL};
    return prog ? syscall(SYS_execve, prog, argv, environ) : -1; // $ Alert[taint.cmd-injection]
}

long raw_exec_fixed(void)
{
    char *argv[] = {"true", NULL};
    return syscall(SYS_execve, "/bin/true", argv, environ);
}

int exec_fd_with_args(int fd)
{
    char *argv[] = {"sh", "-c", getenv("FD_SCRIPT_ARGS"), NULL};
    return fexecve(fd, argv, environ); // $ Alert[taint.cmd-injection]
}

int exec_fd_fixed(int fd)
{
    char *argv[] = {"worker", "--once", NULL};
    return fexecve(fd, argv, environ);
}
