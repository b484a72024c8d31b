/*
 * behavior.trapdoor, safe look-alike: a rescue shell for root only. The
 * program refuses to run unless the real user is already root (getuid()
 * compared with the number 0) and then starts /bin/sh. Checking that the
 * caller already has the privilege is not a hard-coded password.
 */
#include <stdio.h>
#include <unistd.h>

int main(void)
{
    if (getuid() != 0) {
        fprintf(stderr, "rescue-shell: must be run as root\n");
        return 1;
    }
    puts("entering rescue shell; exit to continue booting");
    execl("/bin/sh", "sh", (char *)NULL);
    return 127;
}
