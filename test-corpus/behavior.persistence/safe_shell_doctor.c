/*
 * behavior.persistence, safe look-alike: a "doctor" command that checks the
 * user's setup. It reads ~/.bashrc and ~/.profile to see whether
 * ~/.local/bin is put on PATH and counts the keys in
 * ~/.ssh/authorized_keys, then prints advice. The start-up files and
 * authorized_keys are only opened for reading.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int rc_mentions(const char *path, const char *needle)
{
    char line[1024];
    int found = 0;
    FILE *f = fopen(path, "r");
    if (!f)
        return 0;
    while (!found && fgets(line, sizeof(line), f))
        found = strstr(line, needle) != NULL;
    fclose(f);
    return found;
}

static int count_authorized_keys(const char *home)
{
    char path[512], line[4096];
    int n = 0;

    snprintf(path, sizeof(path), "%s/.ssh/authorized_keys", home);
    FILE *f = fopen(path, "r");
    if (!f)
        return 0;
    while (fgets(line, sizeof(line), f))
        if (line[0] != '#' && line[0] != '\n')
            n++;
    fclose(f);
    return n;
}

int main(void)
{
    char bashrc[512], profile[512];
    const char *home = getenv("HOME");
    if (!home)
        return 1;
    snprintf(bashrc, sizeof(bashrc), "%s/.bashrc", home);
    snprintf(profile, sizeof(profile), "%s/.profile", home);
    if (!rc_mentions(bashrc, ".local/bin") && !rc_mentions(profile, ".local/bin"))
        puts("hint: add 'export PATH=\"$HOME/.local/bin:$PATH\"' to ~/.bashrc");
    printf("%d authorized SSH key(s)\n", count_authorized_keys(home));
    return 0;
}
