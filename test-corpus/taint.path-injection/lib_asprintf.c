// taint.path-injection: asprintf and vasprintf allocate the formatted text
// and store it through their first argument; a helper wrapping vasprintf
// (busybox's xasprintf) passes its variadic arguments on. Paths built from
// the environment or from standard input are bad; the same calls with
// fixed arguments are safe.
#define _GNU_SOURCE
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

static char *xasprintf(const char *format, ...)
{
    va_list ap;
    char *out;
    va_start(ap, format);
    int r = vasprintf(&out, format, ap);
    va_end(ap);
    if (r < 0)
        exit(1);
    return out;
}

void make_home(void)
{
    const char *user = getenv("NEW_USER");
    if (!user)
        return;
    char *home = xasprintf("/home/%s", user);
    mkdir(home, 0755); // $ Alert[taint.path-injection]
    free(home);
}

void make_spool(void)
{
    char *spool = xasprintf("/var/spool/%s", "jobs");
    mkdir(spool, 0700);
    free(spool);
}

void open_cache(void)
{
    char *path = NULL;
    if (asprintf(&path, "/srv/cache/%s", getenv("CACHE_NAME")) < 0)
        return;
    FILE *f = fopen(path, "r"); // $ Alert[taint.path-injection]
    if (f)
        fclose(f);
    free(path);
}

void open_slot(void)
{
    int c = getchar();
    char *path = NULL;
    if (asprintf(&path, "/tmp/slot-%c", c) < 0)
        return;
    FILE *f = fopen(path, "w"); // $ Alert[taint.path-injection]
    if (f)
        fclose(f);
    free(path);
}

void open_fixed(void)
{
    char *path = NULL;
    if (asprintf(&path, "/tmp/slot-%d", 7) < 0)
        return;
    FILE *f = fopen(path, "w");
    if (f)
        fclose(f);
    free(path);
}
