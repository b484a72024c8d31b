/*
 * taint.exfiltration over OpenSSL: a "key escrow" client that sends a
 * private key (DER via i2d_PrivateKey, or PEM through a memory BIO) over
 * TLS, a password with SSL_write_ex and a config line with BIO_puts.
 * Look-alikes load the key only to check it and send constant text.
 * It includes OpenSSL's headers; Sluice's bundled declarations serve them
 * when OpenSSL is not installed (models match by name).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>

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
