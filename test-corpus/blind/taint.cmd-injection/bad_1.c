// blind-expect: taint.cmd-injection
// Small CLI tool that compresses each file named on the command line into an archive directory.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ARCHIVE_DIR "/var/archive"

static int compress_one(const char *name)
{
    char cmd[512];
    int n = snprintf(cmd, sizeof cmd, "gzip -c '%s' > %s/%s.gz", name, ARCHIVE_DIR, name);
    if (n < 0 || (size_t)n >= sizeof cmd) {
        fprintf(stderr, "name too long: %s\n", name);
        return -1;
    }
    printf("running: %s\n", cmd);
    return system(cmd);
}

int main(int argc, char **argv)
{
    int failures = 0;

    if (argc < 2) {
        fprintf(stderr, "usage: %s FILE...\n", argv[0]);
        return 2;
    }
    for (int i = 1; i < argc; i++) {
        if (compress_one(argv[i]) != 0)
            failures++;
    }
    printf("%d file(s) failed\n", failures);
    return failures ? 1 : 0;
}
