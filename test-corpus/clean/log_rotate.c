/*
 * clean: rotate and compress application logs. Paths are constants or built
 * from integers; the retention count from the config file goes through
 * strtol; the compression command is constant.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define LOG_BASE "/var/log/myapp/app.log"
#define CONF_PATH "/etc/myapp/rotate.conf"

static long load_retention(void)
{
    char line[128];
    long keep = 7;
    FILE *fp = fopen(CONF_PATH, "r");

    if (!fp)
        return keep;
    while (fgets(line, sizeof(line), fp)) {
        if (strncmp(line, "keep=", 5) == 0) {
            keep = strtol(line + 5, NULL, 10);
            break;
        }
    }
    fclose(fp);
    if (keep < 1 || keep > 90)
        keep = 7;
    return keep;
}

static void rotate(long keep)
{
    char from[256], to[256];

    snprintf(from, sizeof(from), "%s.%ld.gz", LOG_BASE, keep);
    if (unlink(from) == 0)
        printf("dropped %s\n", from);
    for (long i = keep - 1; i >= 1; i--) {
        snprintf(from, sizeof(from), "%s.%ld.gz", LOG_BASE, i);
        snprintf(to, sizeof(to), "%s.%ld.gz", LOG_BASE, i + 1);
        if (access(from, F_OK) == 0 && rename(from, to) != 0)
            perror(from);
    }
    snprintf(to, sizeof(to), "%s.1", LOG_BASE);
    if (rename(LOG_BASE, to) != 0)
        perror(LOG_BASE);
}

int main(void)
{
    long keep = load_retention();
    FILE *fresh;

    printf("rotating %s, keeping %ld archives\n", LOG_BASE, keep);
    rotate(keep);
    if (system("gzip -f " LOG_BASE ".1") != 0)
        fprintf(stderr, "gzip failed\n");
    fresh = fopen(LOG_BASE, "a");
    if (fresh)
        fclose(fresh);
    return system("systemctl kill -s HUP myapp.service") == 0 ? 0 : 1;
}
