/*
 * taint.path-injection: environment variables (getenv / secure_getenv) used
 * to build file paths for open(), creat(), rename() (destination) and fopen(),
 * via snprintf and strcpy/strcat.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>

/* Open the application log under LOG_DIR (falls back to /var/log/myapp). */
int open_app_log(void)
{
    char path[512];
    const char *dir = getenv("LOG_DIR");

    if (!dir)
        dir = "/var/log/myapp";
    snprintf(path, sizeof(path), "%s/app.log", dir);
    return open(path, O_WRONLY | O_CREAT | O_APPEND, 0644); // $ Alert[taint.path-injection]
}

/* Create the thumbnail cache database under XDG_CACHE_HOME. */
int create_cache_file(void)
{
    char path[512];
    const char *cache = secure_getenv("XDG_CACHE_HOME");

    if (cache == NULL || strlen(cache) > 400)
        return -1;
    strcpy(path, cache);
    strcat(path, "/thumbs.db");
    return creat(path, 0600); // $ Alert[taint.path-injection]
}

/* Atomically save settings to the file named by SETTINGS_FILE. */
int save_settings(const char *json)
{
    const char *tmp = "/tmp/settings.json.tmp";
    const char *dest = getenv("SETTINGS_FILE");
    FILE *fp;

    if (!dest)
        return -1;
    fp = fopen(tmp, "w");
    if (!fp)
        return -1;
    fputs(json, fp);
    fclose(fp);
    return rename(tmp, dest); // $ Alert[taint.path-injection]
}

/* Print the user's ~/.myapprc. */
int show_rc_file(void)
{
    char path[512];
    char line[256];
    const char *home = getenv("HOME");
    FILE *fp;

    if (!home)
        return -1;
    snprintf(path, sizeof(path), "%s/.myapprc", home);
    /* Safe: HOME is only the directory prefix of a file this program reads. */
    fp = fopen(path, "r");
    if (!fp)
        return -1;
    while (fgets(line, sizeof(line), fp))
        fputs(line, stdout);
    fclose(fp);
    return 0;
}
