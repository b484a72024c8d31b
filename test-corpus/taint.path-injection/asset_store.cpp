// taint.path-injection (C++): flows inside member functions of a small asset
// store. The root directory member is trusted; the request name and the env
// value are not. indexFile() is a safe look-alike.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <sys/socket.h>
#include <sys/types.h>

namespace assets {

class AssetStore {
public:
    explicit AssetStore(const char *root) : root_(root) {}

    std::FILE *openFromRequest(int client) const;
    bool removeFromEnvironment() const;
    std::FILE *indexFile() const;

private:
    const char *root_;
};

std::FILE *AssetStore::openFromRequest(int client) const
{
    char name[128];
    char path[512];
    ssize_t n = ::recv(client, name, sizeof(name) - 1, 0);
    if (n <= 0)
        return nullptr;
    name[n] = '\0';
    std::snprintf(path, sizeof(path), "%s/%s", root_, name);
    return std::fopen(path, "rb"); // $ Alert[taint.path-injection]
}

bool AssetStore::removeFromEnvironment() const
{
    const char *victim = std::getenv("ASSET_TO_DELETE");
    if (victim == nullptr)
        return false;
    return std::remove(victim) == 0; // $ Alert[taint.path-injection]
}

std::FILE *AssetStore::indexFile() const
{
    const std::string path = std::string(root_) + "/index.json";
    return std::fopen(path.c_str(), "r");
}

} // namespace assets

std::FILE *open_asset_index()
{
    static const assets::AssetStore store("/srv/assets");
    return store.indexFile();
}
