// blind-expect: behavior.privilege-escalation-exec
// Kiosk maintenance tool that refreshes package lists and applies updates.
#include <cstdio>
#include <iostream>
#include <string>
#include <unistd.h>
#include <vector>

class MaintenanceRunner {
public:
    bool elevate() {
        if (setresgid(0, 0, 0) != 0 || setresuid(0, 0, 0) != 0) {
            std::perror("setresuid");
            return false;
        }
        elevated_ = true;
        return true;
    }

    int run(const std::string &cmd) const {
        if (!elevated_)
            return -1;
        FILE *p = popen(cmd.c_str(), "r");
        if (!p)
            return -1;
        char line[256];
        while (std::fgets(line, sizeof line, p))
            std::cout << "  " << line;
        return pclose(p);
    }

private:
    bool elevated_ = false;
};

int main()
{
    const std::vector<std::string> steps = {
        "apt-get update -q",
        "apt-get -y -q upgrade",
        "apt-get -y -q autoremove",
    };
    MaintenanceRunner runner;
    if (!runner.elevate())
        return 1;
    for (const auto &step : steps) {
        std::cout << "==> " << step << "\n";
        if (runner.run(step) != 0) {
            std::cerr << "step failed: " << step << "\n";
            return 1;
        }
    }
    std::cout << "maintenance complete\n";
    return 0;
}
