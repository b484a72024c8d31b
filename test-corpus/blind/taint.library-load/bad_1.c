// blind-expect: taint.library-load
// Plugin runner that loads the shared object named on the command line and calls its init entry point.
#include <dlfcn.h>
#include <stdio.h>

typedef int (*plugin_init_fn)(int argc, char **argv);

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s PLUGIN.so [args...]\n", argv[0]);
        return 2;
    }
    void *handle = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        fprintf(stderr, "dlopen: %s\n", dlerror());
        return 1;
    }
    plugin_init_fn init = (plugin_init_fn)dlsym(handle, "plugin_init");
    if (!init) {
        fprintf(stderr, "dlsym: %s\n", dlerror());
        dlclose(handle);
        return 1;
    }
    int rc = init(argc - 2, argv + 2);
    printf("plugin returned %d\n", rc);
    dlclose(handle);
    return rc;
}
