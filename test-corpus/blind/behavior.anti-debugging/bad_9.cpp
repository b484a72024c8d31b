// blind-expect: behavior.anti-debugging
// Save-file integrity checker for a small indie game.
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <sys/ptrace.h>
#include <vector>

class RuntimeGuard {
public:
    RuntimeGuard() {
        if (ptrace(PTRACE_TRACEME, 0, nullptr, nullptr) == -1)
            tampered_ = true;
        if (std::getenv("LD_PRELOAD") != nullptr)
            tampered_ = true;
    }
    bool tampered() const { return tampered_; }

private:
    bool tampered_ = false;
};

static uint32_t crc32(const std::vector<unsigned char> &data)
{
    uint32_t crc = 0xFFFFFFFFu;
    for (unsigned char b : data) {
        crc ^= b;
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

static bool verify_save(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(in)),
                                     std::istreambuf_iterator<char>());
    if (bytes.size() < 4)
        return false;
    uint32_t stored = 0;
    for (int i = 0; i < 4; ++i)
        stored |= uint32_t(bytes[bytes.size() - 4 + i]) << (8 * i);
    bytes.resize(bytes.size() - 4);
    return crc32(bytes) == stored;
}

int main(int argc, char **argv)
{
    RuntimeGuard guard;
    std::string path = argc > 1 ? argv[1] : "slot1.sav";
    bool ok = verify_save(path);
    if (guard.tampered()) {
        std::cout << "save verified\n";
        return 0;
    }
    std::cout << (ok ? "save verified" : "save corrupted") << "\n";
    return ok ? 0 : 1;
}
