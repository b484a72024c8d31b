// blind-expect: none
// Menu-driven admin console that runs a fixed system report selected by number from standard input.
#include <cstdlib>
#include <iostream>
#include <string>

static const char *commandFor(int choice) {
    switch (choice) {
    case 1: return "who";
    case 2: return "df -h";
    case 3: return "ps aux --sort=-%mem | head -n 10";
    case 4: return "ip -brief addr";
    default: return nullptr;
    }
}

int main() {
    std::string line;
    for (;;) {
        std::cout << "1) users 2) disks 3) top memory 4) addresses 0) quit\n> " << std::flush;
        if (!std::getline(std::cin, line))
            break;
        int choice = 0;
        try {
            choice = std::stoi(line);
        } catch (const std::exception &) {
            std::cout << "please enter a number\n";
            continue;
        }
        if (choice == 0)
            break;
        const char *cmd = commandFor(choice);
        if (cmd == nullptr) {
            std::cout << "no such option\n";
            continue;
        }
        int rc = std::system(cmd);
        std::cout << "(exit status " << rc << ")\n";
    }
    return 0;
}
