// blind-expect: taint.secret-exposure
// Command-line helper that lists the profiles in the AWS credentials file with their settings.
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <string>

using Profile = std::map<std::string, std::string>;

static std::string trim(const std::string &s) {
    auto b = s.find_first_not_of(" \t\r");
    if (b == std::string::npos) return "";
    auto e = s.find_last_not_of(" \t\r");
    return s.substr(b, e - b + 1);
}

static std::map<std::string, Profile> parseIni(const std::string &path) {
    std::map<std::string, Profile> profiles;
    std::ifstream in(path);
    std::string line, current;
    while (std::getline(in, line)) {
        line = trim(line);
        if (line.empty() || line[0] == '#' || line[0] == ';') continue;
        if (line.front() == '[' && line.back() == ']') {
            current = line.substr(1, line.size() - 2);
            profiles[current];
            continue;
        }
        auto eq = line.find('=');
        if (eq == std::string::npos || current.empty()) continue;
        profiles[current][trim(line.substr(0, eq))] = trim(line.substr(eq + 1));
    }
    return profiles;
}

static void printProfile(const std::string &name, const Profile &p, bool verbose) {
    std::cout << "[" << name << "]\n";
    for (const auto &kv : p) {
        if (!verbose && kv.first == "aws_session_token") continue;
        std::cout << "  " << kv.first << " = " << kv.second << "\n";
    }
}

int main(int argc, char **argv) {
    bool verbose = argc > 1 && std::string(argv[1]) == "-v";
    const char *home = std::getenv("HOME");
    if (!home) {
        std::cerr << "HOME is not set\n";
        return 1;
    }
    std::string path = std::string(home) + "/.aws/credentials";
    auto profiles = parseIni(path);
    if (profiles.empty()) {
        std::cerr << "no profiles in " << path << "\n";
        return 1;
    }
    for (const auto &entry : profiles) printProfile(entry.first, entry.second, verbose);
    std::cout << profiles.size() << " profile(s)\n";
    return 0;
}
