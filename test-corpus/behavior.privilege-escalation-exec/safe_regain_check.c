/*
 * Look-alike for behavior.privilege-escalation-exec: after dropping to a
 * service account, the daemon checks that root cannot be regained
 * (`setuid(0)` must fail; if it succeeds the function reports an error and
 * the program stops). The worker then runs without privileges. Bad twin:
 * a "check" whose success branch carries on (prints and falls through), so
 * the process may be root when it runs the program; and a success branch
 * that runs a shell before it exits.
 */
#include <grp.h>
#include <stdio.h>
#include <sys/types.h>
#include <unistd.h>

static int drop_privileges(void)
{
    if (setgroups(0, NULL) != 0 || setgid(1000) != 0 || setuid(1000) != 0)
        return -1;
    if (setuid(0) == 0) /* root must not come back */
        return -1;
    return 0;
}

static void loose_drop(void)
{
    if (setuid(1000) != 0)
        perror("setuid");
    if (setuid(0) == 0)
        puts("warning: still able to become root");
}

static void shell_if_root(void)
{
    if (setuid(0) == 0) {
        execl("/bin/sh", "sh", (char *)NULL); // $ Alert[behavior.privilege-escalation-exec]
        _exit(1);
    }
}

int main(int argc, char **argv)
{
    if (argc > 2)
        shell_if_root();
    if (argc > 1) {
        loose_drop();
        execl("/usr/lib/mydaemon/worker", "worker", (char *)NULL); // $ Alert[behavior.privilege-escalation-exec]
        return 1;
    }
    if (drop_privileges() != 0)
        return 1;
    execl("/usr/lib/mydaemon/worker", "worker", "--foreground", (char *)NULL);
    return 1;
}
