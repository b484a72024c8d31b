// blind-expect: behavior.tls-verification-disabled
// Minimal HTTPS client class built on OpenSSL that fetches a status page from a device on the LAN.
#include <netdb.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <sys/socket.h>
#include <unistd.h>
#include <iostream>
#include <string>

class TlsClient {
public:
    TlsClient() {
        ctx_ = SSL_CTX_new(TLS_client_method());
        SSL_CTX_set_verify(ctx_, SSL_VERIFY_NONE, nullptr);
    }
    ~TlsClient() {
        if (ssl_) { SSL_shutdown(ssl_); SSL_free(ssl_); }
        if (fd_ >= 0) close(fd_);
        SSL_CTX_free(ctx_);
    }

    bool connectTo(const std::string &host, const std::string &port) {
        addrinfo hints{}, *res = nullptr;
        hints.ai_socktype = SOCK_STREAM;
        if (getaddrinfo(host.c_str(), port.c_str(), &hints, &res) != 0) return false;
        fd_ = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
        bool ok = fd_ >= 0 && ::connect(fd_, res->ai_addr, res->ai_addrlen) == 0;
        freeaddrinfo(res);
        if (!ok) return false;
        ssl_ = SSL_new(ctx_);
        SSL_set_fd(ssl_, fd_);
        SSL_set_tlsext_host_name(ssl_, host.c_str());
        return SSL_connect(ssl_) == 1;
    }

    std::string get(const std::string &host, const std::string &path) {
        std::string req = "GET " + path + " HTTP/1.1\r\nHost: " + host +
                          "\r\nAuthorization: Basic YWRtaW46YWRtaW4=\r\nConnection: close\r\n\r\n";
        SSL_write(ssl_, req.data(), static_cast<int>(req.size()));
        std::string resp;
        char buf[4096];
        int n;
        while ((n = SSL_read(ssl_, buf, sizeof buf)) > 0) resp.append(buf, n);
        return resp;
    }

private:
    SSL_CTX *ctx_ = nullptr;
    SSL *ssl_ = nullptr;
    int fd_ = -1;
};

int main(int argc, char **argv) {
    std::string host = argc > 1 ? argv[1] : "192.168.1.20";
    TlsClient client;
    if (!client.connectTo(host, "443")) {
        ERR_print_errors_fp(stderr);
        return 1;
    }
    std::string page = client.get(host, "/api/status");
    auto body = page.find("\r\n\r\n");
    std::cout << (body == std::string::npos ? page : page.substr(body + 4)) << "\n";
    return 0;
}
