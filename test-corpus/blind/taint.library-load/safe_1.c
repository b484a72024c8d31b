// blind-expect: none
// Compression benchmark launcher that loads one of a fixed set of known compression libraries chosen by short name.
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

struct lib_entry {
    const char *alias;
    const char *soname;
    const char *version_symbol;
};

static const struct lib_entry known_libs[] = {
    { "zlib", "libz.so.1",    "zlibVersion" },
    { "bz2",  "libbz2.so.1.0", "BZ2_bzlibVersion" },
    { "lzma", "liblzma.so.5", "lzma_version_string" },
};

int main(int argc, char **argv)
{
    const struct lib_entry *sel = NULL;
    if (argc != 2) {
        fprintf(stderr, "usage: %s zlib|bz2|lzma\n", argv[0]);
        return 2;
    }
    for (size_t i = 0; i < sizeof known_libs / sizeof known_libs[0]; i++)
        if (strcmp(argv[1], known_libs[i].alias) == 0)
            sel = &known_libs[i];
    if (!sel) {
        fprintf(stderr, "unsupported library\n");
        return 2;
    }
    void *h = dlopen(sel->soname, RTLD_NOW);
    if (!h) {
        fprintf(stderr, "dlopen: %s\n", dlerror());
        return 1;
    }
    typedef const char *(*version_fn)(void);
    version_fn v = (version_fn)dlsym(h, sel->version_symbol);
    printf("%s version: %s\n", sel->alias, v ? v() : "unknown");
    dlclose(h);
    return 0;
}
