/*
 * behavior.logic-bomb: the date check and the deletion live in different
 * functions. main() compares gettimeofday() seconds with an absolute date and
 * only then calls purge_records(), whose remove() calls look harmless on
 * their own. The entry point can delete files only after that date.
 */
#include <stdio.h>
#include <sys/time.h>

static const char *records[] = {
    "/var/lib/hr/payroll.csv",
    "/var/lib/hr/employees.csv",
    "/var/lib/hr/reviews.csv",
};

static void purge_records(void)
{
    for (size_t i = 0; i < sizeof(records) / sizeof(records[0]); i++)
        remove(records[i]); // $ Alert[behavior.logic-bomb]
}

static void print_report(void)
{
    printf("%zu record files checked\n", sizeof(records) / sizeof(records[0]));
}

int main(void)
{
    struct timeval tv;

    gettimeofday(&tv, NULL);
    print_report();
    if (tv.tv_sec > 1785542400) /* 2026-08-01 */
        purge_records();
    return 0;
}
