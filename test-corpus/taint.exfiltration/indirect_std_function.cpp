// taint.exfiltration (C++), indirect calls: std::function. A transport
// callback stored in a std::function (a lambda and a plain function) is
// handed the contents of a credentials file and an environment token; a
// std::function member of an uploader class is invoked with a tainted
// payload. Look-alikes: a std::function wrapping a sender that is only ever
// called with literals, and one wrapping a local logger.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>
#include <sys/socket.h>
#include <sys/types.h>

using Transport = std::function<bool(const std::string &)>;

static bool send_raw(int sock, const std::string &data)
{
    return ::send(sock, data.data(), data.size(), 0) >= 0; // $ Alert[taint.exfiltration]
}

class Uploader {
public:
    explicit Uploader(Transport t) : transport_(std::move(t)) {}
    bool upload(const std::string &payload) { return transport_("PUT " + payload); }

private:
    Transport transport_;
};

static std::string read_file(const char *path)
{
    std::string out;
    char buf[512];
    if (std::FILE *fp = std::fopen(path, "r")) {
        while (std::fgets(buf, sizeof(buf), fp) != nullptr)
            out += buf;
        std::fclose(fp);
    }
    return out;
}

bool sync_credentials(int sock)
{
    Transport t = [sock](const std::string &d) { return send_raw(sock, d); };
    return t(read_file("/etc/app/credentials.json"));
}

bool announce_token(int sock)
{
    const char *token = std::getenv("SERVICE_TOKEN");
    Transport t = std::bind(send_raw, sock, std::placeholders::_1);
    Uploader up(t);
    return token != nullptr && up.upload(token);
}

bool send_keepalive(int sock)
{
    std::function<ssize_t(const char *)> ping = [sock](const char *m) {
        return ::send(sock, m, std::strlen(m), MSG_DONTWAIT);
    };
    return ping("PING\n") >= 0 && ping("PING\n") >= 0;
}

bool log_token_presence()
{
    const char *token = std::getenv("SERVICE_TOKEN");
    std::function<void(const char *)> log = [](const char *m) { std::fprintf(stderr, "%s\n", m); }; // $ Alert[taint.secret-exposure]
    log(token ? token : "(no token)");
    return token != nullptr;
}
