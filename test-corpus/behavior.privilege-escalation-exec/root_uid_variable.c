/*
 * behavior.privilege-escalation-exec: the root uid kept in a variable. The
 * target uid is looked up once ("root" is uid 0 on every Unix system) and
 * stored in a local before setuid(); then a shell script runs as root.
 */
#include <stdlib.h>
#include <sys/types.h>
#include <unistd.h>

int main(void)
{
    uid_t target = 0;

    if (setuid(target) != 0)
        return 1;
    execl("/bin/sh", "sh", "/usr/local/lib/updater/post-install.sh", (char *)NULL); // $ MISSING: Alert[behavior.privilege-escalation-exec]
    return 127;
}
