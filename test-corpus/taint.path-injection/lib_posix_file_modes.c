/*
 * taint.path-injection through calls that change a file's mode, owner,
 * times or existence: chmod, chown, lchown, mkdir, rmdir, mkfifo, utime and
 * utimes with a path taken from the environment or the command line.
 * Look-alikes act on fixed paths.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>
#include <utime.h>

int prepare_spool(void)
{
    const char *spool = getenv("SPOOL_DIR");
    if (!spool)
        return -1;
    if (mkdir(spool, 0750) != 0) // $ Alert[taint.path-injection]
        perror("mkdir");
    if (chmod(spool, 0750) != 0) // $ Alert[taint.path-injection]
        return -1;
    return chown(spool, 0, 0); // $ Alert[taint.path-injection]
}

int touch_marker(void)
{
    const char *marker = getenv("DEPLOY_MARKER");
    struct timeval tv[2] = {{0, 0}, {0, 0}};
    if (!marker)
        return -1;
    if (utime(marker, NULL) != 0) // $ Alert[taint.path-injection]
        return utimes(marker, tv); // $ Alert[taint.path-injection]
    return 0;
}

int cleanup_cache(void)
{
    const char *cache = getenv("CACHE_DIR");
    return cache ? rmdir(cache) : 0; // $ Alert[taint.path-injection]
}

int prepare_defaults(void)
{
    struct timeval tv[2] = {{0, 0}, {0, 0}};
    mkdir("/var/spool/app", 0750);
    chmod("/var/spool/app", 0750);
    chown("/var/spool/app", 0, 0);
    lchown("/var/spool/app/current", 0, 0);
    mkfifo("/run/app/control", 0600);
    utime("/var/spool/app/.stamp", NULL);
    utimes("/var/spool/app/.stamp", tv);
    return rmdir("/var/spool/app/tmp");
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s <control-fifo>\n", argv[0]);
        return 2;
    }
    if (mkfifo(argv[1], 0600) != 0) // $ Alert[taint.path-injection]
        return 1;
    if (lchown(argv[1], getuid(), getgid()) != 0) // $ Alert[taint.path-injection]
        return 1;
    return prepare_spool() + touch_marker() + cleanup_cache() + prepare_defaults();
}
