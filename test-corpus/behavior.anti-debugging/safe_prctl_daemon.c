/*
 * behavior.anti-debugging, safe look-alike: ordinary prctl use in a daemon.
 * After changing user the kernel clears the dumpable flag, so the daemon
 * turns it back on (PR_SET_DUMPABLE, 1) to get core files for crash reports;
 * it also names its thread and asks for SIGTERM when the parent dies.
 */
#include <signal.h>
#include <stdio.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

int main(void)
{
    struct rlimit core = {RLIM_INFINITY, RLIM_INFINITY};

    if (setgid(1000) != 0 || setuid(1000) != 0)
        return 1;
    prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);
    setrlimit(RLIMIT_CORE, &core);
    prctl(PR_SET_NAME, "queue-worker", 0, 0, 0);
    prctl(PR_SET_PDEATHSIG, SIGTERM, 0, 0, 0);
    puts("worker ready");
    pause();
    return 0;
}
