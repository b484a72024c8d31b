// blind-expect: none
// Build wrapper that runs the compiler with a clean environment and project locale.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct build_settings {
    char locale[64];
    int jobs;
};

static void load_settings(const char *conf, struct build_settings *bs)
{
    char line[256];
    FILE *f = fopen(conf, "r");
    strcpy(bs->locale, "C.UTF-8");
    bs->jobs = 1;
    if (!f)
        return;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = '\0';
        if (strncmp(line, "locale=", 7) == 0)
            snprintf(bs->locale, sizeof bs->locale, "%s", line + 7);
        else if (strncmp(line, "jobs=", 5) == 0)
            bs->jobs = atoi(line + 5);
    }
    fclose(f);
}

static void sanitize_environment(const struct build_settings *bs)
{
    setenv("PATH", "/usr/local/bin:/usr/bin:/bin", 1);
    unsetenv("LD_LIBRARY_PATH");
    unsetenv("LD_PRELOAD");
    setenv("LC_ALL", bs->locale, 1);
    setenv("SOURCE_DATE_EPOCH", "0", 1);
}

int main(int argc, char **argv)
{
    struct build_settings bs;
    load_settings("./build.conf", &bs);
    sanitize_environment(&bs);
    if (argc < 2) {
        fprintf(stderr, "usage: %s make-target\n", argv[0]);
        return 2;
    }
    char jobs[16];
    snprintf(jobs, sizeof jobs, "-j%d", bs.jobs > 0 ? bs.jobs : 1);
    execl("/usr/bin/make", "make", jobs, argv[1], (char *)NULL);
    perror("make");
    return 127;
}
