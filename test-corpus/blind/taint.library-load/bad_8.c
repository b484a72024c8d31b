// blind-expect: taint.library-load
// Image converter that loads an output codec plugin chosen at runtime.
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int (*encode_fn)(const char *in, const char *out);

struct codec {
    void *handle;
    encode_fn encode;
};

static void plugin_path(char *out, size_t cap, const char *codec_name)
{
    const char *dir = getenv("IMGCONV_PLUGIN_DIR");
    if (!dir || !*dir)
        dir = "/usr/lib/imgconv/plugins";
    snprintf(out, cap, "%s/libcodec_%s.so", dir, codec_name);
}

static int load_codec(struct codec *c, const char *name)
{
    char path[1024];
    plugin_path(path, sizeof path, name);
    c->handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!c->handle) {
        fprintf(stderr, "cannot load %s: %s\n", path, dlerror());
        return -1;
    }
    c->encode = (encode_fn)dlsym(c->handle, "codec_encode");
    if (!c->encode) {
        dlclose(c->handle);
        return -1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: %s input output.<fmt>\n", argv[0]);
        return 2;
    }
    const char *dot = strrchr(argv[2], '.');
    const char *fmt = (dot && dot[1]) ? dot + 1 : "png";
    if (strlen(fmt) > 8 || strchr(fmt, '/')) {
        fprintf(stderr, "bad format\n");
        return 2;
    }

    struct codec c;
    if (load_codec(&c, fmt) != 0)
        return 1;
    int rc = c.encode(argv[1], argv[2]);
    dlclose(c.handle);
    return rc == 0 ? 0 : 1;
}
