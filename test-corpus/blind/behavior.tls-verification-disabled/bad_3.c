// blind-expect: behavior.tls-verification-disabled
// Fetches the current exchange rates from a pricing API over TLS and prints the raw response.
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

typedef struct ssl_st SSL;
typedef struct ssl_ctx_st SSL_CTX;
typedef struct ssl_method_st SSL_METHOD;
typedef struct x509_store_ctx_st X509_STORE_CTX;
typedef int (*SSL_verify_cb)(int preverify_ok, X509_STORE_CTX *x509_ctx);
#define SSL_VERIFY_NONE 0x00
#define SSL_VERIFY_PEER 0x01
const SSL_METHOD *TLS_client_method(void);
SSL_CTX *SSL_CTX_new(const SSL_METHOD *meth);
void SSL_CTX_set_verify(SSL_CTX *ctx, int mode, SSL_verify_cb callback);
int SSL_CTX_set_default_verify_paths(SSL_CTX *ctx);
SSL *SSL_new(SSL_CTX *ctx);
int SSL_set_fd(SSL *s, int fd);
int SSL_set1_host(SSL *s, const char *hostname);
int SSL_connect(SSL *ssl);
int SSL_write(SSL *ssl, const void *buf, int num);
int SSL_read(SSL *ssl, void *buf, int num);
void SSL_free(SSL *ssl);
void SSL_CTX_free(SSL_CTX *ctx);

#define API_HOST "rates.example.net"

static int accept_any_cert(int preverify_ok, X509_STORE_CTX *x509_ctx)
{
    (void)preverify_ok;
    (void)x509_ctx;
    return 1;
}

static int dial(const char *host)
{
    struct addrinfo hints = { .ai_socktype = SOCK_STREAM }, *res;
    if (getaddrinfo(host, "443", &hints, &res) != 0)
        return -1;
    int fd = socket(res->ai_family, res->ai_socktype, 0);
    if (fd >= 0 && connect(fd, res->ai_addr, res->ai_addrlen) != 0) {
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    return fd;
}

int main(void)
{
    static const char req[] =
        "GET /v1/latest?base=EUR HTTP/1.1\r\nHost: " API_HOST "\r\nConnection: close\r\n\r\n";
    char buf[1024];
    int n;

    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_default_verify_paths(ctx);
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, accept_any_cert);

    int fd = dial(API_HOST);
    if (fd < 0)
        return 1;
    SSL *ssl = SSL_new(ctx);
    SSL_set_fd(ssl, fd);
    SSL_set1_host(ssl, API_HOST);
    if (SSL_connect(ssl) != 1)
        return 1;
    SSL_write(ssl, req, (int)strlen(req));
    while ((n = SSL_read(ssl, buf, sizeof buf)) > 0)
        fwrite(buf, 1, (size_t)n, stdout);
    SSL_free(ssl);
    close(fd);
    SSL_CTX_free(ctx);
    return 0;
}
