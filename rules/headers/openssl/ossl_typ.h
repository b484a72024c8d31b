// Sluice bundled declarations for OpenSSL (openssl/ossl_typ.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_OPENSSL_OSSL_TYP_H
#define SLUICE_STUB_OPENSSL_OSSL_TYP_H

/* Older name of openssl/types.h. */
#include <openssl/types.h>

#endif /* SLUICE_STUB_OPENSSL_OSSL_TYP_H */
