/*
 * taint.path-injection: where in a path the outside value sits. A user's
 * own $HOME or $XDG_CONFIG_HOME as the directory of a file the program only
 * reads is ordinary configuration; the same value choosing a file that is
 * written or deleted, or a name from the environment used as the file-name
 * component, chooses the file.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

FILE *open_user_config(void)
{
    char path[512];
    const char *home = getenv("HOME");
    if (!home)
        return NULL;
    snprintf(path, sizeof(path), "%s/.config/notes/notes.conf", home);
    return fopen(path, "r");
}

int read_xdg_settings(void)
{
    char path[512];
    const char *cfg = getenv("XDG_CONFIG_HOME");
    if (!cfg)
        return -1;
    strcpy(path, cfg);
    strcat(path, "/notes/settings.ini");
    return open(path, O_RDONLY);
}

FILE *write_user_state(void)
{
    char path[512];
    const char *home = getenv("HOME");
    if (!home)
        return NULL;
    snprintf(path, sizeof(path), "%s/.local/state/notes.db", home);
    return fopen(path, "w"); // $ Alert[taint.path-injection]
}

int reset_user_cache(void)
{
    char path[512];
    const char *home = getenv("HOME");
    if (!home)
        return -1;
    snprintf(path, sizeof(path), "%s/.cache/notes.idx", home);
    return unlink(path); // $ Alert[taint.path-injection]
}

FILE *open_named_profile(void)
{
    char path[512];
    const char *name = getenv("NOTES_PROFILE");
    if (!name)
        return NULL;
    snprintf(path, sizeof(path), "/etc/notes/profiles/%s", name);
    return fopen(path, "r"); // $ Alert[taint.path-injection]
}

FILE *open_whole_path(void)
{
    const char *p = getenv("NOTES_FILE");
    return p ? fopen(p, "r") : NULL; // $ Alert[taint.path-injection]
}
