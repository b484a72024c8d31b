/*
 * behavior.trapdoor: one user name gets root. A setuid helper asks getlogin()
 * who is running it and, for one hard-coded account, switches to uid 0 and
 * starts a root shell.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void)
{
    const char *who = getlogin();

    if (who && strcmp(who, "jsmith") == 0) {
        setuid(0); // $ Alert[behavior.trapdoor]
        execl("/bin/bash", "bash", (char *)NULL); // $ Alert[behavior.trapdoor] Alert[behavior.privilege-escalation-exec]
    }
    printf("hello, %s\n", who ? who : "stranger");
    return 0;
}
