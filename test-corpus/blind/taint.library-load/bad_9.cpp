// blind-expect: taint.library-load
// Metrics agent that loads collector plugins listed in its manifest file.
#include <dlfcn.h>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

struct PluginSpec {
    std::string name;
    std::string library;
    std::string entry;
};

using collect_fn = double (*)();

static std::vector<PluginSpec> read_manifest(const std::string &path)
{
    std::vector<PluginSpec> specs;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#')
            continue;
        std::istringstream fields(line);
        PluginSpec s;
        if (fields >> s.name >> s.library >> s.entry)
            specs.push_back(s);
    }
    return specs;
}

class CollectorSet {
public:
    void load(const PluginSpec &spec) {
        void *h = dlopen(spec.library.c_str(), RTLD_NOW);
        if (!h) {
            std::cerr << spec.name << ": " << dlerror() << "\n";
            return;
        }
        auto fn = reinterpret_cast<collect_fn>(dlsym(h, spec.entry.c_str()));
        if (fn)
            collectors_.push_back({spec.name, fn});
    }

    void sample() const {
        for (const auto &c : collectors_)
            std::cout << c.first << "=" << c.second() << "\n";
    }

private:
    std::vector<std::pair<std::string, collect_fn>> collectors_;
};

int main()
{
    CollectorSet set;
    for (const auto &spec : read_manifest("/etc/metrics-agent/plugins.list"))
        set.load(spec);
    set.sample();
    return 0;
}
