/*
 * taint.cmd-injection: a line split into several strings in one buffer
 * (`key=value` cut at '=' by a '\0', strtok, strsep). Comparing the key with
 * a constant says nothing about the value that follows it in the same
 * buffer. Look-alikes: the whole line, or the value itself, compared with
 * allowed commands.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct settings {
    char hook[256];
    int retries;
};

/* key=value lines; the "hook" key's value is stored and run later. */
static int load(FILE *fp, struct settings *s)
{
    char line[512];
    while (fgets(line, sizeof line, fp)) {
        char *eq = strchr(line, '=');
        if (!eq)
            continue;
        *eq = '\0';
        const char *key = line, *val = eq + 1;
        if (strcmp(key, "hook") == 0)
            snprintf(s->hook, sizeof s->hook, "%s", val);
        else if (strcmp(key, "retries") == 0)
            s->retries = atoi(val);
    }
    return 0;
}

int run_configured_hook(FILE *fp)
{
    struct settings s = {"", 1};
    load(fp, &s);
    return system(s.hook); // $ Alert[taint.cmd-injection]
}

/* "run <command>" split with strtok: the verb is checked, not the rest. */
int run_verb(FILE *fp)
{
    char line[256];
    if (!fgets(line, sizeof line, fp))
        return -1;
    char *verb = strtok(line, " ");
    char *rest = strtok(NULL, "\n");
    if (verb && rest && strcmp(verb, "run") == 0)
        return system(rest); // $ Alert[taint.cmd-injection]
    return 0;
}

/* The same with strsep. */
int run_field(FILE *fp)
{
    char buf[256];
    if (!fgets(buf, sizeof buf, fp))
        return -1;
    char *cursor = buf;
    char *name = strsep(&cursor, ":");
    if (name && cursor && strcmp(name, "exec") == 0)
        return system(cursor); // $ Alert[taint.cmd-injection]
    return 0;
}

/* Look-alike: the whole line (newline trimmed) must be an allowed command. */
int run_allowed_line(FILE *fp)
{
    char line[128];
    if (!fgets(line, sizeof line, fp))
        return -1;
    line[strcspn(line, "\n")] = '\0';
    if (strcmp(line, "uptime") == 0 || strcmp(line, "df -h") == 0)
        return system(line);
    return 1;
}

/* Look-alike: the key is split off, and the value itself is the one checked. */
int run_allowed_value(FILE *fp)
{
    char line[128];
    if (!fgets(line, sizeof line, fp))
        return -1;
    char *eq = strchr(line, '=');
    if (!eq)
        return 1;
    *eq = '\0';
    char *val = eq + 1;
    val[strcspn(val, "\n")] = '\0';
    if (strcmp(line, "action") == 0 && strcmp(val, "sync") == 0)
        return system(val);
    return 1;
}
