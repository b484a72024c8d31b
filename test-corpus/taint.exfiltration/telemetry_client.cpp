// taint.exfiltration (C++): a telemetry client class. The socket is a
// member (send() is a sink whatever the descriptor's origin); environment
// values and the machine id file are sent. sendStatus() is a safe look-alike.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/socket.h>
#include <sys/types.h>

namespace telemetry {

class TelemetryClient {
public:
    explicit TelemetryClient(int sock) : sock_(sock) {}

    bool sendEnvironmentSnapshot();
    bool sendMachineId();
    bool sendStatus(int code);

private:
    int sock_;
};

bool TelemetryClient::sendEnvironmentSnapshot()
{
    char buf[512];
    const char *user = std::getenv("USER");
    const char *home = std::getenv("HOME");
    if (user == nullptr || home == nullptr)
        return false;
    std::snprintf(buf, sizeof(buf), "user=%s home=%s\n", user, home);
    return ::send(sock_, buf, std::strlen(buf), 0) > 0; // $ Alert[taint.exfiltration]
}

bool TelemetryClient::sendMachineId()
{
    char id[64] = {0};
    std::FILE *fp = std::fopen("/etc/machine-id", "r");
    if (fp == nullptr)
        return false;
    const bool ok = std::fgets(id, sizeof(id), fp) != nullptr;
    std::fclose(fp);
    if (!ok)
        return false;
    return ::send(sock_, id, std::strlen(id), 0) > 0; // $ Alert[taint.exfiltration]
}

bool TelemetryClient::sendStatus(int code)
{
    char buf[64];
    std::snprintf(buf, sizeof(buf), "status=%d\n", code);
    return ::send(sock_, buf, std::strlen(buf), 0) > 0;
}

} // namespace telemetry

bool report_startup(int sock)
{
    telemetry::TelemetryClient client(sock);
    return client.sendStatus(0) && client.sendMachineId() && client.sendEnvironmentSnapshot();
}
