// behavior.persistence, safe look-alike: the settings dialog of a Windows
// app shows whether "Start with Windows" is currently on. It opens the
// HKCU ...\CurrentVersion\Run key read-only (KEY_QUERY_VALUE) and queries
// its own value; nothing is written. The Win32 declarations are written
// out (windows.h is not available here).
#include <cstdio>

extern "C" {
typedef long LONG;
typedef unsigned long DWORD;
typedef struct HKEY__ *HKEY;
typedef HKEY *PHKEY;
LONG RegOpenKeyExA(HKEY hKey, const char *lpSubKey, DWORD ulOptions, DWORD samDesired, PHKEY phkResult);
LONG RegQueryValueExA(HKEY hKey, const char *lpValueName, DWORD *lpReserved, DWORD *lpType, unsigned char *lpData,
                      DWORD *lpcbData);
LONG RegCloseKey(HKEY hKey);
}

#define HKEY_CURRENT_USER (reinterpret_cast<HKEY>(static_cast<unsigned long long>(0x80000001)))
#define KEY_QUERY_VALUE 0x0001
#define ERROR_SUCCESS 0L

static bool starts_with_windows()
{
    HKEY key;
    if (RegOpenKeyExA(HKEY_CURRENT_USER, "Software\\Microsoft\\Windows\\CurrentVersion\\Run", 0, KEY_QUERY_VALUE, &key) != ERROR_SUCCESS)
        return false;
    DWORD type = 0, size = 0;
    LONG rc = RegQueryValueExA(key, "QuillEditor", nullptr, &type, nullptr, &size);
    RegCloseKey(key);
    return rc == ERROR_SUCCESS;
}

int main()
{
    std::printf("Start with Windows: %s\n", starts_with_windows() ? "on" : "off");
    return 0;
}
