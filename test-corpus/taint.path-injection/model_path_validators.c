/*
 * taint.path-injection (model rows): validators. A theme server joins a
 * requested name to a fixed directory. strpbrk(name, "/\\") returning NULL
 * (no separator) and a strcasecmp() allowlist make the name safe. Bad twins:
 * a strpbrk() set without '/', a strcasecmp() denylist, and a check whose
 * result is ignored.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define THEMES "/usr/share/app/themes"

static FILE *open_theme(const char *dir, const char *name)
{
    char path[256];
    snprintf(path, sizeof(path), "%s/%s.css", dir, name);
    return fopen(path, "r"); // $ Alert[taint.path-injection]
}

FILE *theme_without_separators(void)
{
    char path[256];
    const char *name = getenv("UI_THEME");
    if (!name || strpbrk(name, "/\\") != NULL)
        return NULL;
    snprintf(path, sizeof(path), THEMES "/%s.css", name);
    return fopen(path, "r");
}

FILE *theme_from_allowlist(void)
{
    char path[256];
    const char *name = getenv("UI_THEME");
    if (!name || (strcasecmp(name, "dark") != 0 && strcasecmp(name, "light") != 0))
        return NULL;
    snprintf(path, sizeof(path), THEMES "/%s.css", name);
    return fopen(path, "r");
}

FILE *theme_windows_check(void)
{
    char path[256];
    const char *name = getenv("UI_THEME");
    if (!name || strpbrk(name, "\\:") != NULL)
        return NULL;
    snprintf(path, sizeof(path), THEMES "/%s.css", name);
    return fopen(path, "r"); // $ Alert[taint.path-injection]
}

FILE *theme_denylist(void)
{
    char path[256];
    const char *name = getenv("UI_THEME");
    if (!name || strcasecmp(name, "default") == 0)
        return NULL;
    snprintf(path, sizeof(path), THEMES "/%s.css", name);
    return fopen(path, "r"); // $ Alert[taint.path-injection]
}

FILE *theme_check_ignored(void)
{
    const char *name = getenv("UI_THEME");
    if (!name)
        return NULL;
    if (strpbrk(name, "/") != NULL)
        fprintf(stderr, "warning: theme name contains a separator\n");
    return open_theme(THEMES, name);
}
