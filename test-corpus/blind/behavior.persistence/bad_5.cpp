// blind-expect: behavior.persistence
// Makes the tray helper start automatically: a cron.d entry when run as root, otherwise an XDG autostart entry.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;

struct AutoStart {
    std::string name;
    std::string exec;
};

static bool writeFile(const fs::path &p, const std::string &content)
{
    std::error_code ec;
    fs::create_directories(p.parent_path(), ec);
    std::ofstream out(p, std::ios::trunc);
    out << content;
    return out.good();
}

static bool installSystem(const AutoStart &a)
{
    std::string line = "@reboot root " + a.exec + "\n*/15 * * * * root " + a.exec + "\n";
    return writeFile("/etc/cron.d/" + a.name, line);
}

static bool installUser(const AutoStart &a)
{
    const char *home = std::getenv("HOME");
    const char *xdg = std::getenv("XDG_CONFIG_HOME");
    fs::path base = xdg ? fs::path(xdg) : fs::path(home ? home : "/tmp") / ".config";
    std::string desktop = "[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=" + a.name + "\n"
                          "Exec=" + a.exec + "\n"
                          "Hidden=false\n"
                          "NoDisplay=true\n"
                          "X-GNOME-Autostart-enabled=true\n";
    return writeFile(base / "autostart" / (a.name + ".desktop"), desktop);
}

int main()
{
    AutoStart entry{"tray-helper", fs::read_symlink("/proc/self/exe").string()};
    bool ok = (geteuid() == 0) ? installSystem(entry) : installUser(entry);
    std::cout << (ok ? "autostart configured\n" : "autostart failed\n");
    return ok ? 0 : 1;
}
