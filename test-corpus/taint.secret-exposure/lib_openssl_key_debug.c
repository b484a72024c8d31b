/*
 * taint.secret-exposure with OpenSSL private keys: a key tool whose debug
 * output prints the raw private key (EVP_PKEY_get_raw_private_key), its DER
 * encoding (i2d_PrivateKey), an RSA key (RSA_print_fp) or its private
 * exponent (EVP_PKEY_get_bn_param, RSA_get0_key, EC_KEY_get0_private_key,
 * formatted with BN_bn2hex). Look-alikes print only the key size, the
 * public modulus or a public key, and write the key to a protected file
 * with PEM_write_PrivateKey.
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
int BN_num_bits(const BIGNUM *a);
RSA *PEM_read_RSA_PUBKEY(FILE *fp, RSA **x, pem_password_cb *cb, void *u);
void RSA_get0_key(const RSA *r, const BIGNUM **n, const BIGNUM **e, const BIGNUM **d);
const BIGNUM *RSA_get0_d(const RSA *r);
typedef struct ec_key_st EC_KEY;
EC_KEY *PEM_read_ECPrivateKey(FILE *fp, EC_KEY **key, pem_password_cb *cb, void *u);
const BIGNUM *EC_KEY_get0_private_key(const EC_KEY *key);

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
        RSA_print_fp(stderr, rsa, 0); // $ Alert[taint.secret-exposure]
}

void dump_exponent(FILE *pem)
{
    BIGNUM *d = NULL;
    EVP_PKEY *k = PEM_read_PrivateKey(pem, NULL, NULL, NULL);
    if (k && EVP_PKEY_get_bn_param(k, "d", &d) == 1)
        printf("d = %s\n", BN_bn2hex(d)); // $ Alert[taint.secret-exposure]
}

void dump_rsa_components(FILE *pem)
{
    const BIGNUM *n = NULL, *e = NULL, *d = NULL;
    RSA *rsa = PEM_read_RSAPrivateKey(pem, NULL, NULL, NULL);
    if (!rsa)
        return;
    RSA_get0_key(rsa, &n, &e, &d);
    fprintf(stderr, "n = %s\n", BN_bn2hex(n));
    fprintf(stderr, "d = %s\n", BN_bn2hex(d)); // $ Alert[taint.secret-exposure]
}

void dump_ec_scalar(FILE *pem)
{
    EC_KEY *ec = PEM_read_ECPrivateKey(pem, NULL, NULL, NULL);
    if (ec)
        printf("priv = %s\n", BN_bn2hex(EC_KEY_get0_private_key(ec))); // $ Alert[taint.secret-exposure]
}

void show_rsa_public(FILE *pem, FILE *pub_pem)
{
    const BIGNUM *n = NULL, *e = NULL;
    RSA *rsa = PEM_read_RSAPrivateKey(pem, NULL, NULL, NULL);
    if (!rsa)
        return;
    RSA_get0_key(rsa, &n, &e, NULL);
    printf("modulus: %s\n", BN_bn2hex(n));
    printf("private exponent: %d bits\n", BN_num_bits(RSA_get0_d(rsa)));
    RSA *pub = PEM_read_RSA_PUBKEY(pub_pem, NULL, NULL, NULL);
    if (pub)
        RSA_print_fp(stdout, pub, 0);
}

int describe_key(FILE *pem)
{
    EVP_PKEY *k = PEM_read_PrivateKey(pem, NULL, NULL, NULL);
    if (!k) {
        fprintf(stderr, "not a private key\n");
        return -1;
    }
    printf("private key loaded (%d bits)\n", EVP_PKEY_get_bits(k));
    BIGNUM *n = NULL;
    if (EVP_PKEY_get_bn_param(k, "n", &n) == 1)
        printf("modulus: %d bits\n", BN_num_bits(n));
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
