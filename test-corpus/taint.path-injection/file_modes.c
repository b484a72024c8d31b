/*
 * taint.path-injection: file modes, owners and directories changed on
 * paths from outside, next to fixed paths.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

int make_executable(void)
{
    const char *p = getenv("DEPLOY_SCRIPT");
    return p ? chmod(p, 0755) : -1; // $ Alert[taint.path-injection]
}

int make_workdir(FILE *cfg)
{
    char dir[256];
    if (!fgets(dir, sizeof(dir), cfg))
        return -1;
    return mkdir(dir, 0700); // $ Alert[taint.path-injection]
}

int fix_perms_at(int dirfd)
{
    const char *name = getenv("UPLOAD_NAME");
    return name ? fchmodat(dirfd, name, 0644, 0) : -1; // $ Alert[taint.path-injection]
}

int prepare_fixed(int dirfd)
{
    if (chmod("/var/lib/app/run.sh", 0755) != 0)
        return -1;
    if (mkdir("/var/lib/app/cache", 0700) != 0)
        return -1;
    return fchmodat(dirfd, "state.db", 0600, 0);
}
