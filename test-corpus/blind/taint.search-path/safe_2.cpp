// blind-expect: none
// Launcher that lets the user pick one of the installed toolchains by name, sets PATH to its fixed directory and runs the build.
#include <cstdlib>
#include <iostream>
#include <map>
#include <string>

static const std::map<std::string, std::string> kToolchains = {
    {"gcc12", "/opt/toolchains/gcc-12/bin:/usr/bin:/bin"},
    {"gcc13", "/opt/toolchains/gcc-13/bin:/usr/bin:/bin"},
    {"clang17", "/opt/toolchains/clang-17/bin:/usr/bin:/bin"},
};

int main(int argc, char **argv) {
    std::string choice = argc > 1 ? argv[1] : "gcc12";
    auto it = kToolchains.find(choice);
    if (it == kToolchains.end()) {
        std::cerr << "unknown toolchain '" << choice << "'; known:";
        for (const auto &kv : kToolchains)
            std::cerr << " " << kv.first;
        std::cerr << std::endl;
        return 2;
    }
    const std::string &trustedPath = it->second;
    if (setenv("PATH", trustedPath.c_str(), 1) != 0) {
        std::perror("setenv");
        return 1;
    }
    std::cout << "building with " << it->first << std::endl;
    int rc = std::system("make -j2 all");
    return rc == 0 ? 0 : 1;
}
