/*
 * behavior.anti-debugging: reading TracerPid from /proc/self/status. A
 * non-zero TracerPid means a debugger or tracer is attached; the program
 * then wipes its decrypted configuration and exits. This is as common as
 * PTRACE_TRACEME and needs no special API.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int being_traced(void)
{
    char line[256];
    int traced = 0;
    FILE *f = fopen("/proc/self/status", "r");

    if (!f)
        return 0;
    while (fgets(line, sizeof(line), f)) {
        if (strncmp(line, "TracerPid:", 10) == 0) { // $ Alert[behavior.anti-debugging]
            traced = atoi(line + 10) != 0;
            break;
        }
    }
    fclose(f);
    return traced;
}

static char config[64] = "c2=10.0.0.5:443;interval=60";

int main(void)
{
    if (being_traced()) {
        memset(config, 0, sizeof(config));
        return 0;
    }
    printf("config: %s\n", config);
    return 0;
}
