/*
 * taint.cmd-injection, indirect calls: function pointer variables. A runner
 * chosen at run time through a pointer receives an environment value; a
 * struct member holding a callback receives a line from stdin; the alert
 * is on the sink inside the called function. Look-alikes: a pointer to a
 * function with a sink that is only called with a literal, and a pointer
 * to a function without a sink that is called with tainted data.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int (*runner_fn)(const char *cmd);

struct hook {
    const char *name;
    runner_fn on_event;
};

static int run_in_shell(const char *cmd)
{
    return system(cmd); // $ Alert[taint.cmd-injection]
}

static int run_captured(const char *cmd)
{
    char line[256];
    FILE *p = popen(cmd, "r"); // $ Alert[taint.cmd-injection]
    if (!p)
        return -1;
    while (fgets(line, sizeof(line), p))
        fputs(line, stdout);
    return pclose(p);
}

static int run_quiet(const char *cmd)
{
    char buf[256];
    snprintf(buf, sizeof(buf), "%s >/dev/null 2>&1", cmd);
    return system(buf);
}

static int log_only(const char *cmd)
{
    return printf("would run: %s\n", cmd);
}

int run_configured(int capture)
{
    runner_fn fn = capture ? run_captured : run_in_shell;
    const char *cmd = getenv("BUILD_COMMAND");
    return cmd ? fn(cmd) : 0;
}

int dry_run(void)
{
    runner_fn fn = log_only;
    const char *cmd = getenv("BUILD_COMMAND");
    return cmd ? fn(cmd) : 0;
}

int sync_disks(void)
{
    int (*fn)(const char *) = &run_quiet;
    return (*fn)("sync");
}

int on_user_event(void)
{
    struct hook h = { "user", run_in_shell };
    char line[128];
    if (!fgets(line, sizeof(line), stdin))
        return -1;
    return h.on_event(line);
}
