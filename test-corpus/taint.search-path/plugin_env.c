/*
 * taint.search-path: search paths for programs and libraries set from
 * outside data, next to fixed search paths and ordinary variables.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int use_plugin_dir(void)
{
    const char *dir = getenv("PLUGIN_DIR");
    if (!dir)
        return -1;
    return setenv("LD_LIBRARY_PATH", dir, 1); // $ Alert[taint.search-path]
}

int preload_from_config(FILE *cfg)
{
    char line[256];
    if (!fgets(line, sizeof(line), cfg))
        return -1;
    line[strcspn(line, "\n")] = '\0';
    return setenv("LD_PRELOAD", line, 1); // $ Alert[taint.search-path]
}

int extend_path(void)
{
    static char entry[512];
    const char *extra = getenv("TOOLS_DIR");
    if (!extra)
        return -1;
    snprintf(entry, sizeof(entry), "PATH=%s", extra);
    return putenv(entry); // $ Alert[taint.search-path]
}

int fixed_paths(void)
{
    const char *lang = getenv("APP_LANG");
    if (setenv("PATH", "/usr/local/bin:/usr/bin:/bin", 1) != 0)
        return -1;
    return setenv("APP_LANGUAGE", lang ? lang : "en", 1);
}
