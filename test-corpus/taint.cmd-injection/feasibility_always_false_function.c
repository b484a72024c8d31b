/*
 * taint.cmd-injection, feasibility: conditions computed by helper functions.
 * A helper that always returns 0 (directly, or through another helper that
 * always returns 0) makes the guarded sink unreachable. Bad twins: a helper
 * of the same shape whose result depends on the environment, and one that
 * always returns 1.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int plugins_supported(void)
{
    return 0; /* not implemented on this platform */
}

static int remote_hooks_enabled(void)
{
    return plugins_supported();
}

static int hooks_enabled(void)
{
    const char *v = getenv("ENABLE_HOOKS");
    return v != NULL && strcmp(v, "yes") == 0;
}

static int always_on(void)
{
    return 1;
}

int load_plugin(void)
{
    char cmd[256];
    const char *plugin = getenv("PLUGIN_LOADER");
    if (!plugins_supported() || !plugin)
        return -1;
    snprintf(cmd, sizeof(cmd), "%s --load", plugin);
    return system(cmd);
}

int run_remote_hook(void)
{
    char line[256];
    if (!fgets(line, sizeof(line), stdin))
        return -1;
    if (remote_hooks_enabled())
        return system(line);
    return 0;
}

int run_local_hook(void)
{
    const char *hook = getenv("LOCAL_HOOK");
    if (hooks_enabled() && hook)
        return system(hook); // $ Alert[taint.cmd-injection]
    return 0;
}

int run_startup_hook(void)
{
    const char *hook = getenv("STARTUP_HOOK");
    FILE *p;
    if (!always_on() || !hook)
        return 0;
    p = popen(hook, "r"); // $ Alert[taint.cmd-injection]
    return p ? pclose(p) : -1;
}
