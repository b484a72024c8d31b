/*
 * taint.cmd-injection, interprocedural: helpers that parse external input
 * into a number (atoi / strtol inside the helper) make the value safe, while
 * helpers of the same signature that trim or pick a default pass the string
 * (and its taint) straight through. Each pair is used the same way.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

/* Sanitizing helpers: only a number leaves. */
static int parse_workers(const char *s)
{
    int n = s ? atoi(s) : 1;
    return n > 0 && n < 64 ? n : 1;
}

static long parse_port(const char *s)
{
    return s ? strtol(s, NULL, 10) : 8080;
}

/* Pass-through helpers: the string itself leaves. */
static const char *trim_left(const char *s)
{
    while (*s && isspace((unsigned char)*s))
        s++;
    return s;
}

static const char *or_default(const char *s, const char *fallback)
{
    return (s && *s) ? s : fallback;
}

int start_workers(void)
{
    char cmd[256];
    int n = parse_workers(getenv("WORKERS"));
    snprintf(cmd, sizeof(cmd), "worker-pool --size %d", n);
    return system(cmd);
}

int open_firewall(void)
{
    char cmd[256];
    char line[64] = "";
    FILE *cfg = fopen("/etc/app/port", "r");
    if (cfg) {
        if (!fgets(line, sizeof(line), cfg))
            line[0] = '\0';
        fclose(cfg);
    }
    snprintf(cmd, sizeof(cmd), "ufw allow %ld/tcp", parse_port(line));
    return system(cmd);
}

int start_queue(void)
{
    char cmd[256];
    const char *queue = trim_left(or_default(getenv("QUEUE"), "default"));
    snprintf(cmd, sizeof(cmd), "queue-runner --queue %s", queue);
    return system(cmd); // $ Alert[taint.cmd-injection]
}

int open_service_port(void)
{
    char cmd[256];
    char line[64] = "";
    FILE *cfg = fopen("/etc/app/service", "r");
    if (cfg) {
        if (!fgets(line, sizeof(line), cfg))
            line[0] = '\0';
        fclose(cfg);
    }
    snprintf(cmd, sizeof(cmd), "ufw allow %s", trim_left(line));
    return system(cmd); // $ Alert[taint.cmd-injection]
}
