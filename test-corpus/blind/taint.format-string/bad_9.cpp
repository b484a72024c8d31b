// blind-expect: taint.format-string
// Disk usage summary tool with a user-customisable output line template.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <sys/statvfs.h>
#include <vector>

class Reporter {
public:
    Reporter() : fmt_("%s: %llu MiB free of %llu MiB\n") {}

    void load_template(const std::string &path) {
        std::ifstream in(path);
        std::string line;
        if (in && std::getline(in, line) && !line.empty())
            fmt_ = line + "\n";
    }

    void report(const std::string &mount) const {
        struct statvfs st;
        if (statvfs(mount.c_str(), &st) != 0)
            return;
        unsigned long long total = (unsigned long long)st.f_blocks * st.f_frsize >> 20;
        unsigned long long avail = (unsigned long long)st.f_bavail * st.f_frsize >> 20;
        char out[512];
        std::snprintf(out, sizeof out, fmt_.c_str(), mount.c_str(), avail, total);
        std::cout << out;
    }

private:
    std::string fmt_;
};

static std::string template_path()
{
    const char *cfg = std::getenv("XDG_CONFIG_HOME");
    const char *home = std::getenv("HOME");
    if (cfg)
        return std::string(cfg) + "/dfsum/line.fmt";
    return std::string(home ? home : ".") + "/.config/dfsum/line.fmt";
}

int main()
{
    Reporter r;
    r.load_template(template_path());
    std::vector<std::string> mounts = {"/", "/home", "/var", "/tmp"};
    for (const auto &m : mounts)
        r.report(m);
    return 0;
}
