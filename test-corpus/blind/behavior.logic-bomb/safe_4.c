// blind-expect: none
// Cleans stale upload chunks older than the retention period from the spool.
#include <dirent.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define SPOOL "/var/spool/uploader"
#define RETENTION_DAYS 14
#define MAX_ATTEMPTS 3

static int remove_with_retry(const char *path)
{
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        if (unlink(path) == 0)
            return 0;
        usleep(100000);
    }
    return -1;
}

static int sweep(const char *dir, time_t now)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    char path[1024];
    int removed = 0;
    if (!d)
        return -1;
    while ((e = readdir(d)) != NULL) {
        struct stat st;
        if (strncmp(e->d_name, "chunk-", 6) != 0)
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
            continue;
        double age = difftime(now, st.st_mtime);
        if (age > RETENTION_DAYS * 86400.0 && remove_with_retry(path) == 0)
            removed++;
    }
    closedir(d);
    return removed;
}

int main(void)
{
    int n = sweep(SPOOL, time(NULL));
    if (n < 0) {
        perror(SPOOL);
        return 1;
    }
    printf("removed %d stale chunk(s)\n", n);
    return 0;
}
