/*
 * three_files.prog / b.c: pass-through helpers. with_timeout() formats the
 * command into a new heap string; traced() logs and returns its argument.
 * Both are called with tainted and with constant commands.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "jobs.h"

char *with_timeout(const char *cmd, int seconds)
{
    size_t n = strlen(cmd) + 32;
    char *out = malloc(n);
    if (out)
        snprintf(out, n, "timeout %d %s", seconds, cmd);
    return out;
}

const char *traced(const char *cmd)
{
    fprintf(stderr, "[job] %s\n", cmd);
    return cmd;
}
