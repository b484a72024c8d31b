/*
 * taint.secret-exposure: a "show file" helper opens the path it is given
 * and prints every line. The caller decides what it reads: given
 * ~/.aws/credentials (built from $HOME) or ~/.pgpass it prints secrets,
 * given the tool's own settings file it prints settings (the look-alike
 * calls below stay quiet). The same for a helper that prints the
 * environment variable it is given. What the helper reads is a secret only
 * at the calls that name a credential.
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
        printf("  %s", line); // $ Alert[taint.secret-exposure]
    fclose(f);
}

static void show_env(const char *name)
{
    const char *v = getenv(name);
    fprintf(stderr, "%s=%s\n", name, v ? v : ""); // $ Alert[taint.secret-exposure]
}

int main(int argc, char **argv)
{
    char path[512];
    const char *home = getenv("HOME");
    if (!home)
        return 1;
    if (argc > 1) {
        snprintf(path, sizeof path, "%s/.aws/credentials", home);
        show_file(path);
        show_file("/root/.pgpass");
        show_env("GITHUB_TOKEN");
    }
    return 0;
}
