// behavior.persistence, safe look-alike: the settings dialog of a Windows
// app shows whether "Start with Windows" is currently on. It opens the
// HKCU ...\CurrentVersion\Run key read-only (KEY_QUERY_VALUE) and queries
// its own value; nothing is written. It includes <windows.h>; Sluice's
// bundled declarations serve it when the Windows SDK is not installed.
#include <windows.h>

#include <cstdio>

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
