/*
 * taint.cmd-injection (model rows): execvpe(), execve() and execle() with an
 * explicit environment. Bad: the program name comes from the environment,
 * or a shell runs a tainted command line after "-c". Look-alikes: a fixed
 * program whose numeric argument went through strtoull(), and a fixed shell
 * script that receives the tainted value as a positional parameter ($1),
 * which the shell never parses as code.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char *const kCleanEnv[] = { "PATH=/usr/bin:/bin", "LANG=C", NULL };

void exec_formatter(const char *file)
{
    const char *fmt = getenv("CODE_FORMATTER");
    if (!fmt)
        fmt = "clang-format";
    char *const argv[] = { (char *)fmt, "-i", (char *)file, NULL };
    execvpe(fmt, argv, kCleanEnv); // $ Alert[taint.cmd-injection]
    perror("execvpe");
}

void exec_post_install(FILE *manifest)
{
    char hook[256];
    if (!fgets(hook, sizeof(hook), manifest))
        return;
    hook[strcspn(hook, "\n")] = '\0';
    char *const argv[] = { "sh", "-c", hook, NULL };
    execve("/bin/sh", argv, kCleanEnv); // $ Alert[taint.cmd-injection]
    perror("execve");
}

void exec_login_shell(void)
{
    const char *shell = getenv("SHELL");
    if (!shell)
        shell = "/bin/sh";
    execle(shell, "-sh", (char *)NULL, kCleanEnv); // $ Alert[taint.cmd-injection]
    perror("execle");
}

void exec_head(void)
{
    const char *lines = getenv("HEAD_LINES");
    unsigned long long n = lines ? strtoull(lines, NULL, 10) : 10;
    char count[24];
    snprintf(count, sizeof(count), "%llu", n);
    char *const argv[] = { "head", "-n", count, "/var/log/syslog", NULL };
    execvpe("head", argv, kCleanEnv);
    perror("execvpe");
}

void exec_greeting(void)
{
    const char *user = getenv("USER");
    if (!user)
        user = "nobody";
    execle("/bin/sh", "sh", "-c", "printf 'hello %s\\n' \"$1\"", "sh", user, (char *)NULL, kCleanEnv); // $ SPURIOUS: Alert[taint.cmd-injection]
    perror("execle");
}
