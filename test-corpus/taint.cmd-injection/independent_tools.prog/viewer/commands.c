/* The viewer's helpers share their names with the backup tool's. Its
 * system() calls only ever see the viewer's own constant arguments. */
#include <stdio.h>
#include <stdlib.h>

void usage(const char *topic)
{
    char cmd[256];
    snprintf(cmd, sizeof cmd, "man %s", topic);
    system(cmd);
}

int run_command(const char *what)
{
    char cmd[256];
    snprintf(cmd, sizeof cmd, "/usr/bin/viewer %s", what);
    return system(cmd);
}
