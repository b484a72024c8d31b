/*
 * behavior.logic-bomb, safe look-alike: log retention. Files older than
 * RETENTION_DAYS are deleted. The clock is compared with a duration (now minus
 * the file's mtime), not with an absolute date, so this is housekeeping, not
 * a time bomb.
 */
#include <dirent.h>
#include <stdio.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define LOG_DIR "/var/log/webapp"
#define RETENTION_DAYS 14

int main(void)
{
    DIR *d = opendir(LOG_DIR);
    struct dirent *de;
    time_t now = time(NULL);
    char path[512];
    struct stat st;

    if (!d)
        return 1;
    while ((de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.')
            continue;
        snprintf(path, sizeof(path), "%s/%s", LOG_DIR, de->d_name);
        if (stat(path, &st) != 0)
            continue;
        if (now - st.st_mtime > RETENTION_DAYS * 86400) {
            printf("expiring %s\n", path);
            unlink(path);
        }
    }
    closedir(d);
    return 0;
}
