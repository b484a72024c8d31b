// storage_hierarchy.prog / archive_storage.cpp: blobs packed in one archive
// file at a fixed path. fetch() only searches the fixed archive for the
// name (a look-alike: no path is built from it); erase() removes a per-name
// tombstone file with std::filesystem::remove(), which is a sink.
#include "storage.h"

#include <filesystem>
#include <fstream>

namespace store {
namespace {

const char kArchive[] = "/srv/archive/blobs.pack";

class ArchiveStorage final : public Storage {
public:
    bool fetch(const std::string &name, std::string &out) override
    {
        std::ifstream pack(kArchive);
        std::string line;
        while (std::getline(pack, line)) {
            if (line.compare(0, name.size(), name) == 0) {
                out = line.substr(name.size());
                return true;
            }
        }
        return false;
    }

    bool erase(const std::string &name) override
    {
        const std::filesystem::path tomb = std::filesystem::path("/srv/archive/tombstones") / name;
        return std::filesystem::remove(tomb); // $ Alert[taint.path-injection]
    }

    std::string manifestPath() const override { return "/srv/archive/MANIFEST"; }
};

} // namespace

std::unique_ptr<Storage> makeArchiveStorage()
{
    return std::make_unique<ArchiveStorage>();
}

} // namespace store
