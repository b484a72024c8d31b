/*
 * taint.cmd-injection, validators: shell metacharacter checks. Rejecting the
 * value when strpbrk(s, ";|&`$") finds a metacharacter (returning before the
 * sink), directly or through a helper, makes it safe to pass to system().
 * Bad twins: no check, a check whose result is ignored, and a check done on
 * a DIFFERENT variable than the one that reaches the sink.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SHELL_META ";|&`$"

static int has_shell_meta(const char *s)
{
    return strpbrk(s, SHELL_META) != NULL;
}

int ping_host(void)
{
    char cmd[256];
    const char *host = getenv("PING_HOST");
    if (!host || strpbrk(host, ";|&`$") != NULL)
        return -1;
    snprintf(cmd, sizeof(cmd), "ping -c 1 %s", host);
    return system(cmd);
}

int lookup_user(void)
{
    char user[64], cmd[128];
    if (!fgets(user, sizeof(user), stdin))
        return -1;
    user[strcspn(user, "\n")] = '\0';
    if (has_shell_meta(user))
        return -1;
    snprintf(cmd, sizeof(cmd), "id %s", user);
    return system(cmd);
}

int trace_host(void)
{
    char cmd[256];
    const char *host = getenv("TRACE_HOST");
    if (!host)
        return -1;
    snprintf(cmd, sizeof(cmd), "traceroute %s", host);
    return system(cmd); // $ Alert[taint.cmd-injection]
}

int whois_domain(void)
{
    char cmd[256];
    const char *domain = getenv("WHOIS_DOMAIN");
    if (!domain)
        return -1;
    has_shell_meta(domain);
    snprintf(cmd, sizeof(cmd), "whois %s", domain);
    return system(cmd); // $ Alert[taint.cmd-injection]
}

int dig_record(void)
{
    char cmd[256];
    const char *name = getenv("DIG_NAME");
    const char *type = getenv("DIG_TYPE");
    if (!name || !type || has_shell_meta(name))
        return -1;
    snprintf(cmd, sizeof(cmd), "dig %s %s", name, type);
    return system(cmd); // $ Alert[taint.cmd-injection]
}
