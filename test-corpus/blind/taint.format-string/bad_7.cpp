// blind-expect: taint.format-string
// UDP log relay that receives messages from devices on the network and forwards them to the local syslog.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <syslog.h>
#include <unistd.h>
#include <cstdio>
#include <cstring>
#include <map>
#include <string>

class LogRelay {
public:
    bool open(unsigned short port) {
        fd_ = socket(AF_INET, SOCK_DGRAM, 0);
        if (fd_ < 0) return false;
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_ANY);
        addr.sin_port = htons(port);
        return bind(fd_, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0;
    }

    void run() {
        char buf[2048];
        for (;;) {
            sockaddr_in peer{};
            socklen_t len = sizeof peer;
            ssize_t n = recvfrom(fd_, buf, sizeof buf - 1, 0,
                                 reinterpret_cast<sockaddr *>(&peer), &len);
            if (n <= 0) continue;
            buf[n] = '\0';
            char ip[INET_ADDRSTRLEN];
            inet_ntop(AF_INET, &peer.sin_addr, ip, sizeof ip);
            forward(ip, stripPriority(buf));
        }
    }

private:
    static std::string stripPriority(const char *raw) {
        std::string msg(raw);
        if (!msg.empty() && msg[0] == '<') {
            auto close = msg.find('>');
            if (close != std::string::npos) msg.erase(0, close + 1);
        }
        while (!msg.empty() && (msg.back() == '\n' || msg.back() == '\r')) msg.pop_back();
        return msg;
    }

    void forward(const std::string &ip, const std::string &msg) {
        counts_[ip]++;
        std::string line = "[" + ip + "] " + msg;
        syslog(LOG_INFO, line.c_str());
    }

    int fd_ = -1;
    std::map<std::string, unsigned long> counts_;
};

int main() {
    openlog("logrelay", LOG_PID, LOG_DAEMON);
    LogRelay relay;
    if (!relay.open(5514)) {
        perror("bind");
        return 1;
    }
    relay.run();
    closelog();
    return 0;
}
