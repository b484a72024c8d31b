// blind-expect: none
// Small TLS echo service used to test client connectivity in the lab.
#include <netinet/in.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <stdio.h>
#include <sys/socket.h>
#include <unistd.h>

static SSL_CTX *make_server_ctx(const char *cert, const char *key)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    if (!ctx)
        return NULL;
    if (SSL_CTX_use_certificate_chain_file(ctx, cert) != 1 ||
        SSL_CTX_use_PrivateKey_file(ctx, key, SSL_FILETYPE_PEM) != 1) {
        SSL_CTX_free(ctx);
        return NULL;
    }
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
    return ctx;
}

static void handle(SSL_CTX *ctx, int client)
{
    char buf[1024];
    SSL *ssl = SSL_new(ctx);
    SSL_set_fd(ssl, client);
    if (SSL_accept(ssl) == 1) {
        int n;
        while ((n = SSL_read(ssl, buf, sizeof buf)) > 0)
            SSL_write(ssl, buf, n);
    } else {
        ERR_print_errors_fp(stderr);
    }
    SSL_shutdown(ssl);
    SSL_free(ssl);
}

int main(void)
{
    SSL_CTX *ctx = make_server_ctx("/etc/echod/server.crt", "/etc/echod/server.key");
    if (!ctx) {
        ERR_print_errors_fp(stderr);
        return 1;
    }
    int srv = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = {0};
    a.sin_family = AF_INET;
    a.sin_port = htons(8443);
    a.sin_addr.s_addr = htonl(INADDR_ANY);
    if (bind(srv, (struct sockaddr *)&a, sizeof a) != 0 || listen(srv, 8) != 0) {
        perror("listen");
        return 1;
    }
    for (;;) {
        int c = accept(srv, NULL, NULL);
        if (c < 0)
            continue;
        handle(ctx, c);
        close(c);
    }
}
