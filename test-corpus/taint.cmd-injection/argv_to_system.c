/*
 * taint.cmd-injection: command-line arguments (argv of main) reaching
 * system() through snprintf and strcpy/strncat, and execvp() with a
 * user-chosen program.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    char cmd[1024];
    const char *host;

    if (argc < 3) {
        fprintf(stderr, "usage: %s <host> <tool> [args...]\n", argv[0]);
        return 1;
    }

    /* ping the host first so we fail fast when it is unreachable */
    snprintf(cmd, sizeof(cmd), "ping -c 1 -W 2 %s > /dev/null", argv[1]);
    if (system(cmd) != 0) { // $ Alert[taint.cmd-injection]
        fprintf(stderr, "%s is unreachable\n", argv[1]);
        return 1;
    }

    /* show the load on the remote machine */
    host = argv[1];
    strcpy(cmd, "ssh -o BatchMode=yes ");
    strncat(cmd, host, sizeof(cmd) - strlen(cmd) - 1);
    strncat(cmd, " uptime", sizeof(cmd) - strlen(cmd) - 1);
    system(cmd); // $ Alert[taint.cmd-injection]

    /* hand the rest of the command line over to the requested tool */
    execvp(argv[2], &argv[2]); // $ Alert[taint.cmd-injection]
    perror("execvp");
    return 127;
}
