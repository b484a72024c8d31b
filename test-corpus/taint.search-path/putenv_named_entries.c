/*
 * taint.search-path, putenv entries: an entry "NAME=value" built with a
 * constant name sets that variable only. A launcher that exports the
 * user's chosen home and locale (APP_HOME=..., LC_ALL=...) from the
 * environment sets no search path; the bad cases export PATH and
 * LD_LIBRARY_PATH built the same way, and an entry whose name comes from
 * outside (any variable, search paths included).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int export_entry(char *buf, size_t cap, const char *name, const char *value)
{
    snprintf(buf, cap, "%s=%s", name, value);
    return putenv(buf); // $ Alert[taint.search-path]
}

int prepare_launch(void)
{
    static char home_entry[512], locale_entry[64], path_entry[512], lib_entry[512];
    const char *home = getenv("LAUNCHER_HOME");
    const char *lang = getenv("LAUNCHER_LANG");
    if (!home || !lang)
        return -1;
    snprintf(home_entry, sizeof home_entry, "APP_HOME=%s", home);
    putenv(home_entry);
    snprintf(locale_entry, sizeof locale_entry, "LC_ALL=%s", lang);
    putenv(locale_entry);
    snprintf(path_entry, sizeof path_entry, "PATH=%s/bin:/usr/bin", home);
    putenv(path_entry); // $ Alert[taint.search-path]
    snprintf(lib_entry, sizeof lib_entry, "LD_LIBRARY_PATH=%s/lib", home);
    return putenv(lib_entry); // $ Alert[taint.search-path]
}

int import_setting(void)
{
    static char entry[512];
    const char *name = getenv("LAUNCHER_EXPORT_NAME");
    const char *value = getenv("LAUNCHER_EXPORT_VALUE");
    if (!name || !value)
        return -1;
    return export_entry(entry, sizeof entry, name, value);
}
