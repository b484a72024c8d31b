/*
 * taint.path-injection (model rows): wide-character file names. A name read
 * with fgetws() is narrowed to char and joined to a fixed directory.
 * wcschr(name, L'/') or wcspbrk(name, L"/\\") returning NULL shows there is
 * no separator, so the name is safe. Bad: a name cut with wcsrchr() or
 * wcsstr(), which keep the attacker's text, and a check with wcschr() for
 * the wrong character.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

static void to_ascii(char *dst, const wchar_t *src, size_t cap)
{
    size_t i = 0;
    for (; i + 1 < cap && src[i] != L'\0'; i++)
        dst[i] = (char)src[i];
    dst[i] = '\0';
}

static FILE *open_in(const char *dir, const wchar_t *wname)
{
    char name[128], path[256];
    to_ascii(name, wname, sizeof(name));
    snprintf(path, sizeof(path), "%s/%s", dir, name);
    return fopen(path, "r"); // $ Alert[taint.path-injection]
}

FILE *open_profile(FILE *req)
{
    wchar_t name[64];
    char narrow[64], path[256];
    if (!fgetws(name, 64, req))
        return NULL;
    name[wcscspn(name, L"\n")] = L'\0';
    if (wcschr(name, L'/') != NULL)
        return NULL;
    to_ascii(narrow, name, sizeof(narrow));
    snprintf(path, sizeof(path), "/var/lib/profiles/%s", narrow);
    return fopen(path, "r");
}

FILE *open_locale(FILE *req)
{
    wchar_t name[64];
    char narrow[64], path[256];
    if (!fgetws(name, 64, req) || wcspbrk(name, L"/\\") != NULL)
        return NULL;
    to_ascii(narrow, name, sizeof(narrow));
    snprintf(path, sizeof(path), "/usr/share/app/locale/%s.mo", narrow);
    return fopen(path, "rb");
}

FILE *open_from_url(FILE *req)
{
    wchar_t url[256];
    if (!fgetws(url, 256, req))
        return NULL;
    url[wcscspn(url, L"\n")] = L'\0';
    const wchar_t *query = wcsstr(url, L"file=");
    const wchar_t *last = wcsrchr(url, L'/');
    if (query)
        return open_in("/srv/files", query + 5);
    return last ? open_in("/srv/files", last + 1) : NULL;
}

FILE *open_without_colons(FILE *req)
{
    wchar_t name[64];
    char narrow[64], path[256];
    if (!fgetws(name, 64, req) || wcschr(name, L':') != NULL)
        return NULL;
    to_ascii(narrow, name, sizeof(narrow));
    snprintf(path, sizeof(path), "/srv/files/%s", narrow);
    return fopen(path, "r"); // $ Alert[taint.path-injection]
}
