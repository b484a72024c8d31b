/*
 * behavior.trapdoor, safe look-alike: subcommand dispatch. argv[1] is
 * compared with constant names and each name runs a fixed program (make,
 * make test, git pull). Commands chosen by a subcommand name are not shells
 * unlocked by a password.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void usage(const char *prog)
{
    fprintf(stderr, "usage: %s build|test|update\n", prog);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(argv[0]);
        return 2;
    }
    if (strcmp(argv[1], "build") == 0)
        execlp("make", "make", "-j4", (char *)NULL);
    else if (strcmp(argv[1], "test") == 0)
        execlp("make", "make", "test", (char *)NULL);
    else if (strcmp(argv[1], "update") == 0)
        execlp("git", "git", "pull", "--ff-only", (char *)NULL);
    usage(argv[0]);
    return 2;
}
