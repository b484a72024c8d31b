/*
 * behavior.privilege-escalation-exec: the AI-suggested "fix" for a permission
 * error. An installed-setuid helper becomes root with setgid(0)/setuid(0)
 * and then restarts a service through system(), so the shell and everything
 * it runs are root.
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(void)
{
    if (setgid(0) != 0 || setuid(0) != 0) {
        perror("become root");
        return 1;
    }
    return system("/usr/sbin/service nginx restart"); // $ Alert[behavior.privilege-escalation-exec]
}
