/*
 * behavior.tls-verification-disabled with OpenSSL: a client that builds its
 * context in a helper with SSL_CTX_set_verify(SSL_VERIFY_NONE) "to make
 * the handshake work", then logs in over the connection with SSL_write and
 * reads the answer with SSL_read. Any certificate, from anyone, is accepted.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static SSL_CTX *make_ctx(void)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    if (!ctx)
        return NULL;
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
    return ctx;
}

static int tcp_connect(const char *host, const char *port)
{
    struct addrinfo hints = {0}, *ai;
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host, port, &hints, &ai) != 0)
        return -1;
    int fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
    if (fd >= 0 && connect(fd, ai->ai_addr, ai->ai_addrlen) != 0) {
        close(fd);
        fd = -1;
    }
    freeaddrinfo(ai);
    return fd;
}

int main(void)
{
    char reply[512];
    SSL_CTX *ctx = make_ctx();
    int fd = tcp_connect("mail.example.org", "993");
    if (!ctx || fd < 0)
        return 1;
    SSL *ssl = SSL_new(ctx);
    SSL_set_fd(ssl, fd);
    SSL_set_tlsext_host_name(ssl, "mail.example.org");
    if (SSL_connect(ssl) != 1) {
        ERR_print_errors_fp(stderr);
        return 1;
    }
    const char *login = "a1 LOGIN monitor s3cr3t-pass\r\n";
    SSL_write(ssl, login, (int)strlen(login)); // $ Alert[behavior.tls-verification-disabled]
    int n = SSL_read(ssl, reply, sizeof(reply) - 1); // $ Alert[behavior.tls-verification-disabled]
    if (n > 0) {
        reply[n] = '\0';
        fputs(reply, stdout);
    }
    SSL_shutdown(ssl);
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    close(fd);
    return 0;
}
