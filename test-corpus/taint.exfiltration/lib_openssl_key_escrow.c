/*
 * taint.exfiltration over OpenSSL: a "key escrow" client that sends a
 * private key (DER via i2d_PrivateKey, or PEM through a memory BIO) over
 * TLS, a password with SSL_write_ex and a config line with BIO_puts.
 * Look-alikes load the key only to check it and send constant text.
 * OpenSSL declarations are written out (models match by name).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct ssl_st SSL;
typedef struct bio_st BIO;
typedef struct evp_pkey_st EVP_PKEY;
typedef int pem_password_cb(char *buf, int size, int rwflag, void *u);
int SSL_write(SSL *ssl, const void *buf, int num);
int SSL_write_ex(SSL *s, const void *buf, size_t num, size_t *written);
int BIO_puts(BIO *bp, const char *buf);
int BIO_read(BIO *b, void *data, int dlen);
EVP_PKEY *PEM_read_bio_PrivateKey(BIO *bp, EVP_PKEY **x, pem_password_cb *cb, void *u);
EVP_PKEY *d2i_AutoPrivateKey(EVP_PKEY **a, const unsigned char **pp, long length);
int i2d_PrivateKey(const EVP_PKEY *a, unsigned char **pp);
int PEM_write_bio_PrivateKey(BIO *bp, const EVP_PKEY *x, const void *enc, unsigned char *kstr,
                             int klen, pem_password_cb *cb, void *u);
int EVP_PKEY_get_bits(const EVP_PKEY *pkey);

int escrow_der(SSL *ssl, BIO *keyfile)
{
    unsigned char der[4096];
    unsigned char *p = der;
    EVP_PKEY *k = PEM_read_bio_PrivateKey(keyfile, NULL, NULL, NULL);
    if (!k || i2d_PrivateKey(k, NULL) > (int)sizeof(der))
        return -1;
    int len = i2d_PrivateKey(k, &p);
    return SSL_write(ssl, der, len); // $ Alert[taint.exfiltration]
}

int escrow_pem(SSL *ssl, BIO *mem, const unsigned char *blob, long bloblen)
{
    char pem[4096];
    EVP_PKEY *k = d2i_AutoPrivateKey(NULL, &blob, bloblen);
    if (!k || PEM_write_bio_PrivateKey(mem, k, NULL, NULL, 0, NULL, NULL) != 1)
        return -1;
    int n = BIO_read(mem, pem, sizeof(pem));
    size_t written = 0;
    return n > 0 ? SSL_write_ex(ssl, pem, (size_t)n, &written) : -1; // $ Alert[taint.exfiltration]
}

int smtp_auth(SSL *ssl)
{
    const char *pw = getenv("SMTP_PASSWORD");
    size_t written = 0;
    return pw ? SSL_write_ex(ssl, pw, strlen(pw), &written) : -1; // $ Alert[taint.exfiltration]
}

int announce(BIO *out, FILE *cfg)
{
    char line[256];
    if (!fgets(line, sizeof(line), cfg))
        return -1;
    return BIO_puts(out, line); // $ Alert[taint.exfiltration]
}

int key_is_strong(BIO *keyfile)
{
    EVP_PKEY *k = PEM_read_bio_PrivateKey(keyfile, NULL, NULL, NULL);
    return k != NULL && EVP_PKEY_get_bits(k) >= 2048 && i2d_PrivateKey(k, NULL) > 0;
}

int say_hello(SSL *ssl, BIO *out, BIO *mem)
{
    size_t written = 0;
    char banner[64];
    if (SSL_write_ex(ssl, "EHLO client\r\n", 13, &written) != 1)
        return -1;
    if (BIO_read(mem, banner, sizeof(banner)) > 0 && SSL_write(ssl, "NOOP\r\n", 6) <= 0)
        return -1;
    return BIO_puts(out, "hello\n");
}
