// taint.library-load: a C++ application that loads plugins from a directory
// taken from APP_PLUGIN_DIR, and a renderer chosen by --renderer. Both put
// outside text into the path given to dlopen; the look-alikes map the
// option to a fixed library through a table, or load from the install
// directory.
#include <dlfcn.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

using init_fn = int (*)();

static void *open_plugin(const std::string &path)
{
    void *h = dlopen(path.c_str(), RTLD_NOW); // $ Alert[taint.library-load]
    if (!h)
        std::fprintf(stderr, "plugin: %s\n", dlerror());
    return h;
}

std::vector<void *> load_env_plugins()
{
    std::vector<void *> handles;
    const char *dir = std::getenv("APP_PLUGIN_DIR");
    if (!dir)
        return handles;
    for (const char *name : { "net", "ui" }) {
        std::string path = std::string(dir) + "/lib" + name + ".so";
        if (void *h = open_plugin(path))
            handles.push_back(h);
    }
    return handles;
}

void *load_renderer(int argc, char **argv)
{
    const char *choice = "gl";
    for (int i = 1; i + 1 < argc; i++)
        if (std::strcmp(argv[i], "--renderer") == 0)
            choice = argv[i + 1];
    std::string lib = std::string("librender_") + choice + ".so";
    return dlopen(lib.c_str(), RTLD_LAZY); // $ Alert[taint.library-load]
}

void *load_renderer_fixed(int argc, char **argv)
{
    static const char *const kLibs[] = { "/opt/app/lib/librender_gl.so", "/opt/app/lib/librender_vk.so" };
    bool vulkan = argc > 1 && std::strcmp(argv[1], "--vulkan") == 0;
    return dlopen(kLibs[vulkan ? 1 : 0], RTLD_NOW);
}

int main(int argc, char **argv)
{
    void *core = dlopen("/opt/app/lib/libcore.so", RTLD_NOW | RTLD_GLOBAL);
    if (!core)
        return 1;
    auto init = reinterpret_cast<init_fn>(dlsym(core, "core_init"));
    if (init)
        init();
    load_env_plugins();
    void *r = argc > 2 ? load_renderer(argc, argv) : load_renderer_fixed(argc, argv);
    return r ? 0 : 1;
}
