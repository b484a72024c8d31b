// blind-expect: none
// Renderer front end that picks one of a fixed set of drawing backend libraries by name.
#include <dlfcn.h>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <memory>
#include <string>

struct Backend {
    virtual ~Backend() = default;
    virtual void drawText(int x, int y, const std::string &text) = 0;
};

using CreateFn = Backend *(*)();

struct KnownBackend {
    const char *name;
    const char *path;
};

static const KnownBackend kBackends[] = {
    {"software", "/usr/lib/render/librender_software.so"},
    {"opengl", "/usr/lib/render/librender_opengl.so"},
    {"vulkan", "/usr/lib/render/librender_vulkan.so"},
};

class BackendLoader {
public:
    ~BackendLoader() {
        backend_.reset();
        if (handle_) dlclose(handle_);
    }

    Backend *load(const KnownBackend &kb) {
        handle_ = dlopen(kb.path, RTLD_NOW);
        if (!handle_) {
            std::cerr << "cannot load " << kb.name << ": " << dlerror() << "\n";
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

static const KnownBackend *pickBackend() {
    const char *env = std::getenv("RENDER_BACKEND");
    if (!env || !*env) return &kBackends[0];
    for (const auto &kb : kBackends)
        if (std::strcmp(kb.name, env) == 0) return &kb;
    return nullptr;
}

int main() {
    BackendLoader loader;
    const KnownBackend *kb = pickBackend();
    if (!kb) {
        std::cerr << "unknown RENDER_BACKEND\n";
        return 1;
    }
    Backend *b = loader.load(*kb);
    if (!b) return 1;
    const char *lines[] = {"Hello", "from", "the", "renderer"};
    int y = 10;
    for (const char *l : lines) {
        b->drawText(10, y, l);
        y += 12;
    }
    return 0;
}
