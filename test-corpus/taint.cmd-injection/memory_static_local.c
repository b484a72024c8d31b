/*
 * taint.cmd-injection, memory: function-local `static` storage that keeps a
 * value between calls. A cached lookup fills a static buffer from the
 * environment on first use and returns it; a static pointer remembers the
 * last line read from a file. Look-alikes: a static buffer filled once from
 * a literal, and a static counter (a number) formatted into a command.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *cached_shell(void)
{
    static char shell[128];
    static int loaded = 0;
    if (!loaded) {
        const char *s = getenv("SHELL");
        snprintf(shell, sizeof(shell), "%s", s ? s : "/bin/sh");
        loaded = 1;
    }
    return shell;
}

static const char *remember_line(FILE *fp)
{
    static char *last = NULL;
    static char line[256];
    if (fp && fgets(line, sizeof(line), fp))
        last = line;
    return last;
}

static const char *cached_default(void)
{
    static char def[64];
    if (def[0] == '\0')
        strcpy(def, "/usr/bin/env true");
    return def;
}

static int next_ticket(void)
{
    static int counter = 0;
    return ++counter;
}

int open_login_shell(void)
{
    char cmd[256];
    snprintf(cmd, sizeof(cmd), "%s -l", cached_shell());
    return system(cmd); // $ Alert[taint.cmd-injection]
}

int replay_last_command(void)
{
    const char *last;
    FILE *fp = fopen("/var/lib/app/history", "r");
    if (fp) {
        remember_line(fp);
        fclose(fp);
    }
    last = remember_line(NULL);
    return last ? system(last) : -1; // $ Alert[taint.cmd-injection]
}

int run_default(void)
{
    return system(cached_default());
}

int file_ticket(void)
{
    char cmd[64];
    snprintf(cmd, sizeof(cmd), "ticket-tool open %d", next_ticket());
    return system(cmd);
}
