/*
 * behavior.tls-verification-disabled through a configuration record: the
 * verify mode is a member of a static settings struct initialised with
 * SSL_VERIFY_NONE and never changed, handed to a helper as a const pointer;
 * the helper passes settings->verify to SSL_CTX_set_verify.
 */
#include <openssl/ssl.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

struct tls_settings {
    const char *ca_file;
    int verify;
    int timeout_s;
};

static struct tls_settings g_settings = {
    .ca_file = NULL,
    .verify = SSL_VERIFY_NONE,
    .timeout_s = 15,
};

static SSL_CTX *make_context(const struct tls_settings *settings)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    if (ctx)
        SSL_CTX_set_verify(ctx, settings->verify, NULL);
    return ctx;
}

int push_report(int fd, const char *report)
{
    SSL_CTX *ctx = make_context(&g_settings);
    SSL *ssl = SSL_new(ctx);
    SSL_set_fd(ssl, fd);
    if (SSL_connect(ssl) != 1)
        return -1;
    int n = SSL_write(ssl, report, (int)strlen(report)); // $ Alert[behavior.tls-verification-disabled]
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    return n;
}
