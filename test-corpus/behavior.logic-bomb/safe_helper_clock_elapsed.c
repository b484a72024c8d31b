/*
 * Look-alike for behavior.logic-bomb: the same helper reads the clock, but
 * the caller measures a duration (a lock file older than ten minutes is
 * stale and removed): a timeout, not a date.
 */
#include <stdio.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static long long unix_now(void)
{
    time_t t = time(NULL);
    return (long long)t;
}

int main(void)
{
    struct stat st;
    if (stat("/run/ledger.lock", &st) == 0 && unix_now() - st.st_mtime > 600)
        unlink("/run/ledger.lock");
    puts("ledger ready");
    return 0;
}
