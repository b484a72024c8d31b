/*
 * taint.library-load: a library chosen by outside data (a whole path, or a
 * name that can climb out of the plugin directory with "../"), next to
 * plugins loaded by names checked against an allowlist, or fixed ones.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void *load_codec(void)
{
    const char *path = getenv("CODEC_LIBRARY");
    return path ? dlopen(path, RTLD_NOW) : NULL; // $ Alert[taint.library-load]
}

void *load_from_request(const char *request_line)
{
    char path[256];
    snprintf(path, sizeof(path), "/usr/lib/app/plugins/%s.so", request_line);
    return dlopen(path, RTLD_LAZY); // $ Alert[taint.library-load]
}

void *load_requested(FILE *in)
{
    char name[64];
    if (!fgets(name, sizeof(name), in))
        return NULL;
    name[strcspn(name, "\n")] = '\0';
    return load_from_request(name);
}

void *load_allowed(void)
{
    char path[256];
    const char *name = getenv("CODEC");
    if (!name || (strcmp(name, "gzip") != 0 && strcmp(name, "zstd") != 0))
        return NULL;
    snprintf(path, sizeof(path), "/usr/lib/app/plugins/%s.so", name);
    return dlopen(path, RTLD_NOW);
}

void *load_fixed(void)
{
    return dlopen("/usr/lib/app/plugins/base.so", RTLD_NOW);
}

void *load_isolated_fixed(void)
{
    return dlmopen(LM_ID_NEWLM, "/usr/lib/app/plugins/sandboxed.so", RTLD_NOW);
}
