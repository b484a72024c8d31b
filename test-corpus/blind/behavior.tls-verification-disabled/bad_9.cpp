// blind-expect: behavior.tls-verification-disabled
// Uploads build artefact checksums to the internal release tracker over TLS.
#include <netdb.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <iostream>
#include <string>
#include <sys/socket.h>
#include <unistd.h>

class TlsClient {
public:
    TlsClient() : ctx_(SSL_CTX_new(TLS_client_method())) {
        SSL_CTX_set_verify(ctx_, SSL_VERIFY_NONE, nullptr);
    }
    ~TlsClient() {
        if (ssl_) SSL_free(ssl_);
        if (fd_ >= 0) close(fd_);
        SSL_CTX_free(ctx_);
    }

    bool open(const std::string &host, const std::string &port) {
        addrinfo hints{}, *res = nullptr;
        hints.ai_socktype = SOCK_STREAM;
        if (getaddrinfo(host.c_str(), port.c_str(), &hints, &res) != 0)
            return false;
        fd_ = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
        bool ok = fd_ >= 0 && connect(fd_, res->ai_addr, res->ai_addrlen) == 0;
        freeaddrinfo(res);
        if (!ok)
            return false;
        ssl_ = SSL_new(ctx_);
        SSL_set_fd(ssl_, fd_);
        SSL_set_tlsext_host_name(ssl_, host.c_str());
        return SSL_connect(ssl_) == 1;
    }

    std::string exchange(const std::string &request) {
        SSL_write(ssl_, request.data(), static_cast<int>(request.size()));
        std::string reply;
        char buf[2048];
        int n;
        while ((n = SSL_read(ssl_, buf, sizeof buf)) > 0)
            reply.append(buf, static_cast<size_t>(n));
        return reply;
    }

private:
    SSL_CTX *ctx_;
    SSL *ssl_ = nullptr;
    int fd_ = -1;
};

int main(int argc, char **argv)
{
    std::string body = "{\"artifact\":\"" + std::string(argc > 1 ? argv[1] : "app.tar.gz") +
                       "\",\"sha256\":\"" + std::string(argc > 2 ? argv[2] : "") + "\"}";
    TlsClient client;
    if (!client.open("releases.corp.example", "443")) {
        ERR_print_errors_fp(stderr);
        return 1;
    }
    std::string req = "POST /api/checksums HTTP/1.1\r\nHost: releases.corp.example\r\n"
                      "Content-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                      std::to_string(body.size()) + "\r\n\r\n" + body;
    std::cout << client.exchange(req) << "\n";
    return 0;
}
