// taint.path-injection (C++), indirect calls: lambdas called directly. A
// lambda taking the path as a parameter is called with an environment value;
// a lambda capturing a tainted std::string by reference and one capturing a
// buffer by value are invoked; an immediately-invoked lambda returns a
// tainted path. Look-alikes: a lambda with a sink that is only ever called
// with literals, and a lambda that captures the tainted value but opens a
// fixed file.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>

std::FILE *open_inputs()
{
    auto open_in = [](const char *p) { return std::fopen(p, "r"); }; // $ Alert[taint.path-injection]
    const char *env = std::getenv("INPUT_FILE");
    return env ? open_in(env) : nullptr;
}

bool write_report(const std::string &body)
{
    std::string out_dir = std::getenv("REPORT_DIR") ? std::getenv("REPORT_DIR") : "/tmp";
    auto save = [&](const std::string &name) {
        std::ofstream out(out_dir + "/" + name); // $ Alert[taint.path-injection]
        out << body;
        return out.good();
    };
    return save("report.txt");
}

int remove_requested()
{
    char name[128];
    if (!std::fgets(name, sizeof(name), stdin))
        return -1;
    name[std::strcspn(name, "\n")] = '\0';
    auto rm = [name]() { return std::remove(name); }; // $ Alert[taint.path-injection]
    return rm();
}

std::FILE *open_cache()
{
    const std::string path = [] {
        const char *c = std::getenv("XDG_CACHE_HOME");
        return std::string(c ? c : "/var/cache") + "/app.idx";
    }();
    // Safe: XDG_CACHE_HOME is only the directory of a file this program reads.
    return std::fopen(path.c_str(), "rb");
}

int rotate_fixed()
{
    auto drop = [](const char *p) { return std::remove(p); };
    return drop("/var/log/app.log.9") | drop("/var/log/app.log.10");
}

bool touch_marker()
{
    const char *who = std::getenv("USER");
    auto mark = [who]() {
        std::ofstream marker("/var/lib/app/marker");
        marker << "touched\n";
        std::printf("marker touched by %s\n", who ? who : "?");
        return marker.good();
    };
    return mark();
}
