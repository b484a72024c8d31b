// Sluice bundled declarations for OpenSSL (openssl/core.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_OPENSSL_CORE_H
#define SLUICE_STUB_OPENSSL_CORE_H

#include <stddef.h>
#include <openssl/types.h>

#ifdef __cplusplus
extern "C" {
#endif

/* One named parameter passed to or from a provider (arrays end with an
 * entry whose key is NULL). */
struct ossl_param_st {
    const char *key;
    unsigned int data_type;
    void *data;
    size_t data_size;
    size_t return_size;
};

#define OSSL_PARAM_INTEGER 1
#define OSSL_PARAM_UNSIGNED_INTEGER 2
#define OSSL_PARAM_REAL 3
#define OSSL_PARAM_UTF8_STRING 4
#define OSSL_PARAM_OCTET_STRING 5
#define OSSL_PARAM_UTF8_PTR 6
#define OSSL_PARAM_OCTET_PTR 7

/* key-management selection bits */
#define OSSL_KEYMGMT_SELECT_PRIVATE_KEY 0x01
#define OSSL_KEYMGMT_SELECT_PUBLIC_KEY 0x02
#define OSSL_KEYMGMT_SELECT_DOMAIN_PARAMETERS 0x04
#define OSSL_KEYMGMT_SELECT_OTHER_PARAMETERS 0x80
#define OSSL_KEYMGMT_SELECT_ALL_PARAMETERS \
    (OSSL_KEYMGMT_SELECT_DOMAIN_PARAMETERS | OSSL_KEYMGMT_SELECT_OTHER_PARAMETERS)
#define OSSL_KEYMGMT_SELECT_KEYPAIR \
    (OSSL_KEYMGMT_SELECT_PRIVATE_KEY | OSSL_KEYMGMT_SELECT_PUBLIC_KEY)
#define OSSL_KEYMGMT_SELECT_ALL \
    (OSSL_KEYMGMT_SELECT_KEYPAIR | OSSL_KEYMGMT_SELECT_ALL_PARAMETERS)

#ifdef __cplusplus
}
#endif

#endif /* SLUICE_STUB_OPENSSL_CORE_H */
