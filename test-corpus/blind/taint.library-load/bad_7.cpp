// blind-expect: taint.library-load
// Renderer front end that picks its drawing backend library from an environment variable.
#include <dlfcn.h>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>

struct Backend {
    virtual ~Backend() = default;
    virtual void drawText(int x, int y, const std::string &text) = 0;
};

using CreateFn = Backend *(*)();

class BackendLoader {
public:
    ~BackendLoader() {
        backend_.reset();
        if (handle_) dlclose(handle_);
    }

    Backend *load(const std::string &name) {
        std::string dir = "/usr/lib/render/";
        if (const char *custom = std::getenv("RENDER_PLUGIN_DIR")) dir = custom;
        std::string path = dir + "/librender_" + name + ".so";
        handle_ = dlopen(path.c_str(), RTLD_NOW);
        if (!handle_) {
            std::cerr << "cannot load " << path << ": " << dlerror() << "\n";
            return nullptr;
        }
        auto create = reinterpret_cast<CreateFn>(dlsym(handle_, "create_backend"));
        if (!create) return nullptr;
        backend_.reset(create());
        return backend_.get();
    }

private:
    void *handle_ = nullptr;
    std::unique_ptr<Backend> backend_;
};

static std::string pickBackend() {
    const char *env = std::getenv("RENDER_BACKEND");
    if (env && *env) return env;
    return "software";
}

int main() {
    BackendLoader loader;
    std::string name = pickBackend();
    Backend *b = loader.load(name);
    if (!b) {
        std::cerr << "no backend '" << name << "'\n";
        return 1;
    }
    const char *lines[] = {"Hello", "from", "the", "renderer"};
    int y = 10;
    for (const char *l : lines) {
        b->drawText(10, y, l);
        y += 12;
    }
    return 0;
}
