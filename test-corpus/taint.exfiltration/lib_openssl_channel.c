/*
 * taint.exfiltration over OpenSSL: secrets and file contents written to a
 * TLS connection or BIO, a private key exported and sent; look-alikes send
 * constants and keep the key local. It includes OpenSSL's headers; Sluice's
 * bundled declarations serve them when OpenSSL is not installed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>

int send_password(SSL *ssl)
{
    const char *pw = getenv("SMTP_PASSWORD");
    return pw ? SSL_write(ssl, pw, (int)strlen(pw)) : -1; // $ Alert[taint.exfiltration]
}

int forward_file(BIO *out, FILE *in)
{
    char line[256];
    if (!fgets(line, sizeof(line), in))
        return -1;
    return BIO_write(out, line, (int)strlen(line)); // $ Alert[taint.exfiltration]
}

int leak_key(SSL *ssl, FILE *keyfile)
{
    unsigned char raw[64];
    size_t len = sizeof(raw);
    EVP_PKEY *k = PEM_read_PrivateKey(keyfile, NULL, NULL, NULL);
    if (!k || EVP_PKEY_get_raw_private_key(k, raw, &len) != 1)
        return -1;
    return SSL_write(ssl, raw, (int)len); // $ Alert[taint.exfiltration]
}

int backup_key(BIO *bio, BIO *net, FILE *keyfile)
{
    char buf[512];
    EVP_PKEY *k = PEM_read_PrivateKey(keyfile, NULL, NULL, NULL);
    if (!k || PEM_write_bio_PrivateKey(bio, k, NULL, NULL, 0, NULL, NULL) != 1)
        return -1;
    int n = BIO_read(bio, buf, sizeof(buf));
    return n > 0 ? BIO_write(net, buf, n) : -1; // $ Alert[taint.exfiltration]
}

int greet(SSL *ssl, BIO *b)
{
    char reply[64];
    if (SSL_write(ssl, "HELO sluice\r\n", 13) <= 0)
        return -1;
    if (SSL_read(ssl, reply, sizeof(reply)) <= 0)
        return -1;
    return BIO_write(b, "done\n", 5) + (reply[0] == '2');
}

int key_is_loaded(FILE *keyfile)
{
    unsigned char raw[64];
    size_t len = sizeof(raw);
    EVP_PKEY *k = PEM_read_PrivateKey(keyfile, NULL, NULL, NULL);
    return k && EVP_PKEY_get_raw_private_key(k, raw, &len) == 1 && len == 32;
}
