// Sluice bundled declarations for OpenSSL (openssl/hmac.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_OPENSSL_HMAC_H
#define SLUICE_STUB_OPENSSL_HMAC_H

#include <openssl/evp.h>

#ifdef __cplusplus
extern "C" {
#endif

#define HMAC_MAX_MD_CBLOCK 200

/* one-shot HMAC */
unsigned char *HMAC(const EVP_MD *evp_md, const void *key, int key_len,
                    const unsigned char *data, size_t data_len, unsigned char *md,
                    unsigned int *md_len);

/* incremental HMAC (deprecated in OpenSSL 3 in favour of EVP_MAC) */
size_t HMAC_size(const HMAC_CTX *e);
HMAC_CTX *HMAC_CTX_new(void);
int HMAC_CTX_reset(HMAC_CTX *ctx);
void HMAC_CTX_free(HMAC_CTX *ctx);
int HMAC_Init(HMAC_CTX *ctx, const void *key, int len, const EVP_MD *md);
int HMAC_Init_ex(HMAC_CTX *ctx, const void *key, int len, const EVP_MD *md, ENGINE *impl);
int HMAC_Update(HMAC_CTX *ctx, const unsigned char *data, size_t len);
int HMAC_Final(HMAC_CTX *ctx, unsigned char *md, unsigned int *len);
int HMAC_CTX_copy(HMAC_CTX *dctx, HMAC_CTX *sctx);
void HMAC_CTX_set_flags(HMAC_CTX *ctx, unsigned long flags);
const EVP_MD *HMAC_CTX_get_md(const HMAC_CTX *ctx);

#ifdef __cplusplus
}
#endif

#endif /* SLUICE_STUB_OPENSSL_HMAC_H */
