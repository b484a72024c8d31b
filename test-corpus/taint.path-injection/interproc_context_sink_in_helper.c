/*
 * taint.path-injection, interprocedural with the sink INSIDE a shared helper:
 * open_config() and remove_stale() are each called with constant paths and
 * with external input. The alert belongs on the helper's sink line, once per
 * line however many tainted callers reach it. The helper save_state() is
 * only ever called with constants, so its sink must stay silent.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static FILE *open_config(const char *path)
{
    FILE *fp = fopen(path, "r"); // $ Alert[taint.path-injection]
    if (!fp)
        perror(path);
    return fp;
}

static int remove_stale(const char *dir, const char *name)
{
    char path[512];
    snprintf(path, sizeof(path), "%s/%s", dir, name);
    return remove(path); // $ Alert[taint.path-injection]
}

static int save_state(const char *path, const char *state)
{
    FILE *fp = fopen(path, "w");
    if (!fp)
        return -1;
    fputs(state, fp);
    return fclose(fp);
}

int load_all_configs(void)
{
    FILE *sys = open_config("/etc/app/app.conf");
    const char *user = getenv("APP_USER_CONFIG");
    FILE *usr = user ? open_config(user) : NULL;
    FILE *site = NULL;
    char line[256];

    if (!fgets(line, sizeof(line), stdin))
        line[0] = '\0';
    line[strcspn(line, "\n")] = '\0';
    if (line[0])
        site = open_config(line);
    if (sys) fclose(sys);
    if (usr) fclose(usr);
    if (site) fclose(site);
    return save_state("/var/lib/app/state", "loaded\n");
}

int cleanup(void)
{
    const char *job = getenv("FINISHED_JOB");
    int rc = remove_stale("/var/tmp/app", "scratch.db");
    if (job)
        rc |= remove_stale("/var/spool/app", job);
    rc |= save_state("/var/lib/app/state", "clean\n");
    return rc;
}
