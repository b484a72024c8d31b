// blind-expect: none
// Prints one of a fixed set of system information files selected by a short keyword on the command line.
#include <stdio.h>
#include <string.h>

static const char *const keys[]  = { "cpu", "mem", "version", "uptime" };
static const char *const files[] = { "/proc/cpuinfo", "/proc/meminfo", "/proc/version", "/proc/uptime" };

static const char *lookup(const char *key)
{
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        if (strcmp(keys[i], key) == 0)
            return files[i];
    }
    return NULL;
}

int main(int argc, char **argv)
{
    char line[1024];

    if (argc < 2) {
        fprintf(stderr, "usage: %s cpu|mem|version|uptime\n", argv[0]);
        return 2;
    }
    const char *path = lookup(argv[1]);
    if (!path) {
        fprintf(stderr, "unknown key\n");
        return 2;
    }
    FILE *fp = fopen(path, "r");
    if (!fp) {
        perror(path);
        return 1;
    }
    while (fgets(line, sizeof line, fp))
        fputs(line, stdout);
    fclose(fp);
    return 0;
}
