// Sluice bundled declarations for OpenSSL (openssl/opensslconf.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_OPENSSL_OPENSSLCONF_H
#define SLUICE_STUB_OPENSSL_OPENSSLCONF_H

/* Platform configuration: nothing beyond the common types is needed here. */
#include <openssl/types.h>

#endif /* SLUICE_STUB_OPENSSL_OPENSSLCONF_H */
