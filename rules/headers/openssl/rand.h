// Sluice bundled declarations for OpenSSL (openssl/rand.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_OPENSSL_RAND_H
#define SLUICE_STUB_OPENSSL_RAND_H

#include <stdlib.h>
#include <openssl/types.h>
#include <openssl/evp.h>

#ifdef __cplusplus
extern "C" {
#endif

#define RAND_DRBG_STRENGTH 256
#define RAND_cleanup() while (0) continue

int RAND_bytes(unsigned char *buf, int num);
int RAND_priv_bytes(unsigned char *buf, int num);
int RAND_bytes_ex(OSSL_LIB_CTX *ctx, unsigned char *buf, size_t num, unsigned int strength);
int RAND_priv_bytes_ex(OSSL_LIB_CTX *ctx, unsigned char *buf, size_t num, unsigned int strength);
int RAND_pseudo_bytes(unsigned char *buf, int num);

EVP_RAND_CTX *RAND_get0_primary(OSSL_LIB_CTX *ctx);
EVP_RAND_CTX *RAND_get0_public(OSSL_LIB_CTX *ctx);
EVP_RAND_CTX *RAND_get0_private(OSSL_LIB_CTX *ctx);

void RAND_seed(const void *buf, int num);
void RAND_add(const void *buf, int num, double randomness);
void RAND_keep_random_devices_open(int keep);
int RAND_load_file(const char *file, long max_bytes);
int RAND_write_file(const char *file);
const char *RAND_file_name(char *file, size_t num);
int RAND_status(void);
int RAND_poll(void);

int RAND_set_rand_method(const RAND_METHOD *meth);
const RAND_METHOD *RAND_get_rand_method(void);
int RAND_set_rand_engine(ENGINE *engine);
RAND_METHOD *RAND_OpenSSL(void);

#ifdef __cplusplus
}
#endif

#endif /* SLUICE_STUB_OPENSSL_RAND_H */
