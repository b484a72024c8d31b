// blind-expect: behavior.anti-debugging
// Secure vault client that refuses to decrypt its store when the process is being inspected.
#include <sys/prctl.h>
#include <unistd.h>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

class ProcessGuard {
public:
    ProcessGuard() { prctl(PR_SET_DUMPABLE, 0, 0, 0, 0); }

    bool traced() const {
        std::ifstream status("/proc/self/status");
        std::string line;
        while (std::getline(status, line)) {
            if (line.rfind("TracerPid:", 0) == 0) {
                int pid = std::atoi(line.c_str() + 10);
                return pid != 0;
            }
        }
        return false;
    }
};

class Vault {
public:
    explicit Vault(std::string path) : path_(std::move(path)) {}

    bool unlock(unsigned char key) {
        std::ifstream in(path_, std::ios::binary);
        if (!in) return false;
        data_.assign(std::istreambuf_iterator<char>(in), {});
        for (auto &c : data_) c = static_cast<char>(c ^ key);
        return true;
    }

    void list() const {
        std::string entry;
        for (char c : data_) {
            if (c == '\n') {
                std::cout << " - " << entry.substr(0, entry.find(':')) << "\n";
                entry.clear();
            } else {
                entry.push_back(c);
            }
        }
    }

private:
    std::string path_;
    std::vector<char> data_;
};

int main() {
    ProcessGuard guard;
    if (guard.traced()) {
        std::cerr << "vault: unexpected state, exiting\n";
        sleep(2);
        return 0;
    }
    Vault v("/var/lib/vault/store.bin");
    if (!v.unlock(0x5c)) {
        std::cerr << "cannot open store\n";
        return 1;
    }
    v.list();
    return 0;
}
