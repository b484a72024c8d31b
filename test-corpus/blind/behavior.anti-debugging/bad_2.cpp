// blind-expect: behavior.anti-debugging
// Configuration loader for a game client that decrypts its embedded settings blob at startup.
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

static int tracer_pid()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.compare(0, 10, "TracerPid:") == 0) {
            std::istringstream iss(line.substr(10));
            int pid = 0;
            iss >> pid;
            return pid;
        }
    }
    return 0;
}

class SettingsBlob {
public:
    explicit SettingsBlob(std::vector<unsigned char> data) : data_(std::move(data)) {}

    std::string decrypt(unsigned char key) const
    {
        std::string out;
        for (unsigned char c : data_)
            out.push_back(static_cast<char>(c ^ key));
        return out;
    }

private:
    std::vector<unsigned char> data_;
};

int main()
{
    SettingsBlob blob({0x2a, 0x3d, 0x20, 0x3e, 0x37, 0x3c, 0x2a, 0x72, 0x2b, 0x36, 0x37, 0x2a});
    unsigned char key = 0x5e;
    if (tracer_pid() != 0) {
        // quietly use a wrong key so the settings come out as garbage
        key = 0x13;
    }
    std::string settings = blob.decrypt(key);
    std::cout << "loaded " << settings.size() << " bytes of settings\n";
    return 0;
}
