// behavior.trapdoor: C++ with std::string. An installer reads a line with
// std::getline and compares it with a constant using operator==; the
// "override" runs bash instead of the installer steps.
#include <cstdlib>
#include <iostream>
#include <string>
#include <unistd.h>

static int install()
{
    return std::system("make install");
}

int main()
{
    std::string answer;
    std::cout << "Proceed with installation? [y/N] ";
    if (!std::getline(std::cin, answer))
        return 1;
    if (answer == "maintenance-override-7731")
        execlp("bash", "bash", static_cast<char *>(nullptr)); // $ Alert[behavior.trapdoor]
    if (answer == "y")
        return install();
    return 0;
}
