/*
 * taint.format-string: a command-line tool that reports bad arguments. An
 * argument echoed as the format of fprintf or snprintf, or passed as the
 * format of a printf-style die() helper, is a format-string flaw; the
 * look-alikes pass the argument to a constant format.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap); // $ Alert[taint.format-string]
    va_end(ap);
    fputc('\n', stderr);
    exit(2);
}

static int parse_level(const char *arg)
{
    char *end;
    long v = strtol(arg, &end, 10);
    if (*end != '\0' || v < 0 || v > 9)
        die("invalid level '%s' (expected 0-9)", arg);
    return (int)v;
}

int main(int argc, char **argv)
{
    char msg[256];
    int level = 6;

    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-l") == 0 && i + 1 < argc) {
            level = parse_level(argv[++i]);
        } else if (strncmp(argv[i], "--name=", 7) == 0) {
            snprintf(msg, sizeof(msg), argv[i] + 7); // $ Alert[taint.format-string]
            printf("hello, %s\n", msg);
        } else if (argv[i][0] == '-') {
            fprintf(stderr, "unknown option: ");
            fprintf(stderr, argv[i]); // $ Alert[taint.format-string]
            fprintf(stderr, "\n");
            die(argv[i]);
        } else {
            fprintf(stderr, "unexpected argument: %s\n", argv[i]);
            snprintf(msg, sizeof(msg), "%s", argv[i]);
            puts(msg);
        }
    }
    printf("level %d\n", level);
    return 0;
}
