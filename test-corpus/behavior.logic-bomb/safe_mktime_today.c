/*
 * behavior.logic-bomb, safe look-alike: a nightly job cleans its spool once
 * the clock passes 03:00 today. The struct tm comes from localtime_r (today)
 * with only the hour and minute set, so mktime gives a time of day, not a
 * fixed date. A cached download expires a year after it was fetched: the
 * year is computed from the file's own time, not written in the program.
 */
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static time_t today_at(int hour, int minute)
{
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    tm.tm_hour = hour;
    tm.tm_min = minute;
    tm.tm_sec = 0;
    return mktime(&tm);
}

static time_t a_year_after(time_t when)
{
    struct tm tm;
    localtime_r(&when, &tm);
    tm.tm_year = tm.tm_year + 1;
    return mktime(&tm);
}

int main(void)
{
    struct stat st;
    if (time(NULL) >= today_at(3, 0))
        unlink("/var/spool/app/outgoing.tmp");
    if (stat("/var/cache/app/feed.xml", &st) == 0 && time(NULL) > a_year_after(st.st_mtime))
        unlink("/var/cache/app/feed.xml");
    return 0;
}
