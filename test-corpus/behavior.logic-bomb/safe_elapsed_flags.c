/*
 * behavior.logic-bomb look-alikes of expiry_flag_helpers.c: the same flags
 * and out-parameters, but what they hold is an elapsed time (a session
 * idle for an hour, a file a week old) or the days left before a date,
 * printed. Durations are not dates and "not yet" is not a trigger: nothing
 * is reported.
 */
#include <stdio.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define CUTOFF 1830297600L /* 2028-01-01 */

struct session {
    time_t started;
    int idle;
};

static void check_session(struct session *s)
{
    time_t now = time(NULL);
    s->idle = now - s->started > 3600;
}

int drop_idle(struct session *s)
{
    check_session(s);
    if (s->idle)
        return unlink("/var/lib/app/session.lock");
    return 0;
}

int prune_old(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return -1;
    int stale = time(NULL) - st.st_mtime > 7 * 86400;
    if (stale)
        return unlink(path);
    return 0;
}

int main(void)
{
    long left = CUTOFF - (long)time(NULL);
    if (left > 0)
        printf("support ends in %ld days\n", left / 86400);
    struct session s = {time(NULL), 0};
    drop_idle(&s);
    return prune_old("/var/lib/app/cache.bin");
}
