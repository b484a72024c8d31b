// storage_hierarchy.prog / main.cpp: picks an implementation at run time
// and drives it through std::unique_ptr<Storage> and Storage&. The manifest
// is written to manifestPath(), which is constant in every overrider (safe).
#include "storage.h"

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

static void write_manifest(const store::Storage &s, const std::string &body)
{
    std::ofstream out(s.manifestPath());
    out << body;
}

static bool erase_requested(store::Storage &s)
{
    const char *victim = std::getenv("STORE_DELETE");
    return victim != nullptr && s.erase(victim);
}

int main()
{
    const char *kind = std::getenv("STORE_KIND");
    std::unique_ptr<store::Storage> s = (kind != nullptr && std::string(kind) == "archive")
                                            ? store::makeArchiveStorage()
                                            : store::makeLocalStorage();
    std::string name, body;
    std::getline(std::cin, name);
    if (s->fetch(name, body))
        std::cout << body;
    write_manifest(*s, "updated\n");
    return erase_requested(*s) ? 0 : 1;
}
