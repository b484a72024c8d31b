// blind-expect: taint.search-path
// Debugging shell that asks which allocator library to preload and then runs a report command with it.
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

static std::string ask(const std::string &prompt) {
    std::string answer;
    std::cout << prompt << std::flush;
    std::getline(std::cin, answer);
    return answer;
}

static void runReport() {
    FILE *p = popen("date; uptime", "r");
    if (!p)
        return;
    char buf[256];
    while (std::fgets(buf, sizeof buf, p))
        std::cout << "  | " << buf;
    pclose(p);
}

int main() {
    std::string lib = ask("allocator library to preload (empty for none): ");
    if (!lib.empty()) {
        auto apply = [](const std::string &value) {
            return setenv("LD_PRELOAD", value.c_str(), 1) == 0;
        };
        if (!apply(lib)) {
            std::cerr << "could not set preload" << std::endl;
            return 1;
        }
        std::cout << "preloading " << lib << std::endl;
    }
    runReport();
    return 0;
}
