// Anti-debugging in C++: the TracerPid line of /proc/self/status is looked
// for with std::string members, and the program quits when it is traced.
#include <cstdlib>
#include <fstream>
#include <string>

static bool traced() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("TracerPid:", 0) == 0) // $ Alert[behavior.anti-debugging]
            return std::stoi(line.substr(10)) != 0;
    return false;
}

static bool tracedToo() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.compare(0, 10, "TracerPid:") == 0) // $ Alert[behavior.anti-debugging]
            return line.find_first_not_of(" \t0", 10) != std::string::npos;
    return false;
}

int main() {
    if (traced() || tracedToo())
        std::exit(0);
    return 0;
}
