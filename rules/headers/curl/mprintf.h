// Sluice bundled declarations for libcurl (curl/mprintf.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_CURL_MPRINTF_H
#define SLUICE_STUB_CURL_MPRINTF_H

#include <stdarg.h>
#include <stdio.h>
#include <curl/curl.h>

#ifdef __cplusplus
extern "C" {
#endif

int curl_mprintf(const char *format, ...);
int curl_mfprintf(FILE *fd, const char *format, ...);
int curl_msprintf(char *buffer, const char *format, ...);
int curl_msnprintf(char *buffer, size_t maxlength, const char *format, ...);
int curl_mvprintf(const char *format, va_list args);
int curl_mvfprintf(FILE *fd, const char *format, va_list args);
int curl_mvsprintf(char *buffer, const char *format, va_list args);
int curl_mvsnprintf(char *buffer, size_t maxlength, const char *format, va_list args);
char *curl_maprintf(const char *format, ...);
char *curl_mvaprintf(const char *format, va_list args);

#ifdef __cplusplus
}
#endif

#endif /* SLUICE_STUB_CURL_MPRINTF_H */
