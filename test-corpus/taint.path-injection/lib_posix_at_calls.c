/*
 * taint.path-injection through the *at calls: fchmodat, fchownat, mkdirat
 * and renameat with a name taken from a request file, relative to an open
 * directory (nothing stops "../"). Look-alikes use fixed names.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int read_name(FILE *req, char *buf, size_t n)
{
    if (!fgets(buf, (int)n, req))
        return -1;
    buf[strcspn(buf, "\r\n")] = '\0';
    return 0;
}

int publish_upload(int root, FILE *req)
{
    char name[128];
    if (read_name(req, name, sizeof(name)) != 0)
        return -1;
    if (fchmodat(root, name, 0644, 0) != 0) // $ Alert[taint.path-injection]
        return -1;
    if (fchownat(root, name, 0, 0, AT_SYMLINK_NOFOLLOW) != 0) // $ Alert[taint.path-injection]
        return -1;
    return renameat(root, "incoming.tmp", root, name); // $ Alert[taint.path-injection]
}

int stage_upload(int root, FILE *req)
{
    char name[128];
    if (read_name(req, name, sizeof(name)) != 0)
        return -1;
    if (mkdirat(root, name, 0755) != 0) // $ Alert[taint.path-injection]
        return -1;
    return renameat(root, name, root, "staged"); // $ Alert[taint.path-injection]
}

int reset_layout(int root)
{
    mkdirat(root, "incoming", 0755);
    fchmodat(root, "incoming", 0755, 0);
    fchownat(root, "incoming", 0, 0, 0);
    return renameat(root, "incoming.tmp", root, "incoming.old");
}
