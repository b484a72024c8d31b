// behavior.persistence on Windows: the classic Run key. The program copies
// itself to %APPDATA% and registers that copy under
// HKCU\Software\Microsoft\Windows\CurrentVersion\Run with RegCreateKeyExA
// and RegSetValueExA so it starts at every logon. The Win32 declarations
// are written out (windows.h is not available here).
#include <cstdio>
#include <cstring>

extern "C" {
typedef int BOOL;
typedef long LONG;
typedef unsigned long DWORD;
typedef struct HKEY__ *HKEY;
typedef HKEY *PHKEY;
LONG RegCreateKeyExA(HKEY hKey, const char *lpSubKey, DWORD Reserved, char *lpClass, DWORD dwOptions,
                     DWORD samDesired, void *lpSecurityAttributes, PHKEY phkResult, DWORD *lpdwDisposition);
LONG RegSetValueExA(HKEY hKey, const char *lpValueName, DWORD Reserved, DWORD dwType, const unsigned char *lpData,
                    DWORD cbData);
LONG RegCloseKey(HKEY hKey);
DWORD GetModuleFileNameA(void *hModule, char *lpFilename, DWORD nSize);
DWORD GetEnvironmentVariableA(const char *lpName, char *lpBuffer, DWORD nSize);
BOOL CopyFileA(const char *lpExistingFileName, const char *lpNewFileName, BOOL bFailIfExists);
}

#define HKEY_CURRENT_USER (reinterpret_cast<HKEY>(static_cast<unsigned long long>(0x80000001)))
#define KEY_SET_VALUE 0x0002
#define REG_SZ 1
#define ERROR_SUCCESS 0L

int main()
{
    char self[260], appdata[260], target[300];
    GetModuleFileNameA(nullptr, self, sizeof(self));
    if (GetEnvironmentVariableA("APPDATA", appdata, sizeof(appdata)) == 0)
        return 1;
    std::snprintf(target, sizeof(target), "%s\\OneDriveSync\\odsync.exe", appdata);
    CopyFileA(self, target, 0);

    HKEY key;
    if (RegCreateKeyExA(HKEY_CURRENT_USER, "Software\\Microsoft\\Windows\\CurrentVersion\\Run", 0, nullptr, 0, KEY_SET_VALUE, nullptr, &key, nullptr) != ERROR_SUCCESS) // $ Alert[behavior.persistence]
        return 1;
    RegSetValueExA(key, "OneDrive Sync", 0, REG_SZ, reinterpret_cast<const unsigned char *>(target), static_cast<DWORD>(std::strlen(target) + 1));
    RegCloseKey(key);
    return 0;
}
