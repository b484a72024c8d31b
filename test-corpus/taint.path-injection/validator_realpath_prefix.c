/*
 * taint.path-injection, validators: canonicalise-then-check. realpath()
 * resolves "..", "." and symlinks; a following strncmp() against the allowed
 * directory prefix (rejecting on mismatch) confines the resolved path, so
 * opening the RESOLVED path is safe. Bad twins: realpath() without the
 * prefix check, and a prefix check on the raw (unresolved) input, which
 * "/srv/data/../../etc/shadow" passes.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define DATA_DIR "/srv/data/"

FILE *open_data_file(void)
{
    char resolved[PATH_MAX];
    const char *req = getenv("DATA_FILE");
    if (!req || realpath(req, resolved) == NULL)
        return NULL;
    if (strncmp(resolved, DATA_DIR, strlen(DATA_DIR)) != 0)
        return NULL;
    return fopen(resolved, "r");
}

int remove_upload(void)
{
    char name[256];
    char *resolved;
    int rc;
    if (!fgets(name, sizeof(name), stdin))
        return -1;
    name[strcspn(name, "\n")] = '\0';
    resolved = realpath(name, NULL);
    if (resolved == NULL)
        return -1;
    if (strncmp(resolved, "/srv/uploads/", 13) != 0) {
        free(resolved);
        return -1;
    }
    rc = unlink(resolved);
    free(resolved);
    return rc;
}

FILE *open_resolved_unchecked(void)
{
    char resolved[PATH_MAX];
    const char *req = getenv("DATA_FILE");
    if (!req || realpath(req, resolved) == NULL)
        return NULL;
    return fopen(resolved, "r"); // $ Alert[taint.path-injection]
}

FILE *open_prefix_only(void)
{
    const char *req = getenv("DATA_FILE");
    if (!req || strncmp(req, DATA_DIR, strlen(DATA_DIR)) != 0)
        return NULL;
    return fopen(req, "r"); // $ Alert[taint.path-injection]
}
