/*
 * taint.path-injection: fscanf stores converted input through its pointer
 * arguments. A conversion into a number (%u, %lf) stores a number, whose
 * digits cannot name another folder (start-stop-daemon's
 * fscanf(f, "%u", &pid) then "/proc/%u/stat"); a conversion into a char
 * buffer (%63s) stores text, and that text opening a file is reported.
 */
#include <stdio.h>

int show_job(FILE *queue)
{
    unsigned pid = 0;
    double load = 0;
    char name[64];
    char path[128];

    if (fscanf(queue, "%u %lf %63s", &pid, &load, name) != 3)
        return -1;
    snprintf(path, sizeof path, "/proc/%u/stat", pid);
    FILE *stat = fopen(path, "r");
    if (stat)
        fclose(stat);
    snprintf(path, sizeof path, "/var/spool/jobs/%.0f", load);
    FILE *spool = fopen(path, "r");
    if (spool)
        fclose(spool);
    return fopen(name, "r") != NULL; // $ Alert[taint.path-injection]
}
