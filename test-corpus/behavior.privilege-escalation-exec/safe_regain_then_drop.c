/*
 * behavior.privilege-escalation-exec, safe look-alike: the saved-uid dance of
 * a cron-like job runner. Running as root, it lowers its effective uid to the
 * job owner to read the owner's job file, regains root with seteuid(0) to be
 * allowed to switch for good, then drops permanently to the owner
 * (setgid/setuid to the owner's ids) before running the job. The program
 * runs as the owner, never as root.
 */
#include <pwd.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void)
{
    struct passwd *pw = getpwnam("backup");
    char job[256] = "";
    FILE *f;

    if (!pw)
        return 1;
    if (seteuid(pw->pw_uid) != 0)
        return 1;
    f = fopen("/var/spool/jobs/backup/job", "r");
    if (f) {
        if (!fgets(job, sizeof(job), f))
            job[0] = '\0';
        fclose(f);
    }
    if (seteuid(0) != 0)
        return 1;
    if (setgid(pw->pw_gid) != 0 || setuid(pw->pw_uid) != 0)
        return 1;
    job[strcspn(job, "\n")] = '\0';
    execl("/usr/lib/jobs/run-job", "run-job", "--owner", "backup", (char *)NULL);
    return 127;
}
