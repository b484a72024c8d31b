// storage_hierarchy.prog / local_storage.cpp: files under a fixed root. The
// blob name from the caller is appended to the root, so fetch() and erase()
// are path sinks reached through the virtual calls in main.cpp.
#include "storage.h"

#include <cstdio>
#include <fstream>
#include <sstream>

namespace store {
namespace {

class LocalStorage final : public Storage {
public:
    LocalStorage() : root_("/srv/store/") {}

    bool fetch(const std::string &name, std::string &out) override
    {
        std::ifstream in(root_ + name, std::ios::binary); // $ Alert[taint.path-injection]
        if (!in)
            return false;
        std::ostringstream ss;
        ss << in.rdbuf();
        out = ss.str();
        return true;
    }

    bool erase(const std::string &name) override
    {
        const std::string path = root_ + name;
        return std::remove(path.c_str()) == 0; // $ Alert[taint.path-injection]
    }

    std::string manifestPath() const override { return root_ + "MANIFEST"; }

private:
    std::string root_;
};

} // namespace

std::unique_ptr<Storage> makeLocalStorage()
{
    return std::make_unique<LocalStorage>();
}

} // namespace store
