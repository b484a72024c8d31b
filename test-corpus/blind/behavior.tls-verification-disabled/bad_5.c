// blind-expect: behavior.tls-verification-disabled
// Mail notifier that sends a short status line to a notification relay over a TLS connection.
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
int SSL_CTX_set_default_verify_paths(SSL_CTX *ctx);
SSL *SSL_new(SSL_CTX *ctx);
void SSL_set_verify(SSL *s, int mode, SSL_verify_cb callback);
int SSL_set_fd(SSL *s, int fd);
int SSL_connect(SSL *ssl);
int SSL_write(SSL *ssl, const void *buf, int num);
void SSL_free(SSL *ssl);

struct relay_conf {
    const char *host;
    const char *port;
    int verify_mode;
};

static struct relay_conf g_relay = { "relay.example.org", "6697", SSL_VERIFY_NONE };

static int open_secure(const struct relay_conf *rc, SSL **out, int *fd_out)
{
    struct addrinfo hints = { .ai_socktype = SOCK_STREAM }, *res;
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    if (!ctx || getaddrinfo(rc->host, rc->port, &hints, &res) != 0)
        return -1;
    SSL_CTX_set_default_verify_paths(ctx);
    int fd = socket(res->ai_family, res->ai_socktype, 0);
    int ok = fd >= 0 && connect(fd, res->ai_addr, res->ai_addrlen) == 0;
    freeaddrinfo(res);
    if (!ok)
        return -1;
    SSL *ssl = SSL_new(ctx);
    SSL_set_verify(ssl, rc->verify_mode, NULL);
    SSL_set_fd(ssl, fd);
    if (SSL_connect(ssl) != 1)
        return -1;
    *out = ssl;
    *fd_out = fd;
    return 0;
}

int main(int argc, char **argv)
{
    SSL *ssl = NULL;
    int fd = -1;
    char line[256];
    snprintf(line, sizeof line, "NOTIFY backups %s\r\n", argc > 1 ? argv[1] : "ok");
    if (open_secure(&g_relay, &ssl, &fd) != 0) {
        fprintf(stderr, "cannot reach relay\n");
        return 1;
    }
    SSL_write(ssl, line, (int)strlen(line));
    SSL_free(ssl);
    close(fd);
    return 0;
}
