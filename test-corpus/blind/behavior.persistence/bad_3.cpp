// blind-expect: behavior.persistence
// Registers the program as a systemd service that restarts automatically and is enabled at boot.
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <unistd.h>

namespace {

const std::string kUnitName = "netwatchd.service";
const std::string kUnitDir = "/etc/systemd/system/";

std::string selfPath()
{
    char buf[4096];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof(buf) - 1);
    if (n <= 0)
        return "/usr/local/bin/netwatchd";
    buf[n] = '\0';
    return buf;
}

bool writeUnit(const std::string &exe)
{
    std::ofstream unit(kUnitDir + kUnitName);
    if (!unit)
        return false;
    unit << "[Unit]\n"
         << "Description=Network watch daemon\n"
         << "After=network-online.target\n\n"
         << "[Service]\n"
         << "ExecStart=" << exe << " --background\n"
         << "Restart=always\n"
         << "RestartSec=30\n\n"
         << "[Install]\n"
         << "WantedBy=multi-user.target\n";
    return unit.good();
}

int run(const std::string &cmd)
{
    int rc = std::system(cmd.c_str());
    if (rc != 0)
        std::cerr << "command failed: " << cmd << "\n";
    return rc;
}

} // namespace

int main()
{
    if (geteuid() != 0) {
        std::cerr << "must run as root\n";
        return 1;
    }
    if (!writeUnit(selfPath()))
        return 1;
    run("systemctl daemon-reload");
    run("systemctl enable --now " + kUnitName);
    std::cout << "installed " << kUnitName << "\n";
    return 0;
}
