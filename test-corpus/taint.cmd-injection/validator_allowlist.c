/*
 * taint.cmd-injection, validators: allowlists. A value used only after
 * strcmp() shows it EQUALS one of a few literals (inline, in a loop over a
 * constant table, or in a helper returning a boolean) can only be one of
 * those literals, so it is safe. Bad twins: a denylist (the value is known
 * NOT to equal something), and an allowlist whose check is prefix-only
 * (strncmp with the literal's length lets any suffix through).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const kAllowedTools[] = { "uptime", "df", "free", "vmstat" };

static int is_allowed_tool(const char *t)
{
    for (size_t i = 0; i < sizeof(kAllowedTools) / sizeof(kAllowedTools[0]); i++)
        if (strcmp(t, kAllowedTools[i]) == 0)
            return 1;
    return 0;
}

int restart_service(void)
{
    char cmd[128];
    const char *svc = getenv("SERVICE");
    if (!svc)
        return -1;
    if (strcmp(svc, "nginx") != 0 && strcmp(svc, "postgresql") != 0)
        return -1;
    snprintf(cmd, sizeof(cmd), "systemctl restart %s", svc);
    return system(cmd);
}

int run_diagnostic(void)
{
    char tool[32];
    if (!fgets(tool, sizeof(tool), stdin))
        return -1;
    tool[strcspn(tool, "\n")] = '\0';
    if (!is_allowed_tool(tool))
        return -1;
    return system(tool); // $ SPURIOUS: Alert[taint.cmd-injection]
}

int stop_service(void)
{
    char cmd[128];
    const char *svc = getenv("STOP_SERVICE");
    if (!svc || strcmp(svc, "sshd") == 0)
        return -1;
    snprintf(cmd, sizeof(cmd), "systemctl stop %s", svc);
    return system(cmd); // $ Alert[taint.cmd-injection]
}

int run_report(void)
{
    char line[64];
    if (!fgets(line, sizeof(line), stdin))
        return -1;
    if (strncmp(line, "df", 2) != 0)
        return -1;
    return system(line); // $ Alert[taint.cmd-injection]
}
