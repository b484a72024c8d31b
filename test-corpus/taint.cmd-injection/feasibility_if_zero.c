/*
 * taint.cmd-injection, feasibility: sinks under constant conditions. Code
 * behind `if (0)`, `if (0 && ...)` and the else branch of `if (1)` can never
 * run, so tainted data reaching a sink there must raise nothing. Each has a
 * bad twin where the condition is `1` or depends on run-time data.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int legacy_hook(void)
{
    const char *hook = getenv("LEGACY_HOOK");
    if (0) {
        /* disabled until the hook format is validated */
        return system(hook);
    }
    return 0;
}

int current_hook(void)
{
    const char *hook = getenv("CURRENT_HOOK");
    if (1) {
        if (hook)
            return system(hook); // $ Alert[taint.cmd-injection]
    }
    return 0;
}

int notify_disabled(void)
{
    char cmd[256];
    const char *who = getenv("NOTIFY_USER");
    snprintf(cmd, sizeof(cmd), "write %s < /etc/app/notice", who ? who : "root");
    if (0 && who != NULL)
        return system(cmd);
    return 0;
}

int notify_enabled(void)
{
    char cmd[256];
    const char *who = getenv("NOTIFY_USER");
    snprintf(cmd, sizeof(cmd), "write %s < /etc/app/notice", who ? who : "root");
    if (1 && who != NULL)
        return system(cmd); // $ Alert[taint.cmd-injection]
    return 0;
}

int shell_from_stdin(void)
{
    char line[256];
    if (!fgets(line, sizeof(line), stdin))
        return -1;
    if (1)
        return system("echo input ignored");
    else
        return system(line);
}

int shell_from_stdin_checked(void)
{
    char line[256];
    if (!fgets(line, sizeof(line), stdin))
        return -1;
    if (strlen(line) < 2)
        return system("echo empty input");
    else
        return system(line); // $ Alert[taint.cmd-injection]
}
