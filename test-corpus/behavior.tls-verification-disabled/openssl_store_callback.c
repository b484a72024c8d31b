/*
 * behavior.tls-verification-disabled: the check is replaced at the
 * certificate store. X509_STORE_set_verify_cb and
 * SSL_CTX_set_cert_verify_callback (and X509_STORE_CTX_set_verify_cb for a
 * chain checked by hand) install callbacks that return 1 on every
 * path (one of them a lambda-free helper with an early return that is 1
 * too), so no chain is ever rejected; the client then sends its request.
 */
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <string.h>

static int chain_ok(int ok, X509_STORE_CTX *store)
{
    (void)store;
    if (!ok)
        return 1; /* "self-signed is fine in staging" */
    return 1;
}

static int cert_ok(X509_STORE_CTX *store, void *arg)
{
    (void)store;
    (void)arg;
    return 1;
}

int push_status(SSL_CTX *ctx, int fd, const char *line)
{
    X509_STORE_set_verify_cb(SSL_CTX_get_cert_store(ctx), chain_ok);
    SSL *ssl = SSL_new(ctx);
    SSL_set_fd(ssl, fd);
    if (SSL_connect(ssl) != 1)
        return -1;
    return SSL_write(ssl, line, (int)strlen(line)); // $ Alert[behavior.tls-verification-disabled]
}

int push_report(SSL_CTX *ctx, int fd, const char *report)
{
    SSL_CTX_set_cert_verify_callback(ctx, cert_ok, NULL);
    SSL *ssl = SSL_new(ctx);
    SSL_set_fd(ssl, fd);
    if (SSL_connect(ssl) != 1)
        return -1;
    return SSL_write(ssl, report, (int)strlen(report)); // $ Alert[behavior.tls-verification-disabled]
}

int push_checked_chain(SSL *ssl, X509_STORE *store, STACK_OF(X509) *chain, const char *msg)
{
    X509_STORE_CTX *sctx = X509_STORE_CTX_new();
    X509_STORE_CTX_init(sctx, store, sk_X509_value(chain, 0), chain);
    X509_STORE_CTX_set_verify_cb(sctx, chain_ok);
    int ok = X509_verify_cert(sctx);
    X509_STORE_CTX_free(sctx);
    if (ok != 1)
        return -1;
    return SSL_write(ssl, msg, (int)strlen(msg)); // $ Alert[behavior.tls-verification-disabled]
}
