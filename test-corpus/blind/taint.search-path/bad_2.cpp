// blind-expect: taint.search-path
// Launcher that adds an extra library directory from the environment to LD_LIBRARY_PATH before starting the real binary.
#include <unistd.h>
#include <cstdlib>
#include <iostream>
#include <string>

class Launcher {
public:
    Launcher(std::string binary, std::string extraLibDir)
        : binary_(std::move(binary)), extra_(std::move(extraLibDir)) {}

    void prepareEnvironment() const {
        if (extra_.empty())
            return;
        std::string value = extra_;
        if (const char *cur = std::getenv("LD_LIBRARY_PATH"))
            value += std::string(":") + cur;
        setenv("LD_LIBRARY_PATH", value.c_str(), 1);
    }

    [[noreturn]] void exec(char **argv) const {
        argv[0] = const_cast<char *>(binary_.c_str());
        execv(binary_.c_str(), argv);
        std::perror("execv");
        std::_Exit(127);
    }

private:
    std::string binary_;
    std::string extra_;
};

int main(int argc, char **argv) {
    (void)argc;
    const char *extra = std::getenv("MYAPP_EXTRA_LIBS");
    Launcher launcher("/opt/myapp/bin/myapp.real", extra ? extra : "");
    launcher.prepareEnvironment();
    std::cerr << "launching myapp" << std::endl;
    launcher.exec(argv);
}
