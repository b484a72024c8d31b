/*
 * taint.cmd-injection (model rows): less common copies. stpcpy(), stpncpy(),
 * memmove(), strndup() and reallocarray() carry an environment value or a
 * line of a file into a command. Look-alikes: a buffer overwritten by a
 * literal after holding tainted text, and numbers from strtoul()/atol().
 * Not found yet: appending through the end pointer stpcpy() returns.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int compress_dir(void)
{
    char cmd[256];
    const char *dir = getenv("BACKUP_DIR");
    if (!dir || strlen(dir) > 200)
        return -1;
    char *end = stpcpy(cmd, "tar czf /tmp/backup.tgz ");
    stpcpy(end, dir);
    return system(cmd); // $ Alert[taint.cmd-injection]
}

int run_profile(void)
{
    char cmd[128];
    const char *profile = getenv("PROFILE_CMD");
    if (!profile)
        return -1;
    stpncpy(cmd, profile, sizeof(cmd) - 1);
    cmd[sizeof(cmd) - 1] = '\0';
    return system(cmd); // $ Alert[taint.cmd-injection]
}

int run_first_job(FILE *queue)
{
    char line[256], cmd[256];
    if (!fgets(line, sizeof(line), queue))
        return -1;
    line[strcspn(line, "\n")] = '\0';
    memmove(cmd, line, strlen(line) + 1);
    return system(cmd); // $ Alert[taint.cmd-injection]
}

int open_pager(void)
{
    const char *pager = getenv("PAGER");
    char *copy = strndup(pager ? pager : "less", 64);
    if (!copy)
        return -1;
    int rc = system(copy); // $ Alert[taint.cmd-injection]
    free(copy);
    return rc;
}

int run_grown_line(FILE *in)
{
    char *buf = malloc(64), *grown = NULL;
    if (buf && fgets(buf, 64, in))
        grown = reallocarray(buf, 4, 64);
    if (!grown) {
        free(buf);
        return -1;
    }
    int rc = system(grown); // $ Alert[taint.cmd-injection]
    free(grown);
    return rc;
}

int reset_terminal(void)
{
    char cmd[64];
    const char *term = getenv("TERM");
    memmove(cmd, term ? term : "xterm", 6);
    strcpy(cmd, "tput reset");
    return system(cmd);
}

int set_swappiness(void)
{
    char cmd[64];
    const char *v = getenv("SWAPPINESS");
    unsigned long n = v ? strtoul(v, NULL, 10) : 60;
    long keep = atol(v ? v : "0");
    char *end = stpcpy(cmd, "sysctl vm.swappiness=");
    snprintf(end, 16, "%lu", n % 101);
    printf("keep=%ld\n", keep);
    return system(cmd);
}
