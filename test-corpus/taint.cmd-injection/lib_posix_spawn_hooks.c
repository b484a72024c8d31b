/*
 * taint.cmd-injection with posix_spawn/posix_spawnp: a git-hook runner that
 * takes the hook program from the environment, or runs a configured line
 * through "/bin/sh -c". Look-alikes spawn fixed programs, and pass outside
 * text as a plain argument of a program that is not a shell.
 */
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

extern char **environ;

static int wait_child(pid_t pid)
{
    int status = 0;
    if (waitpid(pid, &status, 0) < 0)
        return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int run_pre_commit(void)
{
    pid_t pid;
    const char *hook = getenv("GIT_PRE_COMMIT_HOOK");
    char *argv[] = {"pre-commit", NULL};
    if (!hook)
        return 0;
    if (posix_spawn(&pid, hook, NULL, NULL, argv, environ) != 0) // $ Alert[taint.cmd-injection]
        return -1;
    return wait_child(pid);
}

int run_formatter(void)
{
    pid_t pid;
    const char *fmt = getenv("CODE_FORMATTER");
    char *argv[] = {"formatter", "--check", NULL};
    if (!fmt || posix_spawnp(&pid, fmt, NULL, NULL, argv, environ) != 0) // $ Alert[taint.cmd-injection]
        return -1;
    return wait_child(pid);
}

int run_post_merge(FILE *cfg)
{
    pid_t pid;
    char line[256];
    if (!fgets(line, sizeof(line), cfg))
        return 0;
    line[strcspn(line, "\n")] = '\0';
    char *argv[] = {"sh", "-c", line, NULL};
    if (posix_spawn(&pid, "/bin/sh", NULL, NULL, argv, environ) != 0) // $ Alert[taint.cmd-injection]
        return -1;
    return wait_child(pid);
}

int grep_todo(void)
{
    pid_t pid;
    const char *pattern = getenv("TODO_PATTERN");
    char *argv[] = {"grep", "-rn", "--", (char *)(pattern ? pattern : "TODO"), ".", NULL};
    if (posix_spawnp(&pid, "grep", NULL, NULL, argv, environ) != 0)
        return -1;
    return wait_child(pid);
}

int run_default_hooks(void)
{
    pid_t pid;
    char *lint[] = {"sh", "-c", "make lint && make test", NULL};
    char *fmt[] = {"clang-format", "--dry-run", NULL};
    if (posix_spawn(&pid, "/bin/sh", NULL, NULL, lint, environ) != 0)
        return -1;
    wait_child(pid);
    if (posix_spawnp(&pid, "clang-format", NULL, NULL, fmt, environ) != 0)
        return -1;
    return wait_child(pid);
}
