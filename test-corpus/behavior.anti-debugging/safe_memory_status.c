/*
 * behavior.anti-debugging, safe: a service reports its own memory use by
 * reading VmRSS from /proc/self/status. The same file as a TracerPid probe,
 * but it looks at memory, not at a debugger.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long resident_kib(void)
{
    char line[256];
    long kib = -1;
    FILE *f = fopen("/proc/self/status", "r");

    if (!f)
        return -1;
    while (fgets(line, sizeof(line), f)) {
        if (strncmp(line, "VmRSS:", 6) == 0) {
            kib = strtol(line + 6, NULL, 10);
            break;
        }
    }
    fclose(f);
    return kib;
}

int main(void)
{
    printf("rss: %ld KiB\n", resident_kib());
    return 0;
}
