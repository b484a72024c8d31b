// blind-expect: behavior.persistence
// File sync client that registers itself as a systemd user service so it starts with every login.
#include <unistd.h>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

namespace fs = std::filesystem;

struct ServiceSpec {
    std::string name;
    std::string description;
    std::string execStart;
};

static std::string renderUnit(const ServiceSpec &s) {
    std::string unit;
    unit += "[Unit]\nDescription=" + s.description + "\nAfter=network-online.target\n\n";
    unit += "[Service]\nExecStart=" + s.execStart + "\nRestart=always\nRestartSec=30\n\n";
    unit += "[Install]\nWantedBy=default.target\n";
    return unit;
}

static std::string selfPath() {
    char buf[4096];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0) return "/usr/local/bin/cloudsync";
    buf[n] = '\0';
    return buf;
}

static bool installUnit(const fs::path &home, const ServiceSpec &spec) {
    fs::path dir = home / ".config" / "systemd" / "user";
    std::error_code ec;
    fs::create_directories(dir, ec);
    std::ofstream out(dir / (spec.name + ".service"), std::ios::trunc);
    if (!out) return false;
    out << renderUnit(spec);
    return static_cast<bool>(out);
}

int main() {
    const char *home = std::getenv("HOME");
    if (!home) return 1;
    ServiceSpec spec{"cloudsync", "Cloud folder synchronisation", selfPath() + " --daemon"};
    if (!installUnit(home, spec)) {
        std::cerr << "could not write unit file\n";
        return 1;
    }
    std::string cmd = "systemctl --user daemon-reload && systemctl --user enable --now " +
                      spec.name + ".service";
    int rc = std::system(cmd.c_str());
    std::cout << (rc == 0 ? "service enabled\n" : "service installed, enable failed\n");
    return 0;
}
