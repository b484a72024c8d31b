// capabilities: registry writes. An editor stores its window size and theme
// under its own HKEY_CURRENT_USER\Software key with RegCreateKeyExA,
// RegSetValueExA and RegSetKeyValueA. No Run key, nothing that starts a
// program. It includes <windows.h>; Sluice's bundled declarations serve it
// when the Windows SDK is not installed. No expectations.
#include <windows.h>

#include <cstring>

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
