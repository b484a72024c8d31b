/*
 * taint.path-injection (model rows): canonicalize_file_name(), basename()
 * and dirname(). canonicalize_file_name() resolves "..", "." and symlinks;
 * a following prefix check (strncmp or memcmp) against the allowed directory
 * confines the result, so opening it is safe. Bad twins: the canonical path
 * used without the check, and basename()/dirname() of raw input, which
 * still carry the attacker's text.
 */
#define _GNU_SOURCE
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MEDIA "/srv/media/"

FILE *open_media(void)
{
    const char *req = getenv("MEDIA_FILE");
    char *real = req ? canonicalize_file_name(req) : NULL;
    if (!real)
        return NULL;
    if (strncmp(real, MEDIA, strlen(MEDIA)) != 0) {
        free(real);
        return NULL;
    }
    FILE *f = fopen(real, "rb");
    free(real);
    return f;
}

int remove_media(FILE *requests)
{
    char line[256];
    if (!fgets(line, sizeof(line), requests))
        return -1;
    line[strcspn(line, "\n")] = '\0';
    char *real = canonicalize_file_name(line);
    if (!real || memcmp(real, MEDIA, sizeof(MEDIA) - 1) != 0) {
        free(real);
        return -1;
    }
    int rc = unlink(real);
    free(real);
    return rc;
}

FILE *open_media_unchecked(void)
{
    const char *req = getenv("MEDIA_FILE");
    char *real = req ? canonicalize_file_name(req) : NULL;
    return real ? fopen(real, "rb") : NULL; // $ Alert[taint.path-injection]
}

FILE *open_thumbnail(FILE *requests)
{
    char line[256], path[512];
    if (!fgets(line, sizeof(line), requests))
        return NULL;
    line[strcspn(line, "\n")] = '\0';
    snprintf(path, sizeof(path), "%s/.thumbs/%s", dirname(strdup(line)), basename(line));
    return fopen(path, "rb"); // $ Alert[taint.path-injection]
}

int release_upload_lock(void)
{
    char copy[256], lock[300];
    const char *upload = getenv("UPLOAD_TO");
    if (!upload)
        return -1;
    snprintf(copy, sizeof(copy), "%s", upload);
    snprintf(lock, sizeof(lock), "%s/.lock", dirname(copy));
    return unlink(lock); // $ Alert[taint.path-injection]
}
