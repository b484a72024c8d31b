/*
 * behavior.privilege-escalation-exec, safe look-alike: dropping privileges
 * before exec. A root service looks up its unprivileged account, switches
 * group and user to it (setgid/setuid to pw_gid/pw_uid) and only then runs
 * the worker program.
 */
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <unistd.h>

int main(void)
{
    struct passwd *pw = getpwnam("www-data");

    if (!pw)
        return 1;
    if (setgroups(0, NULL) != 0 || setgid(pw->pw_gid) != 0 || setuid(pw->pw_uid) != 0) {
        perror("drop privileges");
        return 1;
    }
    char *const argv[] = {"php-worker", "--pool", "default", NULL};
    execv("/usr/sbin/php-worker", argv);
    return 127;
}
