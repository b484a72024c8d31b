/*
 * taint.path-injection: interactive input from stdin (fgets on stdin, scanf,
 * read on fd 0) used as paths for remove(), rename() (source only) and
 * creat().
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>

/* Ask which export to delete. */
int delete_export_interactive(void)
{
    char name[128];
    char path[256];

    printf("export to delete: ");
    fflush(stdout);
    if (!fgets(name, sizeof(name), stdin))
        return -1;
    name[strcspn(name, "\n")] = '\0';
    snprintf(path, sizeof(path), "/var/exports/%s.csv", name);
    return remove(path); // $ Alert[taint.path-injection]
}

/* Publish a draft: the user types the draft file name. */
int publish_draft(void)
{
    char draft[256];

    printf("draft file: ");
    fflush(stdout);
    if (scanf("%255s", draft) != 1)
        return -1;
    return rename(draft, "/srv/blog/published/latest.md"); // $ Alert[taint.path-injection]
}

/* `echo job42 | mark-done` creates an empty marker file. */
int create_marker_from_stdin(void)
{
    char name[128];
    char path[200];
    int fd;
    ssize_t n = read(0, name, sizeof(name) - 1);

    if (n <= 0)
        return -1;
    name[n] = '\0';
    name[strcspn(name, "\n")] = '\0';
    snprintf(path, sizeof(path), "/var/run/markers/%s.done", name);
    fd = creat(path, 0644); // $ Alert[taint.path-injection]
    if (fd < 0)
        return -1;
    close(fd);
    return 0;
}
