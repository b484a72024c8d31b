/*
 * taint.secret-exposure look-alike of helper_opens_named_file.c: the same
 * helpers, given the tool's settings file, /etc/os-release and ordinary
 * environment variables. Nothing the callers name is a credential, so
 * printing what the helpers read is not a secret exposure.
 */
#include <stdio.h>
#include <stdlib.h>

static void show_file(const char *path)
{
    char line[256];
    FILE *f = fopen(path, "r");
    if (!f)
        return;
    while (fgets(line, sizeof line, f))
        printf("  %s", line);
    fclose(f);
}

static void show_env(const char *name)
{
    const char *v = getenv(name);
    fprintf(stderr, "%s=%s\n", name, v ? v : "");
}

int main(void)
{
    char path[512];
    const char *home = getenv("HOME");
    if (!home)
        return 1;
    snprintf(path, sizeof path, "%s/.config/mytool/settings.ini", home);
    show_file(path);
    show_file("/etc/os-release");
    show_env("LANG");
    show_env("EDITOR");
    return 0;
}
