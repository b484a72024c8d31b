// taint.library-load with Win32: a host application that loads codec and
// plugin DLLs named by the environment (GetEnvironmentVariableW) or by a
// config file, with LoadLibraryW, LoadLibraryExA and LoadLibraryExW, and
// calls the entry point the config file names (GetProcAddress).
// Look-alikes load fixed system DLLs and look up a fixed entry point. It includes <windows.h>; Sluice's
// bundled declarations serve it when the Windows SDK is not installed.
#include <windows.h>

#include <cstdio>
#include <cstring>

HMODULE load_codec()
{
    wchar_t dll[260];
    if (GetEnvironmentVariableW(L"APP_CODEC_DLL", dll, 260) == 0)
        return nullptr;
    return LoadLibraryW(dll); // $ Alert[taint.library-load]
}

HMODULE load_plugin_from_config(FILE *cfg)
{
    char line[260];
    if (!fgets(line, sizeof(line), cfg))
        return nullptr;
    line[strcspn(line, "\r\n")] = '\0';
    return LoadLibraryExA(line, nullptr, LOAD_WITH_ALTERED_SEARCH_PATH); // $ Alert[taint.library-load]
}

HMODULE load_theme()
{
    wchar_t theme[260];
    if (GetEnvironmentVariableW(L"APP_THEME_DLL", theme, 260) == 0)
        return LoadLibraryExW(L"theme_default.dll", nullptr, 0);
    return LoadLibraryExW(theme, nullptr, 0); // $ Alert[taint.library-load]
}

HMODULE load_system_helpers()
{
    HMODULE a = LoadLibraryW(L"C:\\Windows\\System32\\version.dll");
    HMODULE b = LoadLibraryExW(L"bcrypt.dll", nullptr, LOAD_LIBRARY_SEARCH_SYSTEM32);
    HMODULE c = LoadLibraryExA("winhttp.dll", nullptr, LOAD_LIBRARY_SEARCH_SYSTEM32);
    return a && b ? c : nullptr;
}

typedef int(WINAPI *entry_fn)(void);

int run_configured_entry(HMODULE plugin, FILE *cfg)
{
    char name[128];
    if (!fgets(name, sizeof(name), cfg))
        return -1;
    name[strcspn(name, "\r\n")] = '\0';
    entry_fn fn = (entry_fn)GetProcAddress(plugin, name); // $ Alert[taint.library-load]
    return fn ? fn() : -1;
}

int run_fixed_entry(HMODULE plugin)
{
    entry_fn fn = (entry_fn)GetProcAddress(plugin, "PluginInit");
    return fn ? fn() : -1;
}
