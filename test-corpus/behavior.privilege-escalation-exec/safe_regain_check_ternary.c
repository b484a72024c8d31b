/*
 * Look-alike for behavior.privilege-escalation-exec: the check that root
 * cannot be regained written as `return setuid(0) == 0 ? -1 : 0;` (success
 * returns a failure, and the caller stops). Bad twin: the same expression
 * the other way round, so a successful setuid(0) lets the caller go on and
 * run the program as root.
 */
#include <grp.h>
#include <stdio.h>
#include <sys/types.h>
#include <unistd.h>

static int drop_to_service(void)
{
    if (setgroups(0, NULL) != 0 || setgid(998) != 0 || setuid(998) != 0)
        return -1;
    return setuid(0) == 0 ? -1 : 0;
}

static int become_root(void)
{
    return setuid(0) == 0 ? 0 : -1;
}

int main(int argc, char **argv)
{
    (void)argv;
    if (argc > 1) {
        if (become_root() != 0)
            return 1;
        execl("/usr/lib/backupd/snapshot", "snapshot", (char *)NULL); // $ Alert[behavior.privilege-escalation-exec]
        return 1;
    }
    if (drop_to_service() != 0)
        return 1;
    execl("/usr/lib/backupd/worker", "worker", (char *)NULL);
    return 1;
}
