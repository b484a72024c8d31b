/*
 * taint.path-injection, safe look-alikes: none of these may be reported.
 * Constant paths, a file read and only printed, an env value only compared
 * or printed, a path buffer / pointer overwritten with a constant before the
 * sink, a rotation index parsed with strtol, and mkstemp() temp files.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>

#define DEFAULT_EXPORT "/var/lib/app/export.csv"

/* Constant path; the content is only printed. */
void print_motd(void)
{
    char line[256];
    FILE *fp = fopen("/etc/motd", "r");

    if (!fp)
        return;
    while (fgets(line, sizeof(line), fp))
        fputs(line, stdout);
    fclose(fp);
}

/* The env value only selects between constant behaviours. */
FILE *open_debug_log(void)
{
    const char *debug = getenv("APP_DEBUG");

    if (debug != NULL && strcmp(debug, "1") == 0)
        return fopen("/tmp/app-debug.log", "a");
    return NULL;
}

/* The env value is only reported; the path is reset to the default. */
FILE *open_export_file(void)
{
    const char *target = getenv("EXPORT_PATH");

    if (target)
        fprintf(stderr, "EXPORT_PATH=%s is deprecated, writing to %s\n", target, DEFAULT_EXPORT);
    target = DEFAULT_EXPORT;
    return fopen(target, "w");
}

/* The configured state path is read but overwritten before use. */
int open_state_file(void)
{
    char path[256];
    FILE *cfg = fopen("/etc/app/state.conf", "r");

    if (cfg) {
        if (fgets(path, sizeof(path), cfg))
            printf("configured state path: %s", path);
        fclose(cfg);
    }
    /* custom state locations are not supported yet */
    strcpy(path, "/var/lib/app/state.json");
    return open(path, O_RDONLY);
}

/* Rotate logs; only a number read from the config reaches the paths. */
void rotate_logs(void)
{
    char line[32];
    char from[64], to[64];
    long keep = 5;
    FILE *cfg = fopen("/etc/app/rotate.conf", "r");

    if (cfg) {
        if (fgets(line, sizeof(line), cfg))
            keep = strtol(line, NULL, 10);
        fclose(cfg);
    }
    if (keep < 1 || keep > 50)
        keep = 5;
    snprintf(from, sizeof(from), "/var/log/app.log.%ld", keep);
    unlink(from);
    for (long i = keep - 1; i >= 1; i--) {
        snprintf(from, sizeof(from), "/var/log/app.log.%ld", i);
        snprintf(to, sizeof(to), "/var/log/app.log.%ld", i + 1);
        rename(from, to);
    }
    rename("/var/log/app.log", "/var/log/app.log.1");
}

/* Scratch file from mkstemp, removed right away. */
int make_scratch_file(void)
{
    char tmpl[] = "/tmp/app-scratch.XXXXXX";
    int fd = mkstemp(tmpl);

    if (fd < 0)
        return -1;
    unlink(tmpl);
    return fd;
}

/* A user-typed name is echoed, but a fixed file is removed. */
int confirm_and_clear_cache(void)
{
    char answer[16];

    printf("clear cache? ");
    fflush(stdout);
    if (!fgets(answer, sizeof(answer), stdin))
        return -1;
    printf("you answered: %s", answer);
    if (answer[0] != 'y')
        return 0;
    return remove("/var/cache/app/index.db");
}
