// blind-expect: none
// Log cleaner that deletes rotated log files older than the configured retention period.
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define LOG_DIR "/var/log/reportd"
#define RETENTION_DAYS 30
#define MAX_RETRIES 3

static int is_rotated(const char *name)
{
    size_t len = strlen(name);
    return len > 3 && strcmp(name + len - 3, ".gz") == 0;
}

static int remove_with_retry(const char *path)
{
    for (int attempt = 0; attempt < MAX_RETRIES; attempt++) {
        if (unlink(path) == 0)
            return 0;
        usleep(100000);
    }
    return -1;
}

static int clean(const char *dir, int days)
{
    DIR *d = opendir(dir);
    if (!d)
        return -1;
    time_t now = time(NULL);
    double max_age = (double)days * 24 * 3600;
    int removed = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (!is_rotated(e->d_name))
            continue;
        char path[512];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct stat st;
        if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
            continue;
        if (difftime(now, st.st_mtime) > max_age && remove_with_retry(path) == 0)
            removed++;
    }
    closedir(d);
    return removed;
}

int main(int argc, char **argv)
{
    int days = RETENTION_DAYS;
    if (argc > 1)
        days = atoi(argv[1]);
    if (days <= 0) {
        fprintf(stderr, "invalid retention\n");
        return 2;
    }
    int n = clean(LOG_DIR, days);
    if (n < 0) {
        perror(LOG_DIR);
        return 1;
    }
    printf("removed %d old log file(s)\n", n);
    return 0;
}
