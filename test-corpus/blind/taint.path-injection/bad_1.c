// blind-expect: taint.path-injection
// Simple "cat"-like utility that prints a report file from the reports directory given its name.
#include <stdio.h>
#include <string.h>

#define REPORT_DIR "/var/lib/reports/"

static FILE *open_report(const char *name)
{
    char path[512];
    strcpy(path, REPORT_DIR);
    strncat(path, name, sizeof path - strlen(path) - 1);
    return fopen(path, "r");
}

int main(int argc, char **argv)
{
    char line[1024];
    unsigned long lines = 0;

    if (argc < 2) {
        fprintf(stderr, "usage: %s REPORT\n", argv[0]);
        return 2;
    }
    FILE *fp = open_report(argv[1]);
    if (!fp) {
        perror(argv[1]);
        return 1;
    }
    while (fgets(line, sizeof line, fp)) {
        fputs(line, stdout);
        lines++;
    }
    fclose(fp);
    fprintf(stderr, "%lu lines\n", lines);
    return 0;
}
