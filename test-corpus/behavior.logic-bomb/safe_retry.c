/*
 * behavior.logic-bomb, safe look-alike: bounded retries. A build is retried
 * at most three times with a for loop, a deploy with a while loop over an
 * attempts counter; the stale lock file is removed between attempts. The
 * loop variables are retry bounds, not run counters.
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static int build(void)
{
    int i;

    for (i = 0; i < 3; i++) {
        if (system("make -C /srv/app all") == 0)
            return 0;
        unlink("/srv/app/.build.lock");
        sleep(2);
    }
    return -1;
}

static int deploy(void)
{
    int attempts = 0;

    while (attempts < 3) {
        if (system("rsync -a /srv/app/dist/ /var/www/app/") == 0)
            return 0;
        attempts++;
        remove("/var/www/app/.partial");
        sleep(5);
    }
    fprintf(stderr, "deploy failed after %d attempts\n", attempts);
    return -1;
}

int main(void)
{
    if (build() != 0)
        return 1;
    return deploy() == 0 ? 0 : 1;
}
