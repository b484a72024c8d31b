/*
 * behavior.trapdoor: root on one machine. A setuid-root helper normally drops
 * to the invoking user, but on a host with a particular name it keeps uid 0
 * (setuid(0)) for the firmware tool it then runs. The host name acts as the
 * password.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void)
{
    char host[256];

    if (gethostname(host, sizeof(host)) != 0)
        return 1;
    host[sizeof(host) - 1] = '\0';
    if (strcmp(host, "build-07.corp.example.com") == 0) {
        setgid(0); // $ Alert[behavior.trapdoor]
        setuid(0); // $ Alert[behavior.trapdoor]
    } else {
        setgid(getgid());
        setuid(getuid());
    }
    execl("/usr/lib/acme/flash-firmware", "flash-firmware", "--verify", (char *)NULL); // $ Alert[behavior.privilege-escalation-exec]
    return 1;
}
