/*
 * taint.path-injection: propagation through a cursor pointer into a local
 * path buffer, fread at an offset into a buffer, strdup + strncpy/strncat,
 * memcpy with pointer arithmetic, and an array of path pointers.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/socket.h>

/* Build "/home/<user>/.profile.json" through a cursor pointer. */
FILE *open_user_profile(void)
{
    char path[256];
    char *cursor = path;
    const char *user = getenv("USER");

    if (!user || strlen(user) > 200)
        return NULL;
    cursor += sprintf(cursor, "/home/");
    strcpy(cursor, user);
    strcat(path, "/.profile.json");
    return fopen(path, "r"); // $ Alert[taint.path-injection]
}

/* The index file stores the name of the current data segment. */
int open_current_segment(void)
{
    char path[256] = "/data/segments/";
    size_t off = strlen(path);
    size_t n;
    FILE *idx = fopen("/data/segments/CURRENT", "rb");

    if (!idx)
        return -1;
    n = fread(path + off, 1, sizeof(path) - off - 1, idx);
    fclose(idx);
    path[off + n] = '\0';
    return open(path, O_RDONLY); // $ Alert[taint.path-injection]
}

/* Move the current report into the archive under a label from the env. */
int archive_report(void)
{
    const char *name = getenv("REPORT_LABEL");
    char dest[256];
    char *label;

    if (!name)
        return -1;
    label = strdup(name);
    if (!label)
        return -1;
    strncpy(dest, "/archive/reports/", sizeof(dest) - 1);
    dest[sizeof(dest) - 1] = '\0';
    strncat(dest, label, sizeof(dest) - strlen(dest) - 1);
    free(label);
    return rename("/var/reports/current.pdf", dest); // $ Alert[taint.path-injection]
}

/* Multi-tenant server: the first message names the tenant database. */
int open_tenant_db(int sock)
{
    char tenant[64];
    char path[128];
    ssize_t n = recv(sock, tenant, sizeof(tenant) - 1, 0);

    if (n <= 0)
        return -1;
    memcpy(path, tenant, (size_t)n);
    memcpy(path + n, ".db", 4);
    return open(path, O_RDWR); // $ Alert[taint.path-injection]
}

/* Remove temp files on exit; one extra path may come from the env. */
void cleanup_temp_files(void)
{
    const char *paths[3];

    paths[0] = "/tmp/app.sock";
    paths[1] = "/tmp/app.pid";
    paths[2] = getenv("APP_EXTRA_TEMP");
    for (int i = 0; i < 3; i++)
        if (paths[i])
            unlink(paths[i]); // $ Alert[taint.path-injection]
}
