/*
 * behavior.privilege-escalation-exec: the setuid shell payload. Real and
 * effective ids are both set to root with setreuid/setregid and the process
 * then becomes /bin/sh, which keeps them.
 */
#include <unistd.h>

#define ROOT_UID 0

int main(void)
{
    setregid(ROOT_UID, ROOT_UID);
    setreuid(ROOT_UID, ROOT_UID);
    char *const argv[] = {"sh", "-p", NULL};
    execv("/bin/sh", argv); // $ Alert[behavior.privilege-escalation-exec]
    return 1;
}
