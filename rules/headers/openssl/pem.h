// Sluice bundled declarations for OpenSSL (openssl/pem.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_OPENSSL_PEM_H
#define SLUICE_STUB_OPENSSL_PEM_H

#include <stdio.h>
#include <openssl/bio.h>
#include <openssl/safestack.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#ifdef __cplusplus
extern "C" {
#endif

#define PEM_BUFSIZE 1024

#define PEM_STRING_X509_OLD "X509 CERTIFICATE"
#define PEM_STRING_X509 "CERTIFICATE"
#define PEM_STRING_X509_TRUSTED "TRUSTED CERTIFICATE"
#define PEM_STRING_X509_REQ_OLD "NEW CERTIFICATE REQUEST"
#define PEM_STRING_X509_REQ "CERTIFICATE REQUEST"
#define PEM_STRING_X509_CRL "X509 CRL"
#define PEM_STRING_EVP_PKEY "ANY PRIVATE KEY"
#define PEM_STRING_PUBLIC "PUBLIC KEY"
#define PEM_STRING_RSA "RSA PRIVATE KEY"
#define PEM_STRING_RSA_PUBLIC "RSA PUBLIC KEY"
#define PEM_STRING_DSA "DSA PRIVATE KEY"
#define PEM_STRING_DSA_PUBLIC "DSA PUBLIC KEY"
#define PEM_STRING_PKCS7 "PKCS7"
#define PEM_STRING_PKCS7_SIGNED "PKCS #7 SIGNED DATA"
#define PEM_STRING_PKCS8 "ENCRYPTED PRIVATE KEY"
#define PEM_STRING_PKCS8INF "PRIVATE KEY"
#define PEM_STRING_DHPARAMS "DH PARAMETERS"
#define PEM_STRING_DHXPARAMS "X9.42 DH PARAMETERS"
#define PEM_STRING_SSL_SESSION "SSL SESSION PARAMETERS"
#define PEM_STRING_DSAPARAMS "DSA PARAMETERS"
#define PEM_STRING_ECDSA_PUBLIC "ECDSA PUBLIC KEY"
#define PEM_STRING_ECPARAMETERS "EC PARAMETERS"
#define PEM_STRING_ECPRIVATEKEY "EC PRIVATE KEY"
#define PEM_STRING_PARAMETERS "PARAMETERS"
#define PEM_STRING_CMS "CMS"

#define PEM_TYPE_ENCRYPTED 10
#define PEM_TYPE_MIC_ONLY 20
#define PEM_TYPE_MIC_CLEAR 30
#define PEM_TYPE_CLEAR 40

#define PEM_FLAG_SECURE 0x1
#define PEM_FLAG_EAY_COMPATIBLE 0x2
#define PEM_FLAG_ONLY_B64 0x4

/* ---- generic PEM blocks ---- */
int PEM_read_bio(BIO *bp, char **name, char **header, unsigned char **data, long *len);
int PEM_read_bio_ex(BIO *bp, char **name, char **header, unsigned char **data, long *len,
                    unsigned int flags);
int PEM_write_bio(BIO *bp, const char *name, const char *hdr, const unsigned char *data,
                  long len);
int PEM_read(FILE *fp, char **name, char **header, unsigned char **data, long *len);
int PEM_write(FILE *fp, const char *name, const char *hdr, const unsigned char *data, long len);
int PEM_bytes_read_bio(unsigned char **pdata, long *plen, char **pnm, const char *name, BIO *bp,
                       pem_password_cb *cb, void *u);
int PEM_def_callback(char *buf, int num, int rwflag, void *userdata);
STACK_OF(X509_INFO) *PEM_X509_INFO_read_bio(BIO *bp, STACK_OF(X509_INFO) *sk,
                                            pem_password_cb *cb, void *u);
STACK_OF(X509_INFO) *PEM_X509_INFO_read(FILE *fp, STACK_OF(X509_INFO) *sk,
                                        pem_password_cb *cb, void *u);

/* ---- private keys (any algorithm) ---- */
EVP_PKEY *PEM_read_bio_PrivateKey(BIO *bp, EVP_PKEY **x, pem_password_cb *cb, void *u);
EVP_PKEY *PEM_read_bio_PrivateKey_ex(BIO *bp, EVP_PKEY **x, pem_password_cb *cb, void *u,
                                     OSSL_LIB_CTX *libctx, const char *propq);
EVP_PKEY *PEM_read_PrivateKey(FILE *fp, EVP_PKEY **x, pem_password_cb *cb, void *u);
EVP_PKEY *PEM_read_PrivateKey_ex(FILE *fp, EVP_PKEY **x, pem_password_cb *cb, void *u,
                                 OSSL_LIB_CTX *libctx, const char *propq);
int PEM_write_bio_PrivateKey(BIO *bp, const EVP_PKEY *x, const EVP_CIPHER *enc,
                             const unsigned char *kstr, int klen, pem_password_cb *cb, void *u);
int PEM_write_bio_PrivateKey_ex(BIO *bp, const EVP_PKEY *x, const EVP_CIPHER *enc,
                                const unsigned char *kstr, int klen, pem_password_cb *cb,
                                void *u, OSSL_LIB_CTX *libctx, const char *propq);
int PEM_write_PrivateKey(FILE *fp, const EVP_PKEY *x, const EVP_CIPHER *enc,
                         const unsigned char *kstr, int klen, pem_password_cb *cb, void *u);
int PEM_write_PrivateKey_ex(FILE *fp, const EVP_PKEY *x, const EVP_CIPHER *enc,
                            const unsigned char *kstr, int klen, pem_password_cb *cb, void *u,
                            OSSL_LIB_CTX *libctx, const char *propq);
int PEM_write_bio_PrivateKey_traditional(BIO *bp, const EVP_PKEY *x, const EVP_CIPHER *enc,
                                         const unsigned char *kstr, int klen,
                                         pem_password_cb *cb, void *u);
int PEM_write_bio_PKCS8PrivateKey(BIO *bp, const EVP_PKEY *x, const EVP_CIPHER *enc,
                                  const char *kstr, int klen, pem_password_cb *cb, void *u);
int PEM_write_PKCS8PrivateKey(FILE *fp, const EVP_PKEY *x, const EVP_CIPHER *enc,
                              const char *kstr, int klen, pem_password_cb *cb, void *u);
int PEM_write_bio_PKCS8PrivateKey_nid(BIO *bp, const EVP_PKEY *x, int nid, const char *kstr,
                                      int klen, pem_password_cb *cb, void *u);
int PEM_write_PKCS8PrivateKey_nid(FILE *fp, const EVP_PKEY *x, int nid, const char *kstr,
                                  int klen, pem_password_cb *cb, void *u);
int i2d_PKCS8PrivateKey_bio(BIO *bp, const EVP_PKEY *x, const EVP_CIPHER *enc, const char *kstr,
                            int klen, pem_password_cb *cb, void *u);
int i2d_PKCS8PrivateKey_fp(FILE *fp, const EVP_PKEY *x, const EVP_CIPHER *enc, const char *kstr,
                           int klen, pem_password_cb *cb, void *u);
EVP_PKEY *d2i_PKCS8PrivateKey_bio(BIO *bp, EVP_PKEY **x, pem_password_cb *cb, void *u);
EVP_PKEY *d2i_PKCS8PrivateKey_fp(FILE *fp, EVP_PKEY **x, pem_password_cb *cb, void *u);

/* ---- public keys (any algorithm) ---- */
EVP_PKEY *PEM_read_bio_PUBKEY(BIO *bp, EVP_PKEY **x, pem_password_cb *cb, void *u);
EVP_PKEY *PEM_read_bio_PUBKEY_ex(BIO *bp, EVP_PKEY **x, pem_password_cb *cb, void *u,
                                 OSSL_LIB_CTX *libctx, const char *propq);
EVP_PKEY *PEM_read_PUBKEY(FILE *fp, EVP_PKEY **x, pem_password_cb *cb, void *u);
EVP_PKEY *PEM_read_PUBKEY_ex(FILE *fp, EVP_PKEY **x, pem_password_cb *cb, void *u,
                             OSSL_LIB_CTX *libctx, const char *propq);
int PEM_write_bio_PUBKEY(BIO *bp, const EVP_PKEY *x);
int PEM_write_bio_PUBKEY_ex(BIO *bp, const EVP_PKEY *x, OSSL_LIB_CTX *libctx, const char *propq);
int PEM_write_PUBKEY(FILE *fp, const EVP_PKEY *x);
int PEM_write_PUBKEY_ex(FILE *fp, const EVP_PKEY *x, OSSL_LIB_CTX *libctx, const char *propq);
EVP_PKEY *PEM_read_bio_Parameters(BIO *bp, EVP_PKEY **x);
EVP_PKEY *PEM_read_bio_Parameters_ex(BIO *bp, EVP_PKEY **x, OSSL_LIB_CTX *libctx,
                                     const char *propq);
int PEM_write_bio_Parameters(BIO *bp, const EVP_PKEY *x);

/* ---- certificates, requests, CRLs and algorithm-specific keys ---- */
/* X509 */
X509 *PEM_read_bio_X509(BIO *bp, X509 **x, pem_password_cb *cb, void *u);
X509 *PEM_read_X509(FILE *fp, X509 **x, pem_password_cb *cb, void *u);
int PEM_write_bio_X509(BIO *bp, const X509 *x);
int PEM_write_X509(FILE *fp, const X509 *x);
/* X509_AUX */
X509 *PEM_read_bio_X509_AUX(BIO *bp, X509 **x, pem_password_cb *cb, void *u);
X509 *PEM_read_X509_AUX(FILE *fp, X509 **x, pem_password_cb *cb, void *u);
int PEM_write_bio_X509_AUX(BIO *bp, const X509 *x);
int PEM_write_X509_AUX(FILE *fp, const X509 *x);
/* X509_REQ */
X509_REQ *PEM_read_bio_X509_REQ(BIO *bp, X509_REQ **x, pem_password_cb *cb, void *u);
X509_REQ *PEM_read_X509_REQ(FILE *fp, X509_REQ **x, pem_password_cb *cb, void *u);
int PEM_write_bio_X509_REQ(BIO *bp, const X509_REQ *x);
int PEM_write_X509_REQ(FILE *fp, const X509_REQ *x);
/* X509_REQ_NEW */
int PEM_write_bio_X509_REQ_NEW(BIO *bp, const X509_REQ *x);
int PEM_write_X509_REQ_NEW(FILE *fp, const X509_REQ *x);
/* X509_CRL */
X509_CRL *PEM_read_bio_X509_CRL(BIO *bp, X509_CRL **x, pem_password_cb *cb, void *u);
X509_CRL *PEM_read_X509_CRL(FILE *fp, X509_CRL **x, pem_password_cb *cb, void *u);
int PEM_write_bio_X509_CRL(BIO *bp, const X509_CRL *x);
int PEM_write_X509_CRL(FILE *fp, const X509_CRL *x);
/* X509_PUBKEY */
X509_PUBKEY *PEM_read_bio_X509_PUBKEY(BIO *bp, X509_PUBKEY **x, pem_password_cb *cb, void *u);
X509_PUBKEY *PEM_read_X509_PUBKEY(FILE *fp, X509_PUBKEY **x, pem_password_cb *cb, void *u);
int PEM_write_bio_X509_PUBKEY(BIO *bp, const X509_PUBKEY *x);
int PEM_write_X509_PUBKEY(FILE *fp, const X509_PUBKEY *x);
/* PKCS8 */
X509_SIG *PEM_read_bio_PKCS8(BIO *bp, X509_SIG **x, pem_password_cb *cb, void *u);
X509_SIG *PEM_read_PKCS8(FILE *fp, X509_SIG **x, pem_password_cb *cb, void *u);
int PEM_write_bio_PKCS8(BIO *bp, const X509_SIG *x);
int PEM_write_PKCS8(FILE *fp, const X509_SIG *x);
/* PKCS8_PRIV_KEY_INFO */
PKCS8_PRIV_KEY_INFO *PEM_read_bio_PKCS8_PRIV_KEY_INFO(BIO *bp, PKCS8_PRIV_KEY_INFO **x, pem_password_cb *cb, void *u);
PKCS8_PRIV_KEY_INFO *PEM_read_PKCS8_PRIV_KEY_INFO(FILE *fp, PKCS8_PRIV_KEY_INFO **x, pem_password_cb *cb, void *u);
int PEM_write_bio_PKCS8_PRIV_KEY_INFO(BIO *bp, const PKCS8_PRIV_KEY_INFO *x);
int PEM_write_PKCS8_PRIV_KEY_INFO(FILE *fp, const PKCS8_PRIV_KEY_INFO *x);
/* RSAPublicKey */
RSA *PEM_read_bio_RSAPublicKey(BIO *bp, RSA **x, pem_password_cb *cb, void *u);
RSA *PEM_read_RSAPublicKey(FILE *fp, RSA **x, pem_password_cb *cb, void *u);
int PEM_write_bio_RSAPublicKey(BIO *bp, const RSA *x);
int PEM_write_RSAPublicKey(FILE *fp, const RSA *x);
/* RSA_PUBKEY */
RSA *PEM_read_bio_RSA_PUBKEY(BIO *bp, RSA **x, pem_password_cb *cb, void *u);
RSA *PEM_read_RSA_PUBKEY(FILE *fp, RSA **x, pem_password_cb *cb, void *u);
int PEM_write_bio_RSA_PUBKEY(BIO *bp, const RSA *x);
int PEM_write_RSA_PUBKEY(FILE *fp, const RSA *x);
/* DSA_PUBKEY */
DSA *PEM_read_bio_DSA_PUBKEY(BIO *bp, DSA **x, pem_password_cb *cb, void *u);
DSA *PEM_read_DSA_PUBKEY(FILE *fp, DSA **x, pem_password_cb *cb, void *u);
int PEM_write_bio_DSA_PUBKEY(BIO *bp, const DSA *x);
int PEM_write_DSA_PUBKEY(FILE *fp, const DSA *x);
/* DSAparams */
DSA *PEM_read_bio_DSAparams(BIO *bp, DSA **x, pem_password_cb *cb, void *u);
DSA *PEM_read_DSAparams(FILE *fp, DSA **x, pem_password_cb *cb, void *u);
int PEM_write_bio_DSAparams(BIO *bp, const DSA *x);
int PEM_write_DSAparams(FILE *fp, const DSA *x);
/* ECPKParameters */
EC_GROUP *PEM_read_bio_ECPKParameters(BIO *bp, EC_GROUP **x, pem_password_cb *cb, void *u);
EC_GROUP *PEM_read_ECPKParameters(FILE *fp, EC_GROUP **x, pem_password_cb *cb, void *u);
int PEM_write_bio_ECPKParameters(BIO *bp, const EC_GROUP *x);
int PEM_write_ECPKParameters(FILE *fp, const EC_GROUP *x);
/* EC_PUBKEY */
EC_KEY *PEM_read_bio_EC_PUBKEY(BIO *bp, EC_KEY **x, pem_password_cb *cb, void *u);
EC_KEY *PEM_read_EC_PUBKEY(FILE *fp, EC_KEY **x, pem_password_cb *cb, void *u);
int PEM_write_bio_EC_PUBKEY(BIO *bp, const EC_KEY *x);
int PEM_write_EC_PUBKEY(FILE *fp, const EC_KEY *x);
/* DHparams */
DH *PEM_read_bio_DHparams(BIO *bp, DH **x, pem_password_cb *cb, void *u);
DH *PEM_read_DHparams(FILE *fp, DH **x, pem_password_cb *cb, void *u);
int PEM_write_bio_DHparams(BIO *bp, const DH *x);
int PEM_write_DHparams(FILE *fp, const DH *x);
/* RSAPrivateKey */
RSA *PEM_read_bio_RSAPrivateKey(BIO *bp, RSA **x, pem_password_cb *cb, void *u);
RSA *PEM_read_RSAPrivateKey(FILE *fp, RSA **x, pem_password_cb *cb, void *u);
int PEM_write_bio_RSAPrivateKey(BIO *bp, const RSA *x, const EVP_CIPHER *enc,
                        const unsigned char *kstr, int klen, pem_password_cb *cb, void *u);
int PEM_write_RSAPrivateKey(FILE *fp, const RSA *x, const EVP_CIPHER *enc,
                    const unsigned char *kstr, int klen, pem_password_cb *cb, void *u);
/* DSAPrivateKey */
DSA *PEM_read_bio_DSAPrivateKey(BIO *bp, DSA **x, pem_password_cb *cb, void *u);
DSA *PEM_read_DSAPrivateKey(FILE *fp, DSA **x, pem_password_cb *cb, void *u);
int PEM_write_bio_DSAPrivateKey(BIO *bp, const DSA *x, const EVP_CIPHER *enc,
                        const unsigned char *kstr, int klen, pem_password_cb *cb, void *u);
int PEM_write_DSAPrivateKey(FILE *fp, const DSA *x, const EVP_CIPHER *enc,
                    const unsigned char *kstr, int klen, pem_password_cb *cb, void *u);
/* ECPrivateKey */
EC_KEY *PEM_read_bio_ECPrivateKey(BIO *bp, EC_KEY **x, pem_password_cb *cb, void *u);
EC_KEY *PEM_read_ECPrivateKey(FILE *fp, EC_KEY **x, pem_password_cb *cb, void *u);
int PEM_write_bio_ECPrivateKey(BIO *bp, const EC_KEY *x, const EVP_CIPHER *enc,
                        const unsigned char *kstr, int klen, pem_password_cb *cb, void *u);
int PEM_write_ECPrivateKey(FILE *fp, const EC_KEY *x, const EVP_CIPHER *enc,
                    const unsigned char *kstr, int klen, pem_password_cb *cb, void *u);

#ifdef __cplusplus
}
#endif

#endif /* SLUICE_STUB_OPENSSL_PEM_H */
