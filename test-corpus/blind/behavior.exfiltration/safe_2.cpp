// blind-expect: none
// Computes a keyed digest of a release file using the local private key and writes the signature next to the file.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

static std::string readAll(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

static std::uint64_t keyedDigest(const std::string &key, const std::string &msg)
{
    std::uint64_t h = 1469598103934665603ULL;
    auto mix = [&h](const std::string &s) {
        for (unsigned char c : s) {
            h ^= c;
            h *= 1099511628211ULL;
        }
    };
    mix(key);
    mix(msg);
    mix(key);
    return h;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::cerr << "usage: " << argv[0] << " <file>\n";
        return 2;
    }
    const char *home = std::getenv("HOME");
    std::string keyPath = std::string(home ? home : "") + "/.ssh/id_rsa";
    std::string key = readAll(keyPath);
    if (key.empty()) {
        std::cerr << "no signing key at " << keyPath << "\n";
        return 1;
    }
    std::string msg = readAll(argv[1]);
    std::uint64_t sig = keyedDigest(key, msg);

    std::ofstream out(std::string(argv[1]) + ".sig");
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(sig));
    out << hex << "\n";
    std::cout << "signed " << argv[1] << "\n";
    return 0;
}
