// blind-expect: none
// Small TLS echo server built on OpenSSL that serves clients without requesting client certificates.
#include <netinet/in.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static SSL_CTX *make_server_ctx(const char *cert, const char *key)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    if (!ctx)
        return NULL;
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    if (SSL_CTX_use_certificate_chain_file(ctx, cert) != 1 ||
        SSL_CTX_use_PrivateKey_file(ctx, key, SSL_FILETYPE_PEM) != 1) {
        SSL_CTX_free(ctx);
        return NULL;
    }
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
    return ctx;
}

static int listen_on(unsigned short port)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in addr;
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_ANY);
    if (bind(fd, (struct sockaddr *)&addr, sizeof addr) != 0 || listen(fd, 16) != 0)
        return -1;
    return fd;
}

static void serve(SSL_CTX *ctx, int client)
{
    SSL *ssl = SSL_new(ctx);
    SSL_set_fd(ssl, client);
    if (SSL_accept(ssl) == 1) {
        char buf[1024];
        int n;
        while ((n = SSL_read(ssl, buf, sizeof buf)) > 0)
            SSL_write(ssl, buf, n);
        SSL_shutdown(ssl);
    } else {
        ERR_print_errors_fp(stderr);
    }
    SSL_free(ssl);
}

int main(void)
{
    SSL_CTX *ctx = make_server_ctx("/etc/echod/server.crt", "/etc/echod/server.key");
    if (!ctx) {
        ERR_print_errors_fp(stderr);
        return 1;
    }
    int srv = listen_on(8443);
    if (srv < 0) {
        perror("listen");
        return 1;
    }
    for (;;) {
        int client = accept(srv, NULL, NULL);
        if (client < 0)
            continue;
        serve(ctx, client);
        close(client);
    }
}
