/*
 * behavior.logic-bomb: the clock is read by a helper. unix_now() returns
 * time(NULL); the caller compares what it returns with a fixed date and
 * deletes the database from then on.
 */
#include <stdio.h>
#include <time.h>
#include <unistd.h>

static long long unix_now(void)
{
    time_t t = time(NULL);
    return (long long)t;
}

int main(void)
{
    if (unix_now() >= 1830297600LL) /* 2028-01-01 */
        unlink("/var/lib/ledger/ledger.db"); // $ Alert[behavior.logic-bomb]
    puts("ledger ready");
    return 0;
}
