/*
 * taint.cmd-injection, memory: globals that feed each other in a cycle.
 * A reload swaps the active and the fallback hook, so each global is
 * written from the other; only the active one is ever set from the
 * environment, yet a sink reading either runs that command. The sink that
 * reads g_active comes first: resolving it must not leave g_fallback with
 * what was known half-way round the cycle. The same holds one member down,
 * in a struct that a reload copies into another global and back.
 * Look-alikes: g_banner and g_banner_old swap in the same way but only ever
 * hold literals; the literal member of the struct is safe next to the
 * tainted one (a known false positive, marked below).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *g_active;
static const char *g_fallback;
static const char *g_banner = "echo ready";
static const char *g_banner_old = "echo starting";

struct hooks {
    const char *on_start;
    const char *on_stop;
};
static struct hooks g_hooks;
static struct hooks g_saved_hooks;

void run_active(void)
{
    system(g_active); // $ Alert[taint.cmd-injection]
}

void run_fallback(void)
{
    system(g_fallback); // $ Alert[taint.cmd-injection]
}

void show_banner(void)
{
    system(g_banner);
    system(g_banner_old);
}

void start_hooks(void)
{
    system(g_saved_hooks.on_start); // $ Alert[taint.cmd-injection]
    // The worker records a member store into a global struct, and a copy
    // of the whole struct, on the struct's contents: every member is one.
    system(g_saved_hooks.on_stop); // $ SPURIOUS: Alert[taint.cmd-injection]
}

void load_config(void)
{
    g_active = getenv("APP_HOOK");
    g_hooks.on_start = getenv("APP_START_HOOK");
    g_hooks.on_stop = "logger stopped";
}

void reload(void)
{
    const char *previous = g_active;
    g_active = g_fallback;
    g_fallback = previous;

    const char *banner = g_banner;
    g_banner = g_banner_old;
    g_banner_old = banner;

    struct hooks tmp = g_saved_hooks;
    g_saved_hooks = g_hooks;
    g_hooks = tmp;
}

int main(void)
{
    load_config();
    reload();
    run_active();
    run_fallback();
    show_banner();
    start_hooks();
    return 0;
}
