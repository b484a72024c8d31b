/*
 * behavior.tls-verification-disabled, safe look-alikes: verify callbacks
 * that log and pass OpenSSL's verdict on (return preverify_ok), or accept
 * only a pinned certificate and reject the rest. Verification stays on.
 */
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <stdio.h>
#include <string.h>

static int log_and_keep(int preverify_ok, X509_STORE_CTX *store)
{
    if (!preverify_ok)
        fprintf(stderr, "certificate rejected at depth %d\n", X509_STORE_CTX_get_error_depth(store));
    return preverify_ok;
}

static int pinned_only(X509_STORE_CTX *store, void *arg)
{
    X509 *leaf = X509_STORE_CTX_get0_cert(store);
    unsigned char md[32];
    unsigned int n = 0;
    if (!leaf || !X509_digest(leaf, EVP_sha256(), md, &n))
        return 0;
    return memcmp(md, arg, sizeof md) == 0 ? 1 : 0;
}

int send_checked(SSL_CTX *ctx, int fd, const char *msg, const unsigned char *pin)
{
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, log_and_keep);
    X509_STORE_set_verify_cb(SSL_CTX_get_cert_store(ctx), log_and_keep);
    SSL_CTX_set_cert_verify_callback(ctx, pinned_only, (void *)pin);
    SSL *ssl = SSL_new(ctx);
    SSL_set_fd(ssl, fd);
    if (SSL_connect(ssl) != 1)
        return -1;
    return SSL_write(ssl, msg, (int)strlen(msg));
}

int send_after_chain_check(SSL *ssl, X509_STORE *store, STACK_OF(X509) *chain, const char *msg)
{
    X509_STORE_CTX *sctx = X509_STORE_CTX_new();
    X509_STORE_CTX_init(sctx, store, sk_X509_value(chain, 0), chain);
    X509_STORE_CTX_set_verify_cb(sctx, log_and_keep);
    int ok = X509_verify_cert(sctx);
    X509_STORE_CTX_free(sctx);
    if (ok != 1)
        return -1;
    return SSL_write(ssl, msg, (int)strlen(msg));
}
