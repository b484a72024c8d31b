/*
 * taint.cmd-injection: a host name checked character by character before
 * it goes into a shell command (a line read from standard input). valid_host() walks the string with a
 * pointer and accepts letters, digits, '.' and '-' only: no shell
 * metacharacter can get through, no alert. Bad twins: a set-based allowlist
 * (strchr of a constant) that also accepts ';' and ' '; a loop that skips
 * the character after a backslash unchecked; and a class macro of the
 * program's own that lets ';' through around isalnum.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int valid_host(const char *h)
{
    if (*h == '\0')
        return 0;
    while (*h) {
        if (!isalnum((unsigned char)*h) && *h != '.' && *h != '-')
            return 0;
        h++;
    }
    return 1;
}

#define HOSTCHAR(c) (isalnum(c) || (c) == '.' || (c) == ';')

static int escaped_host(const char *h)
{
    for (; *h; h++) {
        if (*h == '\\') {
            h++;
            continue;
        }
        if (!isalnum((unsigned char)*h))
            return 0;
    }
    return 1;
}

static int macro_host(const char *h)
{
    for (; *h; h++)
        if (!HOSTCHAR((unsigned char)*h))
            return 0;
    return 1;
}

static int loose_host(const char *h)
{
    for (; *h; h++)
        if (!strchr("abcdefghijklmnopqrstuvwxyz0123456789.-; ", *h))
            return 0;
    return 1;
}

int main(void)
{
    char cmd[512], host[256];
    if (!fgets(host, sizeof host, stdin))
        return 1;
    host[strcspn(host, "\n")] = '\0';
    if (valid_host(host)) {
        snprintf(cmd, sizeof cmd, "ping -c 1 %s", host);
        system(cmd);
    }
    if (loose_host(host)) {
        snprintf(cmd, sizeof cmd, "ping -c 1 %s", host);
        system(cmd); // $ Alert[taint.cmd-injection]
    }
    if (escaped_host(host)) {
        snprintf(cmd, sizeof cmd, "ping -c 1 %s", host);
        system(cmd); // $ Alert[taint.cmd-injection]
    }
    if (macro_host(host)) {
        snprintf(cmd, sizeof cmd, "ping -c 1 %s", host);
        system(cmd); // $ Alert[taint.cmd-injection]
    }
    return 0;
}
