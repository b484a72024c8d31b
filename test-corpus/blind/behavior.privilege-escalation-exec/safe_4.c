// blind-expect: none
// Launcher that prepares the spool directory as root, then starts the worker unprivileged.
#include <grp.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#define WORKER_UID 65534
#define WORKER_GID 65534
#define SPOOL_DIR "/var/spool/printq"

static int prepare_spool(void)
{
    if (setuid(0) != 0) {
        perror("setuid");
        return -1;
    }
    mkdir(SPOOL_DIR, 0750);
    if (chown(SPOOL_DIR, WORKER_UID, WORKER_GID) != 0) {
        perror("chown");
        return -1;
    }
    return 0;
}

static int drop_privileges(void)
{
    gid_t groups[1] = { WORKER_GID };
    if (setgroups(1, groups) != 0)
        return -1;
    if (setgid(WORKER_GID) != 0)
        return -1;
    if (setuid(WORKER_UID) != 0)
        return -1;
    return getuid() == WORKER_UID ? 0 : -1;
}

int main(void)
{
    if (prepare_spool() != 0)
        return 1;
    if (drop_privileges() != 0) {
        fprintf(stderr, "failed to drop privileges\n");
        return 1;
    }
    execl("/usr/libexec/printq/worker", "printq-worker", "--spool", SPOOL_DIR, (char *)NULL);
    perror("execl");
    return 127;
}
