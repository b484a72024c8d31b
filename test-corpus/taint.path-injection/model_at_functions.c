/*
 * taint.path-injection (model rows): the *at() family. openat() and
 * unlinkat() resolve their path argument (argument 1) relative to a
 * directory descriptor, so "../" or an absolute name still escapes it; the
 * descriptor from openat() is wrapped with fdopen(). Look-alikes: a tainted
 * value only used as the file's content, and a name checked with
 * strchr(name, '/') before use.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int spool_dir(void)
{
    return open("/var/spool/reports", O_RDONLY | O_DIRECTORY);
}

FILE *open_report(void)
{
    const char *name = getenv("REPORT_NAME");
    int dir = spool_dir();
    if (!name || dir < 0)
        return NULL;
    int fd = openat(dir, name, O_RDONLY); // $ Alert[taint.path-injection]
    close(dir);
    return fd < 0 ? NULL : fdopen(fd, "r");
}

int delete_report(FILE *requests)
{
    char name[128];
    int dir = spool_dir();
    if (dir < 0 || !fgets(name, sizeof(name), requests))
        return -1;
    name[strcspn(name, "\n")] = '\0';
    int rc = unlinkat(dir, name, 0); // $ Alert[taint.path-injection]
    close(dir);
    return rc;
}

int store_note(void)
{
    const char *note = getenv("NOTE_TEXT");
    int dir = spool_dir();
    if (!note || dir < 0)
        return -1;
    int fd = openat(dir, "note.txt", O_WRONLY | O_CREAT | O_TRUNC, 0600);
    FILE *out = fd < 0 ? NULL : fdopen(fd, "w");
    close(dir);
    if (!out)
        return -1;
    fputs(note, out);
    return fclose(out);
}

int delete_checked(FILE *requests)
{
    char name[128];
    int dir = spool_dir();
    if (dir < 0 || !fgets(name, sizeof(name), requests))
        return -1;
    name[strcspn(name, "\n")] = '\0';
    if (name[0] == '\0' || name[0] == '.' || strchr(name, '/') != NULL)
        return -1;
    int rc = unlinkat(dir, name, 0);
    close(dir);
    return rc;
}
