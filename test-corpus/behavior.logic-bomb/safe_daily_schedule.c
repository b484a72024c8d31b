/*
 * behavior.logic-bomb, safe look-alike: a daily schedule. A long-running
 * daemon compacts its journal once a day in the first minute after midnight
 * UTC (time modulo one day) and reaps a finished child with kill(). Both
 * depend on the time of day, not on a date.
 */
#include <signal.h>
#include <stdio.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

static pid_t compactor = -1;

static void tick(void)
{
    time_t now = time(NULL);

    if (now % 86400 < 60 && compactor < 0) {
        compactor = fork();
        if (compactor == 0) {
            execl("/usr/bin/journalctl", "journalctl", "--vacuum-time=30d", (char *)NULL);
            _exit(127);
        }
    }
    if (compactor > 0 && now % 86400 > 3600) {
        kill(compactor, SIGTERM);
        compactor = -1;
    }
}

int main(void)
{
    for (;;) {
        tick();
        sleep(30);
    }
}
