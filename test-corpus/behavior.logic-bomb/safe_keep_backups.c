/*
 * behavior.logic-bomb, safe look-alike: keep the newest KEEP backups. The
 * directory is read newest first; every backup past the first KEEP is
 * deleted. The count of backups seen is compared with a constant, but it
 * counts files, not program runs: this is rotation, not a trigger.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define BACKUP_DIR "/var/backups/wiki"
#define KEEP 10

static int newest_first(const struct dirent **a, const struct dirent **b)
{
    return strcmp((*b)->d_name, (*a)->d_name);
}

int main(void)
{
    struct dirent **list;
    int n = scandir(BACKUP_DIR, &list, NULL, newest_first);
    int seen = 0;
    char path[512];

    if (n < 0)
        return 1;
    for (int i = 0; i < n; i++) {
        if (strncmp(list[i]->d_name, "wiki-", 5) == 0) {
            seen++;
            if (seen > KEEP) {
                snprintf(path, sizeof(path), "%s/%s", BACKUP_DIR, list[i]->d_name);
                unlink(path);
            }
        }
        free(list[i]);
    }
    free(list);
    return 0;
}
