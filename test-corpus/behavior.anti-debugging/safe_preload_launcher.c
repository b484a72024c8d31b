/*
 * behavior.anti-debugging look-alikes: programs that read LD_PRELOAD for
 * their own work. A launcher appends its interposer library to whatever
 * LD_PRELOAD holds and runs the target program with it; a setuid helper
 * clears the variable before doing anything. Neither hides from analysis:
 * nothing is reported. (LD_LIBRARY_PATH is not a hooking probe either.)
 * taint.search-path reports the launcher's setenv: the variable's own value
 * written back with a library added gives whoever set it nothing new, but
 * the flow is not told apart from another variable's value.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int launch(char **argv)
{
    char value[1024];
    const char *old = getenv("LD_PRELOAD");
    snprintf(value, sizeof value, "%s%s/usr/lib/libtsocks.so", old ? old : "", old ? ":" : "");
    setenv("LD_PRELOAD", value, 1); // $ SPURIOUS: Alert[taint.search-path]
    execvp(argv[0], argv); // $ Alert[taint.cmd-injection]
    perror("execvp");
    return 127;
}

void harden(void)
{
    if (getenv("LD_PRELOAD") || getenv("LD_AUDIT")) {
        unsetenv("LD_PRELOAD");
        unsetenv("LD_AUDIT");
    }
    const char *lp = getenv("LD_LIBRARY_PATH");
    if (lp)
        fprintf(stderr, "library path: %s\n", lp);
}

int main(int argc, char **argv)
{
    harden();
    if (argc > 1)
        return launch(argv + 1);
    return 0;
}
