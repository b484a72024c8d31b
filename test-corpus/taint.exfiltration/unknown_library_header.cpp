// taint.exfiltration in C++ whose library header is not installed
// (telemetry/client.hpp exists nowhere): the unknown class, its factory
// function and its constant are declared from their uses and the file is
// parsed again, so the token read from the environment still reaches send()
// through a member function taking the unknown type. The look-alike sends a
// fixed heartbeat.
#include <cstdlib>
#include <cstring>
#include <string>
#include <sys/socket.h>
#include <telemetry/client.hpp> // $ Notification[tu-missing-headers]

class Reporter {
public:
    explicit Reporter(int fd) : fd_(fd) {}
    void report(TelemetryClient *client, const std::string &payload) {
        if (telemetry_level(client) >= LEVEL_VERBOSE)
            send(fd_, payload.data(), payload.size(), 0); // $ Alert[taint.exfiltration]
        send(fd_, "beat", 4, 0);
    }

private:
    int fd_;
};

int main() {
    TelemetryClient *client = telemetry_connect("collector.internal");
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    Reporter r(fd);
    const char *token = std::getenv("SERVICE_TOKEN");
    r.report(client, std::string("token=") + (token ? token : ""));
    return 0;
}
