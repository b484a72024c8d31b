/*
 * behavior.logic-bomb: a random trigger. Roughly one request in a thousand
 * the worker kills its supervisor and deletes the job queue, which looks
 * like a flaky crash in production and is very hard to reproduce.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

static void handle_job(int id)
{
    printf("job %d done\n", id);
    if (rand() % 1000 == 7) {
        kill(getppid(), SIGKILL); // $ Alert[behavior.logic-bomb]
        unlink("/var/spool/worker/queue.db"); // $ Alert[behavior.logic-bomb]
    }
}

int main(void)
{
    srand((unsigned)time(NULL));
    for (int id = 0; id < 100; id++)
        handle_job(id);
    return 0;
}
