// behavior.persistence on Windows: the classic Run key. The program copies
// itself to %APPDATA% and registers that copy under
// HKCU\Software\Microsoft\Windows\CurrentVersion\Run with RegCreateKeyExA
// and RegSetValueExA so it starts at every logon. It includes <windows.h>;
// Sluice's bundled declarations serve it when the Windows SDK is not
// installed.
#include <windows.h>

#include <cstdio>
#include <cstring>

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
