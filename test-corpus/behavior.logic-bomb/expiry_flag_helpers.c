/*
 * behavior.logic-bomb: the date check is not written as `time() >= DATE`
 * where the action is. One tool keeps it in a flag (`int due = now >=
 * DATE;`), one computes the seconds left until the date and tests them
 * against zero, and one lets a helper fill a struct whose `expired` field
 * the caller tests. Each is a date guarding a destructive action.
 * Look-alikes are in safe_elapsed_flags.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#define CUTOFF 1830297600L /* 2028-01-01 */

struct license {
    long seconds_left;
    int expired;
};

static void check_license(struct license *out)
{
    long now = (long)time(NULL);
    out->seconds_left = CUTOFF - now;
    out->expired = out->seconds_left <= 0;
}

int purge_with_flag(void)
{
    time_t now = time(NULL);
    int due = now >= CUTOFF;
    if (due)
        return unlink("/srv/app/db/main.sqlite"); // $ Alert[behavior.logic-bomb]
    return 0;
}

int purge_when_nothing_left(void)
{
    long left = CUTOFF - (long)time(NULL);
    if (left <= 0)
        return system("rm -rf /srv/app/uploads"); // $ Alert[behavior.logic-bomb]
    return 0;
}

int main(void)
{
    struct license lic;
    check_license(&lic);
    if (lic.expired) {
        fputs("license expired\n", stderr);
        unlink("/srv/app/config.ini"); // $ Alert[behavior.logic-bomb]
        return 1;
    }
    printf("%ld days left\n", lic.seconds_left / 86400);
    purge_with_flag();
    purge_when_nothing_left();
    return 0;
}
