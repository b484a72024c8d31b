/*
 * behavior.privilege-escalation-exec through a configuration record: the
 * account a job runs as is a member of a constant job table entry whose uid
 * is 0; a helper reads it through a const pointer, calls setuid and the
 * job's program is run afterwards.
 */
#include <sys/types.h>
#include <unistd.h>

struct job {
    const char *name;
    uid_t uid;
    const char *program;
};

static const struct job kRotate = { "rotate", 0, "/usr/sbin/logrotate" };

static int become(const struct job *j)
{
    return setuid(j->uid);
}

int main(void)
{
    if (become(&kRotate) != 0)
        return 1;
    execl(kRotate.program, kRotate.name, (char *)NULL); // $ Alert[behavior.privilege-escalation-exec]
    return 127;
}
