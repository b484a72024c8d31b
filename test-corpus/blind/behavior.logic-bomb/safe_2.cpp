// blind-expect: none
// Sync client that retries a connection a few times and purges its own cache directory only when the user passes --purge.
#include <arpa/inet.h>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <netinet/in.h>
#include <string>
#include <sys/socket.h>
#include <unistd.h>

namespace fs = std::filesystem;

static const int kMaxRetries = 5;

static bool tryConnect()
{
    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (s < 0)
        return false;
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_port = htons(8384);
    inet_pton(AF_INET, "127.0.0.1", &sa.sin_addr);
    bool ok = connect(s, reinterpret_cast<sockaddr *>(&sa), sizeof sa) == 0;
    close(s);
    return ok;
}

static fs::path cacheDir()
{
    const char *home = std::getenv("HOME");
    return fs::path(home ? home : ".") / ".cache" / "syncclient";
}

int main(int argc, char **argv)
{
    if (argc > 1 && std::strcmp(argv[1], "--purge") == 0) {
        std::error_code ec;
        auto n = fs::remove_all(cacheDir(), ec);
        std::cout << "purged " << n << " cached entries\n";
        return 0;
    }

    for (int attempt = 1; attempt <= kMaxRetries; ++attempt) {
        if (tryConnect()) {
            std::cout << "connected on attempt " << attempt << "\n";
            return 0;
        }
        std::cerr << "attempt " << attempt << " failed, retrying\n";
        sleep(static_cast<unsigned>(attempt));
    }
    std::cerr << "giving up after " << kMaxRetries << " attempts\n";
    return 1;
}
