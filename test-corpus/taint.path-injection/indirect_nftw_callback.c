/*
 * taint.path-injection (model row): nftw(dir, fn, ...) calls fn with the
 * path of every entry below dir, so fn's path carries dir's text. A spool
 * directory named by the environment reaches unlink() in the callback; the
 * look-alike walks a fixed directory with a callback of its own.
 */
#define _XOPEN_SOURCE 700
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static int drop_entry(const char *fpath, const struct stat *sb, int type, struct FTW *ftw)
{
    (void)sb;
    (void)ftw;
    if (type == FTW_F)
        return unlink(fpath); // $ Alert[taint.path-injection]
    return 0;
}

int purge_spool(void)
{
    const char *dir = getenv("SPOOL_DIR");
    if (!dir)
        return -1;
    return nftw(dir, drop_entry, 8, FTW_DEPTH | FTW_PHYS);
}

static int drop_cache_entry(const char *fpath, const struct stat *sb, int type, struct FTW *ftw)
{
    (void)sb;
    (void)ftw;
    return type == FTW_F ? unlink(fpath) : 0;
}

int purge_cache(void)
{
    return nftw("/var/cache/reportd", drop_cache_entry, 8, FTW_DEPTH | FTW_PHYS);
}
