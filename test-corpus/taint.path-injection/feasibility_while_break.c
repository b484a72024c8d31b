/*
 * taint.path-injection, feasibility: `while (1) { ... break; }` and
 * `for (;;)` loops. A sink BEFORE the unconditional break runs (bad); a sink
 * AFTER the unconditional break, or after a `continue` that always loops
 * back, is dead code (safe). A `do { } while (0)` body runs exactly once.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>

FILE *open_once(void)
{
    const char *path = getenv("INPUT_PATH");
    FILE *fp = NULL;
    while (1) {
        if (!path)
            break;
        fp = fopen(path, "r"); // $ Alert[taint.path-injection]
        break;
    }
    return fp;
}

int cleanup_once(void)
{
    const char *tmp = getenv("TMP_ARTIFACT");
    int rc = 0;
    while (1) {
        fprintf(stderr, "cleanup requested for %s\n", tmp ? tmp : "(none)");
        break;
        rc = unlink(tmp);
    }
    return rc;
}

int open_from_stdin(void)
{
    char name[256];
    int fd = -1;
    for (;;) {
        if (!fgets(name, sizeof(name), stdin))
            return -1;
        name[strcspn(name, "\n")] = '\0';
        if (name[0] == '\0')
            continue;
        fd = open(name, O_RDONLY); // $ Alert[taint.path-injection]
        break;
    }
    return fd;
}

int prompt_forever(void)
{
    char name[256];
    for (;;) {
        if (!fgets(name, sizeof(name), stdin))
            return -1;
        printf("got %s", name);
        continue;
        creat(name, 0600);
    }
}

int truncate_output(void)
{
    const char *out = getenv("OUTPUT_PATH");
    int fd = -1;
    do {
        if (!out)
            break;
        fd = creat(out, 0644); // $ Alert[taint.path-injection]
    } while (0);
    return fd;
}
