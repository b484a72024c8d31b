/*
 * taint.path-injection, interprocedural with recursion: a recursive helper
 * that strips leading slashes and returns a pointer into its argument, and a
 * recursive directory-walk helper that carries the path down to the sink at
 * its base case. Look-alikes: a recursive helper that only ever returns
 * constant strings, and a recursive remover only called with a constant.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Returns a pointer into s past any leading '/' characters. */
static const char *skip_slashes(const char *s)
{
    if (*s == '/')
        return skip_slashes(s + 1);
    return s;
}

/* Creates the file after descending `depth` levels of backup prefixes. */
static FILE *open_backup(const char *name, int depth)
{
    char path[512];
    if (depth == 0)
        return fopen(name, "w"); // $ Alert[taint.path-injection]
    snprintf(path, sizeof(path), "%s.bak", name);
    return open_backup(path, depth - 1);
}

/* Picks a rotation suffix; every path through it returns a literal. */
static const char *rotation_file(int generation)
{
    if (generation <= 0)
        return "/var/log/app/current.log";
    if (generation == 1)
        return "/var/log/app/previous.log";
    return rotation_file(generation - 1);
}

/* Removes name, name.1, name.2, ... recursively. */
static void remove_generations(const char *name, int n)
{
    char path[512];
    if (n < 0)
        return;
    snprintf(path, sizeof(path), "%s.%d", name, n);
    unlink(path);
    remove_generations(name, n - 1);
}

FILE *open_upload_target(void)
{
    char name[256];
    char path[512];

    if (!fgets(name, sizeof(name), stdin))
        return NULL;
    name[strcspn(name, "\n")] = '\0';
    snprintf(path, sizeof(path), "/srv/uploads/%s", skip_slashes(name));
    return fopen(path, "wb"); // $ Alert[taint.path-injection]
}

FILE *open_state_backup(void)
{
    const char *state = getenv("STATE_FILE");
    return state ? open_backup(state, 2) : NULL;
}

FILE *open_rotated(void)
{
    const char *gen = getenv("LOG_GENERATION");
    return fopen(rotation_file(gen ? atoi(gen) : 0), "r");
}

void purge_cache(void)
{
    remove_generations("/var/cache/app/index", 3);
}
