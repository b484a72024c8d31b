// Sluice bundled declarations for the Win32 shell folder API (shlobj.h):
// declarations only, written from the documented API; used only when the
// real header is not installed. Constant values as in the Windows SDK.
#ifndef SLUICE_STUB_SHLOBJ_H
#define SLUICE_STUB_SHLOBJ_H

#include <windows.h>
#include <shellapi.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Special folders (CSIDL) for SHGetFolderPath and SHGetSpecialFolderPath. */
#define CSIDL_DESKTOP 0x0000
#define CSIDL_PROGRAMS 0x0002
#define CSIDL_PERSONAL 0x0005
#define CSIDL_MYDOCUMENTS CSIDL_PERSONAL
#define CSIDL_FAVORITES 0x0006
#define CSIDL_STARTUP 0x0007
#define CSIDL_RECENT 0x0008
#define CSIDL_STARTMENU 0x000b
#define CSIDL_DESKTOPDIRECTORY 0x0010
#define CSIDL_COMMON_STARTMENU 0x0016
#define CSIDL_COMMON_PROGRAMS 0x0017
#define CSIDL_COMMON_STARTUP 0x0018
#define CSIDL_APPDATA 0x001a
#define CSIDL_LOCAL_APPDATA 0x001c
#define CSIDL_COOKIES 0x0021
#define CSIDL_HISTORY 0x0022
#define CSIDL_COMMON_APPDATA 0x0023
#define CSIDL_WINDOWS 0x0024
#define CSIDL_SYSTEM 0x0025
#define CSIDL_PROGRAM_FILES 0x0026
#define CSIDL_PROFILE 0x0028
#define CSIDL_PROGRAM_FILESX86 0x002a
#define CSIDL_COMMON_DOCUMENTS 0x002e
#define CSIDL_FLAG_CREATE 0x8000

#define SHGFP_TYPE_CURRENT 0
#define SHGFP_TYPE_DEFAULT 1

#define KF_FLAG_DEFAULT 0x00000000
#define KF_FLAG_CREATE 0x00008000

typedef GUID KNOWNFOLDERID;
#ifdef __cplusplus
#define REFKNOWNFOLDERID const KNOWNFOLDERID &
#else
#define REFKNOWNFOLDERID const KNOWNFOLDERID *
#endif

/* Known folders used with SHGetKnownFolderPath. */
extern const KNOWNFOLDERID FOLDERID_RoamingAppData;
extern const KNOWNFOLDERID FOLDERID_LocalAppData;
extern const KNOWNFOLDERID FOLDERID_ProgramData;
extern const KNOWNFOLDERID FOLDERID_Startup;
extern const KNOWNFOLDERID FOLDERID_CommonStartup;
extern const KNOWNFOLDERID FOLDERID_Desktop;
extern const KNOWNFOLDERID FOLDERID_Documents;
extern const KNOWNFOLDERID FOLDERID_Downloads;
extern const KNOWNFOLDERID FOLDERID_Profile;
extern const KNOWNFOLDERID FOLDERID_System;
extern const KNOWNFOLDERID FOLDERID_Windows;
extern const KNOWNFOLDERID FOLDERID_ProgramFiles;

HRESULT SHGetFolderPathA(HWND hwnd, int csidl, HANDLE hToken, DWORD dwFlags, LPSTR pszPath);
HRESULT SHGetFolderPathW(HWND hwnd, int csidl, HANDLE hToken, DWORD dwFlags, LPWSTR pszPath);
BOOL SHGetSpecialFolderPathA(HWND hwnd, LPSTR pszPath, int csidl, BOOL fCreate);
BOOL SHGetSpecialFolderPathW(HWND hwnd, LPWSTR pszPath, int csidl, BOOL fCreate);
HRESULT SHGetKnownFolderPath(REFKNOWNFOLDERID rfid, DWORD dwFlags, HANDLE hToken, LPWSTR *ppszPath);
int SHCreateDirectoryExA(HWND hwnd, LPCSTR pszPath, const SECURITY_ATTRIBUTES *psa);
int SHCreateDirectoryExW(HWND hwnd, LPCWSTR pszPath, const SECURITY_ATTRIBUTES *psa);
void CoTaskMemFree(LPVOID pv);

#ifdef UNICODE
#define SHGetFolderPath SHGetFolderPathW
#define SHGetSpecialFolderPath SHGetSpecialFolderPathW
#define SHCreateDirectoryEx SHCreateDirectoryExW
#else
#define SHGetFolderPath SHGetFolderPathA
#define SHGetSpecialFolderPath SHGetSpecialFolderPathA
#define SHCreateDirectoryEx SHCreateDirectoryExA
#endif

#ifdef __cplusplus
}
#endif

#endif
