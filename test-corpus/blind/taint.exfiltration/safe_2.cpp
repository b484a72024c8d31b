// blind-expect: none
// Status pinger that connects to a host/port configured in the environment and sends a fixed health-check request.
#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>
#include <cstdlib>
#include <iostream>
#include <string>

static std::string envOr(const char *name, const char *def) {
    const char *v = std::getenv(name);
    return (v && *v) ? v : def;
}

class HealthCheck {
public:
    HealthCheck(std::string host, std::string port) : host_(std::move(host)), port_(std::move(port)) {}

    bool run() {
        addrinfo hints{}, *res = nullptr;
        hints.ai_socktype = SOCK_STREAM;
        if (getaddrinfo(host_.c_str(), port_.c_str(), &hints, &res) != 0)
            return false;
        int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
        bool ok = fd >= 0 && connect(fd, res->ai_addr, res->ai_addrlen) == 0;
        freeaddrinfo(res);
        if (ok) {
            static const char request[] = "GET /healthz HTTP/1.0\r\n\r\n";
            ok = send(fd, request, sizeof request - 1, 0) == (ssize_t)(sizeof request - 1);
        }
        if (fd >= 0)
            close(fd);
        return ok;
    }

private:
    std::string host_;
    std::string port_;
};

int main() {
    HealthCheck check(envOr("HEALTH_HOST", "127.0.0.1"), envOr("HEALTH_PORT", "8080"));
    bool ok = check.run();
    std::cout << (ok ? "healthy" : "unreachable") << std::endl;
    return ok ? 0 : 1;
}
