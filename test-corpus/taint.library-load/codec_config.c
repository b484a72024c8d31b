/*
 * taint.library-load: an audio tool that loads its codec plugin as named in
 * a configuration file. A "codec_path" line loaded as is, or a codec name
 * joined to the plugin directory without a check, lets whoever edits the
 * file run code in the tool; the look-alikes check the name against an
 * allowlist with strcmp (inline, or in an is_allowed() helper), or load a
 * fixed library.
 */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PLUGIN_DIR "/usr/lib/audiotool/codecs"

static const char *const kAllowed[] = { "flac", "opus", "vorbis" };

static int is_allowed(const char *name)
{
    for (size_t i = 0; i < sizeof(kAllowed) / sizeof(kAllowed[0]); i++)
        if (strcmp(name, kAllowed[i]) == 0)
            return 1;
    return 0;
}

void *load_codec(FILE *cfg)
{
    char line[256], path[512];
    while (fgets(line, sizeof(line), cfg)) {
        line[strcspn(line, "\n")] = '\0';
        if (strncmp(line, "codec_path=", 11) == 0)
            return dlopen(line + 11, RTLD_NOW | RTLD_LOCAL); // $ Alert[taint.library-load]
        if (strncmp(line, "codec=", 6) == 0) {
            snprintf(path, sizeof(path), PLUGIN_DIR "/lib%s.so", line + 6);
            return dlopen(path, RTLD_NOW); // $ Alert[taint.library-load]
        }
    }
    return NULL;
}

void *load_codec_checked(FILE *cfg)
{
    char name[64], path[512];
    if (!fgets(name, sizeof(name), cfg))
        return NULL;
    name[strcspn(name, "\n")] = '\0';
    if (strcmp(name, "opus") == 0 || strcmp(name, "flac") == 0) {
        snprintf(path, sizeof(path), PLUGIN_DIR "/lib%s.so", name);
        return dlopen(path, RTLD_NOW);
    }
    return dlopen(PLUGIN_DIR "/libpcm.so", RTLD_NOW);
}

void *load_codec_table(FILE *cfg)
{
    char name[64], path[512];
    if (!fgets(name, sizeof(name), cfg))
        return NULL;
    name[strcspn(name, "\n")] = '\0';
    if (!is_allowed(name))
        return NULL;
    snprintf(path, sizeof(path), PLUGIN_DIR "/lib%s.so", name);
    return dlopen(path, RTLD_NOW); // $ SPURIOUS: Alert[taint.library-load]
}
