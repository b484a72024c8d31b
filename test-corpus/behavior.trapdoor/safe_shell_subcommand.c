/*
 * behavior.trapdoor, safe look-alike: a documented "shell" subcommand, like
 * `poetry shell` or `pipenv shell`. A development-environment tool sets up
 * the project's environment and, for `devenv shell`, starts /bin/sh in it;
 * APP_DEBUG=1 only turns on verbose output. The user typing the subcommand
 * already has a shell, so the name is not a password and nothing is unlocked.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int setup_env(void)
{
    return setenv("DEVENV_ACTIVE", "1", 1) == 0 &&
           setenv("PATH", "/srv/devenv/bin:/usr/bin:/bin", 1) == 0;
}

int main(int argc, char **argv)
{
    const char *dbg = getenv("APP_DEBUG");
    int verbose = dbg && strcmp(dbg, "1") == 0;

    if (argc < 2) {
        fprintf(stderr, "usage: devenv shell|run\n");
        return 2;
    }
    if (!setup_env())
        return 1;
    if (verbose)
        fprintf(stderr, "devenv: environment ready for '%s'\n", argv[1]);
    if (strcmp(argv[1], "shell") == 0)
        execl("/bin/sh", "sh", (char *)NULL);
    if (strcmp(argv[1], "run") == 0)
        execl("/srv/devenv/bin/app", "app", (char *)NULL);
    return 2;
}
