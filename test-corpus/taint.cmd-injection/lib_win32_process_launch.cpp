// taint.cmd-injection with Win32 process APIs: an updater that runs the
// program and command line named by environment variables
// (GetEnvironmentVariableA/W) with CreateProcessW, CreateProcessAsUserA/W,
// ShellExecuteW and WinExec. Look-alikes run fixed programs. It includes
// <windows.h> and <shellapi.h>; Sluice's bundled declarations serve them
// when the Windows SDK is not installed.
#include <windows.h>
#include <shellapi.h>

#include <cwchar>

BOOL run_updater()
{
    wchar_t exe[260];
    STARTUPINFOW si = {sizeof(si)};
    PROCESS_INFORMATION pi;
    if (GetEnvironmentVariableW(L"UPDATER_EXE", exe, 260) == 0)
        return 0;
    return CreateProcessW(exe, nullptr, nullptr, nullptr, 0, 0, nullptr, nullptr, &si, &pi); // $ Alert[taint.cmd-injection]
}

BOOL run_as_service_user(HANDLE token)
{
    char app[260];
    wchar_t cmdline[512];
    STARTUPINFOA sia = {sizeof(sia)};
    STARTUPINFOW siw = {sizeof(siw)};
    PROCESS_INFORMATION pi;
    if (GetEnvironmentVariableA("SERVICE_HELPER", app, sizeof(app)) == 0)
        return 0;
    if (!CreateProcessAsUserA(token, app, nullptr, nullptr, nullptr, 0, 0, nullptr, nullptr, &sia, &pi)) // $ Alert[taint.cmd-injection]
        return 0;
    if (GetEnvironmentVariableW(L"SERVICE_CMDLINE", cmdline, 512) == 0)
        return 0;
    return CreateProcessAsUserW(token, nullptr, cmdline, nullptr, nullptr, 0, 0, nullptr, nullptr, &siw, &pi); // $ Alert[taint.cmd-injection]
}

void open_release_notes()
{
    wchar_t viewer[260];
    char hook[512];
    if (GetEnvironmentVariableW(L"NOTES_VIEWER", viewer, 260) != 0)
        ShellExecuteW(nullptr, L"open", viewer, L"notes.txt", nullptr, 1); // $ Alert[taint.cmd-injection]
    if (GetEnvironmentVariableA("POST_UPDATE_HOOK", hook, sizeof(hook)) != 0)
        WinExec(hook, 0); // $ Alert[taint.cmd-injection]
}

void run_fixed(HANDLE token)
{
    wchar_t cmdline[] = L"C:\\Program Files\\App\\updater.exe --check";
    char home[260];
    STARTUPINFOW si = {sizeof(si)};
    PROCESS_INFORMATION pi;
    GetEnvironmentVariableA("USERPROFILE", home, sizeof(home));
    CreateProcessW(nullptr, cmdline, nullptr, nullptr, 0, 0, nullptr, nullptr, &si, &pi);
    CreateProcessAsUserW(token, L"C:\\Windows\\System32\\notepad.exe", nullptr, nullptr, nullptr, 0, 0, nullptr, nullptr, &si, &pi);
    ShellExecuteW(nullptr, L"open", L"https://example.com/release-notes", nullptr, nullptr, 1);
    WinExec("ipconfig /flushdns", 0);
}
