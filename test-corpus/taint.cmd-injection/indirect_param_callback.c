/*
 * taint.cmd-injection: a call through a parameter (a multi-call binary's
 * run_applet_main(argv, applet) calls applet(argv)) reaches what its
 * callers pass there, not every function of that type. The builtin passes
 * only the harmless echo applet, so the network line never reaches the
 * shell applet, which is also in the dispatch table. The bad case: a
 * caller that passes the shell applet itself, through a helper that
 * forwards its parameter to a second runner. (Summaries are not per
 * calling context: had both builtins used one runner, the echo builtin's
 * line would reach the shell applet too.)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

typedef int (*applet_fn)(char **argv);

static int echo_applet(char **argv)
{
    return printf("%s\n", argv[1]) < 0;
}

static int shell_applet(char **argv)
{
    return system(argv[1]); // $ Alert[taint.cmd-injection]
}

static const struct {
    const char *name;
    applet_fn fn;
} applets[] = {{"echo", echo_applet}, {"sh", shell_applet}};

static int run_applet_main(char **argv, applet_fn applet)
{
    return applet(argv);
}

static int run_job(char **argv, applet_fn job)
{
    return (*job)(argv);
}

static int forward(char **argv, applet_fn applet)
{
    return run_job(argv, applet);
}

int builtin_echo(int sock)
{
    char line[256];
    ssize_t n = recv(sock, line, sizeof line - 1, 0);
    if (n <= 0)
        return -1;
    line[n] = '\0';
    char *argv[] = {"echo", line, NULL};
    return run_applet_main(argv, echo_applet);
}

int builtin_shell(int sock)
{
    char line[256];
    ssize_t n = recv(sock, line, sizeof line - 1, 0);
    if (n <= 0)
        return -1;
    line[n] = '\0';
    char *argv[] = {"sh", line, NULL};
    return forward(argv, shell_applet);
}

int dispatch(const char *name, char **argv)
{
    for (size_t i = 0; i < sizeof applets / sizeof applets[0]; ++i)
        if (strcmp(applets[i].name, name) == 0)
            return applets[i].fn(argv);
    return 127;
}
