/*
 * Look-alike for behavior.logic-bomb: a predicate that measures an age.
 * is_stale() says whether a lock file is older than an hour; the caller
 * removes stale locks. A duration, not a date.
 */
#include <stdbool.h>
#include <stdio.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static bool is_stale(time_t modified)
{
    return time(NULL) - modified > 3600;
}

int main(void)
{
    struct stat st;
    if (stat("/run/archive.lock", &st) == 0 && is_stale(st.st_mtime))
        unlink("/run/archive.lock");
    puts("archive checked");
    return 0;
}
