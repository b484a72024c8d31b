/*
 * taint.cmd-injection: propagation through pointer aliases of a local
 * buffer, pointer arithmetic into a buffer, memcpy, strdup, strncpy/strncat
 * and an array of command buffers.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Writes go through an alias of cmd. */
int restart_unit(void)
{
    char cmd[256];
    char *p = cmd;
    const char *unit = getenv("UNIT_NAME");

    if (!unit)
        return -1;
    strcpy(p, "systemctl restart ");
    strcat(p, unit);
    return system(cmd); // $ Alert[taint.cmd-injection]
}

/* The file name is copied right after the fixed prefix. */
int compress_file(void)
{
    char cmd[256] = "gzip -9 ";
    size_t prefix = strlen(cmd);
    const char *file = getenv("COMPRESS_TARGET");

    if (!file || strlen(file) >= sizeof(cmd) - prefix)
        return -1;
    memcpy(cmd + prefix, file, strlen(file) + 1);
    return system(cmd); // $ Alert[taint.cmd-injection]
}

/* A tail pointer into the buffer receives the argument. */
int convert_image(void)
{
    char cmd[512] = "convert -resize 50% ";
    char *tail = cmd + strlen(cmd);
    const char *img = getenv("THUMB_SOURCE");

    if (!img)
        return -1;
    strcpy(tail, img);
    strcat(cmd, " /tmp/thumb.png");
    return system(cmd); // $ Alert[taint.cmd-injection]
}

/* Keep a private copy of the hook before running it. */
int run_notify_hook(void)
{
    const char *hook = getenv("NOTIFY_HOOK");
    char *copy;
    int rc;

    if (!hook)
        return 0;
    copy = strdup(hook);
    if (!copy)
        return -1;
    rc = system(copy); // $ Alert[taint.cmd-injection]
    free(copy);
    return rc;
}

/* Two local hops, then strncpy / strncat into the command. */
int mount_share(void)
{
    char share[128];
    char cmd[256];
    const char *env = getenv("SHARE_PATH");
    const char *s = env;

    if (!s)
        return -1;
    strncpy(share, s, sizeof(share) - 1);
    share[sizeof(share) - 1] = '\0';
    strncpy(cmd, "mount -t nfs ", sizeof(cmd));
    strncat(cmd, share, sizeof(cmd) - strlen(cmd) - 1);
    strncat(cmd, " /mnt/share", sizeof(cmd) - strlen(cmd) - 1);
    return system(cmd); // $ Alert[taint.cmd-injection]
}

/* One element of the job table comes from the environment. */
void run_maintenance(void)
{
    char jobs[3][128];
    const char *extra = getenv("EXTRA_MAINTENANCE_JOB");

    if (!extra)
        return;
    strcpy(jobs[0], "sync");
    strcpy(jobs[1], "fstrim -a");
    snprintf(jobs[2], sizeof(jobs[2]), "%s", extra);
    for (int i = 0; i < 3; i++)
        system(jobs[i]); // $ Alert[taint.cmd-injection]
}
