/*
 * Look-alikes of a job record that becomes root: the records name a service
 * account (uid 998), and the one record that starts at uid 0 is given the
 * caller's uid by the program before use, so root is not fixed by the code.
 */
#include <sys/types.h>
#include <unistd.h>

struct job {
    uid_t uid;
    const char *program;
};

static const struct job kBackup = { 998, "/usr/bin/backup-agent" };
static struct job g_dynamic = { 0, "/usr/bin/report" };

static int become(const struct job *j)
{
    return setuid(j->uid);
}

int run_backup(void)
{
    if (become(&kBackup) != 0)
        return 1;
    return execl(kBackup.program, "backup-agent", (char *)NULL);
}

int main(void)
{
    g_dynamic.uid = getuid();
    if (become(&g_dynamic) != 0)
        return 1;
    execl(g_dynamic.program, "report", (char *)NULL);
    return run_backup();
}
