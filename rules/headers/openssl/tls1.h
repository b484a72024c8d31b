// Sluice bundled declarations for OpenSSL (openssl/tls1.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_OPENSSL_TLS1_H
#define SLUICE_STUB_OPENSSL_TLS1_H

/* The TLS constants and helpers live in the bundled openssl/ssl.h. */
#include <openssl/ssl.h>

#endif /* SLUICE_STUB_OPENSSL_TLS1_H */
