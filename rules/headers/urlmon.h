// Sluice bundled declarations for the Win32 API (urlmon.h): declarations only, written from the documented API; used only when the real header is not installed.
// The URL moniker download helpers. The COM interfaces they take are
// declared as incomplete types: callers pass NULL or a pointer they got elsewhere.
#ifndef SLUICE_STUB_URLMON_H
#define SLUICE_STUB_URLMON_H

#include <windows.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct IBindStatusCallback IBindStatusCallback;
typedef IBindStatusCallback *LPBINDSTATUSCALLBACK;
typedef struct IStream IStream;
typedef IStream *LPSTREAM;
typedef struct IMoniker IMoniker;
typedef IMoniker *LPMONIKER;
typedef struct IBindCtx IBindCtx;
typedef IBindCtx *LPBC;

#define INET_E_DOWNLOAD_FAILURE ((HRESULT)(int)0x800C0008)
#define INET_E_RESOURCE_NOT_FOUND ((HRESULT)(int)0x800C0005)
#define INET_E_CANNOT_CONNECT ((HRESULT)(int)0x800C0004)
#define INET_E_OBJECT_NOT_FOUND ((HRESULT)(int)0x800C0006)
#define BINDF_ASYNCHRONOUS 0x00000001
#define BINDF_GETNEWESTVERSION 0x00000010
#define BINDF_NOWRITECACHE 0x00000020
#define BINDF_PRAGMA_NO_CACHE 0x00002000

HRESULT URLDownloadToFileA(LPUNKNOWN pCaller, LPCSTR szURL, LPCSTR szFileName, DWORD dwReserved,
                           LPBINDSTATUSCALLBACK lpfnCB);
HRESULT URLDownloadToFileW(LPUNKNOWN pCaller, LPCWSTR szURL, LPCWSTR szFileName, DWORD dwReserved,
                           LPBINDSTATUSCALLBACK lpfnCB);
HRESULT URLDownloadToCacheFileA(LPUNKNOWN lpUnkcaller, LPCSTR szURL, LPSTR szFileName, DWORD cchFileName,
                                DWORD dwReserved, LPBINDSTATUSCALLBACK pBSC);
HRESULT URLDownloadToCacheFileW(LPUNKNOWN lpUnkcaller, LPCWSTR szURL, LPWSTR szFileName, DWORD cchFileName,
                                DWORD dwReserved, LPBINDSTATUSCALLBACK pBSC);
HRESULT URLOpenBlockingStreamA(LPUNKNOWN pCaller, LPCSTR szURL, LPSTREAM *ppStream, DWORD dwReserved,
                               LPBINDSTATUSCALLBACK lpfnCB);
HRESULT URLOpenBlockingStreamW(LPUNKNOWN pCaller, LPCWSTR szURL, LPSTREAM *ppStream, DWORD dwReserved,
                               LPBINDSTATUSCALLBACK lpfnCB);
HRESULT URLOpenStreamA(LPUNKNOWN pCaller, LPCSTR szURL, DWORD dwReserved, LPBINDSTATUSCALLBACK lpfnCB);
HRESULT URLOpenStreamW(LPUNKNOWN pCaller, LPCWSTR szURL, DWORD dwReserved, LPBINDSTATUSCALLBACK lpfnCB);

/* ---- generic names: the W form under UNICODE, else the A form ---- */
#ifdef UNICODE
#define URLDownloadToFile URLDownloadToFileW
#define URLDownloadToCacheFile URLDownloadToCacheFileW
#define URLOpenBlockingStream URLOpenBlockingStreamW
#define URLOpenStream URLOpenStreamW
#else
#define URLDownloadToFile URLDownloadToFileA
#define URLDownloadToCacheFile URLDownloadToCacheFileA
#define URLOpenBlockingStream URLOpenBlockingStreamA
#define URLOpenStream URLOpenStreamA
#endif
/* ---- end of generic names ---- */

#ifdef __cplusplus
}
#endif

#endif /* SLUICE_STUB_URLMON_H */
