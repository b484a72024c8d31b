// blind-expect: taint.path-injection
// Cache pruner that reads an index of cached entries and deletes the ones marked as stale.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

struct CacheEntry {
    std::string name;
    long size = 0;
    bool stale = false;
};

static fs::path cacheRoot() {
    if (const char *xdg = std::getenv("XDG_CACHE_HOME"))
        return fs::path(xdg) / "pkgtool";
    const char *home = std::getenv("HOME");
    return fs::path(home ? home : "/tmp") / ".cache" / "pkgtool";
}

static std::vector<CacheEntry> readIndex(const fs::path &indexFile) {
    std::vector<CacheEntry> entries;
    std::ifstream in(indexFile);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream ls(line);
        CacheEntry e;
        std::string state;
        if (!(ls >> e.name >> e.size >> state)) continue;
        e.stale = (state == "stale");
        entries.push_back(e);
    }
    return entries;
}

static long prune(const fs::path &root, const std::vector<CacheEntry> &entries) {
    long freed = 0;
    for (const auto &e : entries) {
        if (!e.stale) continue;
        fs::path target = root / e.name;
        std::error_code ec;
        auto removed = fs::remove_all(target, ec);
        if (ec) {
            std::cerr << "cannot remove " << target << ": " << ec.message() << "\n";
            continue;
        }
        if (removed > 0) freed += e.size;
    }
    return freed;
}

int main() {
    fs::path root = cacheRoot();
    fs::path index = root / "index.txt";
    if (!fs::exists(index)) {
        std::cout << "no cache index at " << index << "\n";
        return 0;
    }
    auto entries = readIndex(index);
    long freed = prune(root, entries);
    std::cout << "freed " << freed / 1024 << " KiB from " << root << "\n";
    return 0;
}
