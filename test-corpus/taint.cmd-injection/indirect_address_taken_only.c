/*
 * taint.cmd-injection, indirect calls: a pointer the analysis cannot
 * resolve (a plugin table filled by the host) may call any function of the
 * same type whose address is taken somewhere, and nothing else. The host
 * passes an environment value to the plugin's handler; the handlers
 * registered by address are candidates. Look-alike: run_maintenance has
 * the same type and a sink, but it is only ever called by name, with a
 * literal, so the indirect call cannot reach it.
 */
#include <stdio.h>
#include <stdlib.h>

typedef int (*handler_fn)(const char *arg);

struct plugin {
    const char *name;
    handler_fn run;
};

int run_maintenance(const char *cmd)
{
    return system(cmd);
}

static int shell_handler(const char *arg)
{
    return system(arg); // $ Alert[taint.cmd-injection]
}

static int echo_handler(const char *arg)
{
    return printf("%s\n", arg);
}

void register_handlers(void (*add)(const char *, handler_fn))
{
    add("shell", shell_handler);
    add("echo", &echo_handler);
}

int call_plugin(const struct plugin *p)
{
    const char *arg = getenv("PLUGIN_ARG");
    if (!arg)
        return -1;
    return p->run(arg);
}

int nightly(void)
{
    return run_maintenance("sync") + (run_maintenance)("true");
}
