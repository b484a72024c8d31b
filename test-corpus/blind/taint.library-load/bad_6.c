// blind-expect: taint.library-load
// Image converter that loads codec plugins listed in its configuration file.
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PLUGIN_CONF "/etc/imgconv/plugins.conf"
#define MAX_CODECS 16

typedef int (*codec_init_fn)(void);

struct codec {
    char format[16];
    void *handle;
    codec_init_fn init;
};

static struct codec codecs[MAX_CODECS];
static int ncodecs;

static int load_codec(const char *format, const char *libpath)
{
    if (ncodecs >= MAX_CODECS)
        return -1;
    void *h = dlopen(libpath, RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        fprintf(stderr, "dlopen %s: %s\n", libpath, dlerror());
        return -1;
    }
    codec_init_fn init = (codec_init_fn)dlsym(h, "codec_init");
    if (!init) {
        dlclose(h);
        return -1;
    }
    struct codec *c = &codecs[ncodecs++];
    snprintf(c->format, sizeof c->format, "%s", format);
    c->handle = h;
    c->init = init;
    return init();
}

static int read_plugin_list(const char *conf)
{
    FILE *fp = fopen(conf, "r");
    if (!fp)
        return -1;
    char line[512];
    int loaded = 0;
    while (fgets(line, sizeof line, fp)) {
        char kind[16], format[16], path[400];
        if (line[0] == '#')
            continue;
        if (sscanf(line, "%15s %15s %399s", kind, format, path) != 3)
            continue;
        if (strcmp(kind, "codec") != 0)
            continue;
        if (load_codec(format, path) == 0)
            loaded++;
    }
    fclose(fp);
    return loaded;
}

int main(int argc, char **argv)
{
    int n = read_plugin_list(PLUGIN_CONF);
    if (n <= 0) {
        fprintf(stderr, "no codecs available\n");
        return 1;
    }
    printf("%d codec(s) loaded:", n);
    for (int i = 0; i < ncodecs; i++)
        printf(" %s", codecs[i].format);
    printf("\n");
    if (argc > 1)
        printf("input: %s\n", argv[1]);
    for (int i = 0; i < ncodecs; i++)
        dlclose(codecs[i].handle);
    return 0;
}
