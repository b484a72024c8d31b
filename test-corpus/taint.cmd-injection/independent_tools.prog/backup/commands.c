/* The backup tool's helpers: run_command really runs what it is given. */
#include <stdio.h>
#include <stdlib.h>

void usage(const char *topic)
{
    fprintf(stderr, "usage: backup DIR (%s)\n", topic ? "set" : "unset");
}

int run_command(const char *what)
{
    char cmd[512];
    snprintf(cmd, sizeof cmd, "tar czf /var/backups/out.tgz %s", what);
    return system(cmd); // $ Alert[taint.cmd-injection]
}
