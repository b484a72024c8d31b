// Sluice bundled declarations for OpenSSL (openssl/opensslv.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_OPENSSL_OPENSSLV_H
#define SLUICE_STUB_OPENSSL_OPENSSLV_H

/* The API level these declarations describe: OpenSSL 3.0. */
#define OPENSSL_VERSION_MAJOR 3
#define OPENSSL_VERSION_MINOR 0
#define OPENSSL_VERSION_PATCH 0
#define OPENSSL_VERSION_PRE_RELEASE ""
#define OPENSSL_VERSION_BUILD_METADATA ""
#define OPENSSL_SHLIB_VERSION 3
#define OPENSSL_VERSION_PREREQ(maj, min) \
    ((OPENSSL_VERSION_MAJOR << 16) + OPENSSL_VERSION_MINOR >= ((maj) << 16) + (min))
#define OPENSSL_VERSION_STR "3.0.0"
#define OPENSSL_FULL_VERSION_STR "3.0.0"
#define OPENSSL_RELEASE_DATE "7 Sep 2021"
#define OPENSSL_VERSION_TEXT "OpenSSL 3.0.0 7 Sep 2021"
#define OPENSSL_VERSION_NUMBER \
    ((OPENSSL_VERSION_MAJOR << 28) | (OPENSSL_VERSION_MINOR << 20) | (OPENSSL_VERSION_PATCH << 4) | 0x0L)

#endif /* SLUICE_STUB_OPENSSL_OPENSSLV_H */
