// Sluice bundled declarations for OpenSSL (openssl/provider.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_OPENSSL_PROVIDER_H
#define SLUICE_STUB_OPENSSL_PROVIDER_H

#include <openssl/core.h>

#ifdef __cplusplus
extern "C" {
#endif

int OSSL_PROVIDER_set_default_search_path(OSSL_LIB_CTX *libctx, const char *path);
OSSL_PROVIDER *OSSL_PROVIDER_load(OSSL_LIB_CTX *libctx, const char *name);
OSSL_PROVIDER *OSSL_PROVIDER_try_load(OSSL_LIB_CTX *libctx, const char *name, int retain_fallbacks);
int OSSL_PROVIDER_unload(OSSL_PROVIDER *prov);
int OSSL_PROVIDER_available(OSSL_LIB_CTX *libctx, const char *name);
int OSSL_PROVIDER_do_all(OSSL_LIB_CTX *ctx, int (*cb)(OSSL_PROVIDER *provider, void *cbdata),
                         void *cbdata);
const char *OSSL_PROVIDER_get0_name(const OSSL_PROVIDER *prov);
int OSSL_PROVIDER_self_test(const OSSL_PROVIDER *prov);

#ifdef __cplusplus
}
#endif

#endif /* SLUICE_STUB_OPENSSL_PROVIDER_H */
