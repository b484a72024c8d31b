/*
 * taint.path-injection, interprocedural: the sink sits two and three calls
 * below the function that reads the external input; the helpers only pass
 * the path (or a buffer formatted from it) down. The alert is on the sink
 * line inside the deepest helper. Look-alike: a second helper chain of the
 * same shape that is only ever called with constant paths.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>

/* Level 3: the actual open. */
static int open_readonly(const char *path)
{
    return open(path, O_RDONLY); // $ Alert[taint.path-injection]
}

/* Level 2: logs, then opens. */
static int open_logged(const char *path)
{
    fprintf(stderr, "opening %s\n", path);
    return open_readonly(path);
}

/* Level 1: builds the full path under the spool directory. */
static int open_spool_entry(const char *name)
{
    char path[512];
    snprintf(path, sizeof(path), "/var/spool/app/%s", name);
    return open_logged(path);
}

/* Two levels down to unlink(). */
static int drop_file(const char *path)
{
    return unlink(path); // $ Alert[taint.path-injection]
}

static int drop_lock(const char *lock)
{
    if (lock[0] == '\0')
        return 0;
    return drop_file(lock);
}

/* Same shape as the chain above, but only reached with constants. */
static FILE *append_to(const char *path)
{
    return fopen(path, "a");
}

static FILE *append_logged(const char *path)
{
    fprintf(stderr, "appending to %s\n", path);
    return append_to(path);
}

int process_request(void)
{
    char name[128];
    int fd;

    if (!fgets(name, sizeof(name), stdin))
        return -1;
    name[strcspn(name, "\n")] = '\0';
    fd = open_spool_entry(name);
    if (fd >= 0)
        close(fd);
    return fd;
}

int release_lock(void)
{
    const char *lock = getenv("APP_LOCK_FILE");
    return lock ? drop_lock(lock) : 0;
}

int write_audit_line(const char *msg)
{
    FILE *fp = append_logged("/var/log/app/audit.log");
    if (!fp)
        return -1;
    fprintf(fp, "%s\n", msg);
    return fclose(fp);
}
