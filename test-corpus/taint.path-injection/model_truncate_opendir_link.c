/*
 * taint.path-injection (model rows): truncate(), opendir(), link() and
 * symlink() with a path from the environment, a request file or stdin.
 * Both names of link()/symlink() count. Look-alikes: fixed paths, entries
 * found by readdir() in a fixed directory, and a size parsed with strtoll().
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int reset_log(void)
{
    const char *log = getenv("APP_LOG");
    return log ? truncate(log, 0) : -1; // $ Alert[taint.path-injection]
}

int list_user_dir(void)
{
    char dir[256];
    if (!fgets(dir, sizeof(dir), stdin))
        return -1;
    dir[strcspn(dir, "\n")] = '\0';
    DIR *d = opendir(dir); // $ Alert[taint.path-injection]
    if (!d)
        return -1;
    for (struct dirent *e = readdir(d); e; e = readdir(d))
        puts(e->d_name);
    return closedir(d);
}

int publish_release(FILE *req)
{
    char target[256];
    if (!fgets(target, sizeof(target), req))
        return -1;
    target[strcspn(target, "\n")] = '\0';
    if (link("/srv/build/app.tar.gz", target) != 0) // $ Alert[taint.path-injection]
        return -1;
    return symlink(target, "/srv/www/latest.tar.gz"); // $ Alert[taint.path-injection]
}

int cap_log(void)
{
    const char *max = getenv("LOG_MAX_BYTES");
    long long bytes = max ? strtoll(max, NULL, 10) : 1048576;
    return truncate("/var/log/app/current.log", bytes);
}

int link_spool_entries(void)
{
    char from[512], to[512];
    DIR *d = opendir("/var/spool/outgoing");
    if (!d)
        return -1;
    for (struct dirent *e = readdir(d); e; e = readdir(d)) {
        if (e->d_name[0] == '.')
            continue;
        snprintf(from, sizeof(from), "/var/spool/outgoing/%s", e->d_name);
        snprintf(to, sizeof(to), "/var/spool/archive/%s", e->d_name);
        link(from, to);
    }
    closedir(d);
    return symlink("/var/spool/archive", "/var/spool/last-archive");
}
