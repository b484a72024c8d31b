// blind-expect: taint.path-injection
// Simple log rotator driven by a list of log files in its config.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

struct RotateRule {
    std::string path;
    long max_bytes;
    int keep;
};

static std::vector<RotateRule> parse_rules(std::istream &in)
{
    std::vector<RotateRule> rules;
    RotateRule r;
    while (in >> r.path >> r.max_bytes >> r.keep)
        rules.push_back(r);
    return rules;
}

class Rotator {
public:
    void rotate(const RotateRule &r) {
        struct stat st;
        if (stat(r.path.c_str(), &st) != 0 || st.st_size < r.max_bytes)
            return;
        std::string oldest = r.path + "." + std::to_string(r.keep);
        unlink(oldest.c_str());
        for (int i = r.keep - 1; i >= 1; --i) {
            std::string from = r.path + "." + std::to_string(i);
            std::string to = r.path + "." + std::to_string(i + 1);
            std::rename(from.c_str(), to.c_str());
        }
        std::rename(r.path.c_str(), (r.path + ".1").c_str());
        std::ofstream fresh(r.path, std::ios::trunc);
        ++rotated_;
    }
    int rotated() const { return rotated_; }

private:
    int rotated_ = 0;
};

int main()
{
    std::ifstream conf("/etc/minirotate.conf");
    if (!conf) {
        std::cerr << "no config\n";
        return 1;
    }
    Rotator rot;
    for (const auto &rule : parse_rules(conf))
        rot.rotate(rule);
    std::cout << rot.rotated() << " file(s) rotated\n";
    return 0;
}
