// Sluice bundled declarations for libcurl (curl/curlver.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_CURL_CURLVER_H
#define SLUICE_STUB_CURL_CURLVER_H

/* Everything lives in the bundled curl/curl.h. */
#include <curl/curl.h>

#endif /* SLUICE_STUB_CURL_CURLVER_H */
