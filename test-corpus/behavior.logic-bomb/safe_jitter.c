/*
 * behavior.logic-bomb, safe look-alike: random jitter. A cron-started sync
 * sleeps a random number of seconds so that a fleet does not hit the server
 * at once, then runs rsync. The random number is a delay, never compared
 * with a constant to decide whether something runs.
 */
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
    srand((unsigned)time(NULL) ^ (unsigned)getpid());
    unsigned delay = (unsigned)(rand() % 300);
    sleep(delay);
    execlp("rsync", "rsync", "-az", "/srv/data/", "backup.example.com:/data/", (char *)NULL);
    return 127;
}
