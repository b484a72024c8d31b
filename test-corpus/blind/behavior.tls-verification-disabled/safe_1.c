// blind-expect: none
// Heartbeat client that connects to the monitoring server over TLS, trusting only the company CA.
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
#define X509_V_OK 0
const SSL_METHOD *TLS_client_method(void);
SSL_CTX *SSL_CTX_new(const SSL_METHOD *meth);
void SSL_CTX_set_verify(SSL_CTX *ctx, int mode, SSL_verify_cb callback);
int SSL_CTX_load_verify_locations(SSL_CTX *ctx, const char *CAfile, const char *CApath);
void SSL_CTX_free(SSL_CTX *ctx);
SSL *SSL_new(SSL_CTX *ctx);
int SSL_set_fd(SSL *s, int fd);
int SSL_set1_host(SSL *s, const char *hostname);
int SSL_connect(SSL *ssl);
long SSL_get_verify_result(const SSL *ssl);
int SSL_write(SSL *ssl, const void *buf, int num);
void SSL_free(SSL *ssl);

#define MONITOR_HOST "monitor.example.com"

static int tcp_connect(const char *host, const char *port)
{
    struct addrinfo hints, *res;
    int fd;
    memset(&hints, 0, sizeof hints);
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host, port, &hints, &res) != 0)
        return -1;
    fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
    if (fd >= 0 && connect(fd, res->ai_addr, res->ai_addrlen) != 0) {
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    return fd;
}

int main(void)
{
    char host[64] = "unknown", msg[128];
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    if (!ctx)
        return 1;
    if (SSL_CTX_load_verify_locations(ctx, "/etc/monitor/company-ca.pem", NULL) != 1) {
        fprintf(stderr, "cannot load CA file\n");
        return 1;
    }
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);

    int fd = tcp_connect(MONITOR_HOST, "8443");
    if (fd < 0)
        return 1;
    SSL *ssl = SSL_new(ctx);
    SSL_set_fd(ssl, fd);
    SSL_set1_host(ssl, MONITOR_HOST);
    if (SSL_connect(ssl) != 1 || SSL_get_verify_result(ssl) != X509_V_OK) {
        fprintf(stderr, "server certificate not trusted\n");
        return 1;
    }
    gethostname(host, sizeof host);
    snprintf(msg, sizeof msg, "ALIVE %s\n", host);
    SSL_write(ssl, msg, (int)strlen(msg));
    SSL_free(ssl);
    close(fd);
    SSL_CTX_free(ctx);
    return 0;
}
