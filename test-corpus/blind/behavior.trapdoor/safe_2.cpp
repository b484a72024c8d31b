// blind-expect: none
// Login check for a local admin page that compares the password's hash with the hash stored in the config file.
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

static std::string fnv1a_hex(const std::string &salt, const std::string &pw)
{
    std::uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : salt + pw) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

struct StoredCredential {
    std::string user;
    std::string salt;
    std::string hash;
};

static bool load_credential(const std::string &path, StoredCredential &out)
{
    std::ifstream in(path);
    return static_cast<bool>(in >> out.user >> out.salt >> out.hash);
}

static bool constant_time_equal(const std::string &a, const std::string &b)
{
    if (a.size() != b.size())
        return false;
    unsigned diff = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned>(a[i] ^ b[i]);
    return diff == 0;
}

int main(int argc, char **argv)
{
    std::string path = argc > 1 ? argv[1] : "/etc/adminpage/credential";
    StoredCredential cred;
    if (!load_credential(path, cred)) {
        std::cerr << "cannot read " << path << '\n';
        return 1;
    }
    std::string user, pw;
    std::cout << "user: " << std::flush;
    std::getline(std::cin, user);
    std::cout << "password: " << std::flush;
    std::getline(std::cin, pw);
    if (user == cred.user && constant_time_equal(fnv1a_hex(cred.salt, pw), cred.hash)) {
        std::cout << "login ok\n";
        return 0;
    }
    std::cout << "login failed\n";
    return 1;
}
