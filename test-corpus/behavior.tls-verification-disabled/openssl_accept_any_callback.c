/*
 * behavior.tls-verification-disabled, the disguised form: SSL_VERIFY_PEER
 * is requested, but the verify callback returns 1 for every certificate,
 * so verification failures are ignored. The client then sends an API
 * token with SSL_write. The effect is the same as SSL_VERIFY_NONE.
 */
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int accept_any(int preverify_ok, X509_STORE_CTX *store)
{
    (void)store;
    if (!preverify_ok)
        fprintf(stderr, "warning: certificate not trusted, continuing\n");
    return 1;
}

int main(void)
{
    struct addrinfo hints = {0}, *ai;
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo("api.example.io", "443", &hints, &ai) != 0)
        return 1;
    int fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
    if (fd < 0 || connect(fd, ai->ai_addr, ai->ai_addrlen) != 0)
        return 1;
    freeaddrinfo(ai);

    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_default_verify_paths(ctx);
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, accept_any);
    SSL *ssl = SSL_new(ctx);
    SSL_set_fd(ssl, fd);
    if (SSL_connect(ssl) != 1)
        return 1;
    const char *req = "GET /v2/jobs HTTP/1.1\r\nHost: api.example.io\r\nAuthorization: Bearer tok_9f8e7d\r\n\r\n";
    SSL_write(ssl, req, (int)strlen(req)); // $ Alert[behavior.tls-verification-disabled]
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    close(fd);
    return 0;
}
