// blind-expect: none
// Daemon start-up that drops from root to the unprivileged service account before launching its worker.
#include <grp.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/types.h>
#include <unistd.h>

#define SERVICE_UID 1000
#define SERVICE_GID 1000

static int drop_privileges(void)
{
    if (setgroups(0, NULL) != 0)
        return -1;
    if (setgid(SERVICE_GID) != 0)
        return -1;
    if (setuid(SERVICE_UID) != 0)
        return -1;
    /* make sure we cannot get root back */
    if (setuid(0) == 0)
        return -1;
    return 0;
}

int main(int argc, char **argv)
{
    const char *worker = argc > 1 ? argv[1] : "/usr/lib/mydaemon/worker";
    if (drop_privileges() != 0) {
        fprintf(stderr, "failed to drop privileges\n");
        return 1;
    }
    printf("running as uid %d\n", (int)getuid());
    execl(worker, worker, "--foreground", (char *)NULL);
    perror("execl");
    return 1;
}
