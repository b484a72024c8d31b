// behavior.dropper look-alike: a mirror tool downloads a build with
// cpp-httplib, stores it, and takes the execute bits away
// (std::filesystem::permissions with perm_options::remove) so that nothing
// runs it by accident. It never runs what it fetched: nothing is reported.
#include <filesystem>
#include <fstream>
#include <httplib.h>
#include <iostream>

namespace fs = std::filesystem;

int main()
{
    const char *dest = "/srv/mirror/agent-latest.bin";
    httplib::Client cli("http://198.51.100.23:8080");
    auto res = cli.Get("/builds/latest/agent");
    if (!res || res->status != 200)
        return 1;
    {
        std::ofstream out(dest, std::ios::binary | std::ios::trunc);
        out.write(res->body.data(), static_cast<std::streamsize>(res->body.size()));
    }
    fs::permissions(dest, fs::perms::owner_exec | fs::perms::group_exec | fs::perms::others_exec,
                    fs::perm_options::remove);
    std::cout << "mirrored " << res->body.size() << " bytes\n";
    return 0;
}
