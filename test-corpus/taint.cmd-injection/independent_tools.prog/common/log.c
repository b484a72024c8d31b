/* Shared by both tools: linked into each. */
#include <stdio.h>
#include "log.h"

void log_line(const char *msg)
{
    fprintf(stderr, "%s\n", msg);
}
