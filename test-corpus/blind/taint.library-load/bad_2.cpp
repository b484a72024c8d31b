// blind-expect: taint.library-load
// Codec registry that loads codec plugins from a plugin directory and codec names given by the environment.
#include <dlfcn.h>
#include <cstdlib>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

class PluginLoader {
public:
    explicit PluginLoader(std::string dir) : dir_(std::move(dir)) {}
    ~PluginLoader() {
        for (void *h : handles_)
            dlclose(h);
    }

    bool load(const std::string &name) {
        std::string path = dir_ + "/libcodec_" + name + ".so";
        void *h = dlopen(path.c_str(), RTLD_LAZY);
        if (!h) {
            std::cerr << "failed to load " << path << ": " << dlerror() << "\n";
            return false;
        }
        handles_.push_back(h);
        return true;
    }

    std::size_t count() const { return handles_.size(); }

private:
    std::string dir_;
    std::vector<void *> handles_;
};

static std::vector<std::string> splitList(const std::string &s) {
    std::vector<std::string> out;
    std::stringstream ss(s);
    std::string item;
    while (std::getline(ss, item, ','))
        if (!item.empty())
            out.push_back(item);
    return out;
}

int main() {
    const char *dir = std::getenv("CODEC_PLUGIN_DIR");
    const char *list = std::getenv("CODECS");
    PluginLoader loader(dir ? dir : "/usr/lib/codecs");
    for (const auto &name : splitList(list ? list : "pcm,opus"))
        loader.load(name);
    std::cout << loader.count() << " codecs loaded" << std::endl;
    return 0;
}
