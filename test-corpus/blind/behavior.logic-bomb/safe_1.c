// blind-expect: none
// Cache janitor that deletes files in the application's cache directory not modified for more than seven days.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <time.h>
#include <unistd.h>
#include <sys/stat.h>

#define MAX_AGE_DAYS 7

int main(int argc, char **argv)
{
    char dir[512];
    if (argc > 1)
        snprintf(dir, sizeof dir, "%s", argv[1]);
    else
        snprintf(dir, sizeof dir, "%s/.cache/thumbnailer", getenv("HOME") ? getenv("HOME") : ".");

    DIR *d = opendir(dir);
    if (!d) {
        perror(dir);
        return 1;
    }
    time_t now = time(NULL);
    int removed = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct stat st;
        if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
            continue;
        double age_days = difftime(now, st.st_mtime) / 86400.0;
        if (age_days > MAX_AGE_DAYS && unlink(path) == 0)
            removed++;
    }
    closedir(d);
    printf("removed %d stale cache files\n", removed);
    return 0;
}
