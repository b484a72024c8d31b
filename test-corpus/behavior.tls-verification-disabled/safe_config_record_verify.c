/*
 * Look-alikes of a configuration record turning verification off: one
 * record asks for SSL_VERIFY_PEER; another starts at SSL_VERIFY_NONE but the
 * program sets its mode from the command line before use, so which mode
 * runs is not fixed by the code (not reported).
 */
#include <openssl/ssl.h>
#include <stdlib.h>
#include <string.h>

struct tls_settings {
    int verify;
    int retries;
};

static struct tls_settings g_strict = { SSL_VERIFY_PEER, 3 };
static struct tls_settings g_runtime = { SSL_VERIFY_NONE, 3 };

static void apply(SSL *ssl, const struct tls_settings *s)
{
    SSL_set_verify(ssl, s->verify, NULL);
}

static int send_over(SSL *ssl, const char *msg)
{
    return SSL_write(ssl, msg, (int)strlen(msg));
}

int strict_client(SSL *ssl, const char *msg)
{
    apply(ssl, &g_strict);
    return send_over(ssl, msg);
}

int main(int argc, char **argv)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL *ssl = SSL_new(ctx);
    g_runtime.verify = argc > 1 ? atoi(argv[1]) : SSL_VERIFY_PEER;
    SSL_set_verify(ssl, g_runtime.verify, NULL);
    return send_over(ssl, "hello") > 0 ? 0 : 1;
}
