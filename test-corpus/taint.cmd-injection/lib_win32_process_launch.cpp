// taint.cmd-injection with Win32 process APIs: an updater that runs the
// program and command line named by environment variables
// (GetEnvironmentVariableA/W) with CreateProcessW, CreateProcessAsUserA/W,
// ShellExecuteW and WinExec. Look-alikes run fixed programs. The Win32
// declarations are written out (windows.h is not needed).
#include <cwchar>

extern "C" {
typedef int BOOL;
typedef unsigned long DWORD;
typedef void *HANDLE;
typedef struct HWND__ *HWND;
typedef struct HINSTANCE__ *HINSTANCE;
typedef struct _STARTUPINFOW { DWORD cb; } STARTUPINFOW;
typedef struct _STARTUPINFOA { DWORD cb; } STARTUPINFOA;
typedef struct _PROCESS_INFORMATION { HANDLE hProcess, hThread; DWORD pid, tid; } PROCESS_INFORMATION;
DWORD GetEnvironmentVariableA(const char *lpName, char *lpBuffer, DWORD nSize);
DWORD GetEnvironmentVariableW(const wchar_t *lpName, wchar_t *lpBuffer, DWORD nSize);
BOOL CreateProcessW(const wchar_t *lpApplicationName, wchar_t *lpCommandLine, void *lpProcessAttributes,
                    void *lpThreadAttributes, BOOL bInheritHandles, DWORD dwCreationFlags, void *lpEnvironment,
                    const wchar_t *lpCurrentDirectory, STARTUPINFOW *lpStartupInfo, PROCESS_INFORMATION *lpProcessInformation);
BOOL CreateProcessAsUserA(HANDLE hToken, const char *lpApplicationName, char *lpCommandLine, void *lpProcessAttributes,
                          void *lpThreadAttributes, BOOL bInheritHandles, DWORD dwCreationFlags, void *lpEnvironment,
                          const char *lpCurrentDirectory, STARTUPINFOA *lpStartupInfo, PROCESS_INFORMATION *lpProcessInformation);
BOOL CreateProcessAsUserW(HANDLE hToken, const wchar_t *lpApplicationName, wchar_t *lpCommandLine, void *lpProcessAttributes,
                          void *lpThreadAttributes, BOOL bInheritHandles, DWORD dwCreationFlags, void *lpEnvironment,
                          const wchar_t *lpCurrentDirectory, STARTUPINFOW *lpStartupInfo, PROCESS_INFORMATION *lpProcessInformation);
HINSTANCE ShellExecuteW(HWND hwnd, const wchar_t *lpOperation, const wchar_t *lpFile, const wchar_t *lpParameters,
                        const wchar_t *lpDirectory, int nShowCmd);
unsigned WinExec(const char *lpCmdLine, unsigned uCmdShow);
}

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
