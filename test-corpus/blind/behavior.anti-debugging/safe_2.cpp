// blind-expect: none
// Reports the process's own resident and peak memory usage after allocating a test buffer.
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

struct MemInfo {
    long rss_kb = 0;
    long peak_kb = 0;
};

static MemInfo read_self_status()
{
    MemInfo info;
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        std::istringstream iss(line);
        std::string key;
        long value = 0;
        iss >> key >> value;
        if (key == "VmRSS:")
            info.rss_kb = value;
        else if (key == "VmHWM:")
            info.peak_kb = value;
    }
    return info;
}

int main(int argc, char **argv)
{
    std::size_t mb = argc > 1 ? std::stoul(argv[1]) : 64;
    MemInfo before = read_self_status();
    std::vector<char> buffer(mb * 1024 * 1024);
    for (std::size_t i = 0; i < buffer.size(); i += 4096)
        buffer[i] = 1;
    MemInfo after = read_self_status();
    std::cout << "rss before: " << before.rss_kb << " kB\n"
              << "rss after:  " << after.rss_kb << " kB\n"
              << "peak:       " << after.peak_kb << " kB\n";
    return 0;
}
