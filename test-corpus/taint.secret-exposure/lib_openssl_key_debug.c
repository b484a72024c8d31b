/*
 * taint.secret-exposure with OpenSSL private keys: a key tool whose debug
 * output prints the raw private key (EVP_PKEY_get_raw_private_key), its DER
 * encoding (i2d_PrivateKey), an RSA key (RSA_print_fp) or its private
 * exponent (EVP_PKEY_get_bn_param). Look-alikes print only the key size
 * and write the key to a protected file with PEM_write_PrivateKey.
 * OpenSSL declarations are written out (models match by name).
 */
#include <stdio.h>

typedef struct evp_pkey_st EVP_PKEY;
typedef int pem_password_cb(char *buf, int size, int rwflag, void *u);
#define EVP_PKEY_ED25519 1087
EVP_PKEY *PEM_read_PrivateKey(FILE *fp, EVP_PKEY **x, pem_password_cb *cb, void *u);
EVP_PKEY *d2i_PrivateKey(int type, EVP_PKEY **a, const unsigned char **pp, long length);
int EVP_PKEY_get_raw_private_key(const EVP_PKEY *pkey, unsigned char *priv, size_t *len);
int i2d_PrivateKey(const EVP_PKEY *a, unsigned char **pp);
int PEM_write_PrivateKey(FILE *fp, const EVP_PKEY *x, const void *enc, unsigned char *kstr,
                         int klen, pem_password_cb *cb, void *u);
int EVP_PKEY_get_bits(const EVP_PKEY *pkey);
typedef struct rsa_st RSA;
typedef struct bignum_st BIGNUM;
RSA *PEM_read_RSAPrivateKey(FILE *fp, RSA **x, pem_password_cb *cb, void *u);
int RSA_print_fp(FILE *fp, const RSA *r, int offset);
int EVP_PKEY_get_bn_param(const EVP_PKEY *pkey, const char *key_name, BIGNUM **bn);
char *BN_bn2hex(const BIGNUM *a);

void dump_ed25519(FILE *pem)
{
    unsigned char raw[32];
    size_t len = sizeof(raw);
    EVP_PKEY *k = PEM_read_PrivateKey(pem, NULL, NULL, NULL);
    if (!k || EVP_PKEY_get_raw_private_key(k, raw, &len) != 1)
        return;
    for (size_t i = 0; i < len; i++)
        printf("%02x", raw[i]); // $ Alert[taint.secret-exposure]
    printf("\n");
}

void trace_der(const unsigned char *blob, long bloblen)
{
    unsigned char der[256];
    unsigned char *p = der;
    EVP_PKEY *k = d2i_PrivateKey(EVP_PKEY_ED25519, NULL, &blob, bloblen);
    if (!k || i2d_PrivateKey(k, NULL) > (int)sizeof(der))
        return;
    int n = i2d_PrivateKey(k, &p);
    for (int i = 0; i < n; i++)
        fprintf(stderr, "%02x%s", der[i], i + 1 < n ? ":" : "\n"); // $ Alert[taint.secret-exposure]
}

void dump_rsa(FILE *pem)
{
    RSA *rsa = PEM_read_RSAPrivateKey(pem, NULL, NULL, NULL);
    if (rsa)
        RSA_print_fp(stderr, rsa, 0); // $ MISSING: Alert[taint.secret-exposure]
}

void dump_exponent(FILE *pem)
{
    BIGNUM *d = NULL;
    EVP_PKEY *k = PEM_read_PrivateKey(pem, NULL, NULL, NULL);
    if (k && EVP_PKEY_get_bn_param(k, "d", &d) == 1)
        printf("d = %s\n", BN_bn2hex(d)); // $ MISSING: Alert[taint.secret-exposure]
}

int describe_key(FILE *pem)
{
    EVP_PKEY *k = PEM_read_PrivateKey(pem, NULL, NULL, NULL);
    if (!k) {
        fprintf(stderr, "not a private key\n");
        return -1;
    }
    printf("private key loaded (%d bits)\n", EVP_PKEY_get_bits(k));
    return 0;
}

int convert_key(const unsigned char *blob, long bloblen, FILE *out)
{
    EVP_PKEY *k = d2i_PrivateKey(EVP_PKEY_ED25519, NULL, &blob, bloblen);
    if (!k || PEM_write_PrivateKey(out, k, NULL, NULL, 0, NULL, NULL) != 1) {
        fprintf(stderr, "conversion failed\n");
        return -1;
    }
    printf("key written in PEM form\n");
    return 0;
}
