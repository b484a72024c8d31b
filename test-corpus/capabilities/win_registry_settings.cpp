// capabilities: registry writes. An editor stores its window size and theme
// under its own HKEY_CURRENT_USER\Software key with RegCreateKeyExA,
// RegSetValueExA and RegSetKeyValueA. No Run key, nothing that starts a
// program. Win32 declarations are written out here. No expectations.
#include <cstring>

extern "C" {
typedef long LONG;
typedef unsigned long DWORD;
typedef struct HKEY__ *HKEY;
LONG RegCreateKeyExA(HKEY key, const char *sub, DWORD reserved, char *cls, DWORD options,
                     DWORD sam, void *security, HKEY *result, DWORD *disposition);
LONG RegSetValueExA(HKEY key, const char *name, DWORD reserved, DWORD type,
                    const unsigned char *data, DWORD size);
LONG RegSetKeyValueA(HKEY key, const char *sub, const char *name, DWORD type, const void *data,
                     DWORD size);
LONG RegCloseKey(HKEY key);
}

#define HKEY_CURRENT_USER ((HKEY)(unsigned long long)0x80000001)
#define KEY_WRITE 0x20006
#define REG_SZ 1
#define REG_DWORD 4

int main()
{
    HKEY key;
    if (RegCreateKeyExA(HKEY_CURRENT_USER, "Software\\Acme\\Editor", 0, nullptr, 0, KEY_WRITE, nullptr, &key, nullptr) != 0)
        return 1;
    DWORD width = 1280;
    RegSetValueExA(key, "WindowWidth", 0, REG_DWORD, reinterpret_cast<const unsigned char *>(&width), sizeof(width));
    const char theme[] = "dark";
    RegSetKeyValueA(key, "Appearance", "Theme", REG_SZ, theme, sizeof(theme));
    RegCloseKey(key);
    return 0;
}
