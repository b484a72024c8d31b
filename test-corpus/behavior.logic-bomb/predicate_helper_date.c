/*
 * behavior.logic-bomb: the date check is a predicate of its own.
 * past_cutoff() copies the calendar year into a local and returns whether
 * it has reached 2028; main deletes the archive when it says so.
 */
#include <stdbool.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

static bool past_cutoff(void)
{
    time_t now = time(NULL);
    struct tm *lt = localtime(&now);
    int year = lt->tm_year + 1900;
    return year >= 2028;
}

int main(void)
{
    if (past_cutoff())
        unlink("/srv/archive/index.db"); // $ Alert[behavior.logic-bomb]
    puts("archive checked");
    return 0;
}
