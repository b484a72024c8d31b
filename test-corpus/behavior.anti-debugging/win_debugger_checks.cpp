// behavior.anti-debugging: Windows. A loader asks IsDebuggerPresent and
// CheckRemoteDebuggerPresent before unpacking and, when watched, runs a decoy
// instead. Win32 prototypes are declared here instead of <windows.h>.
#include <cstdio>

extern "C" {
typedef int BOOL;
typedef void *HANDLE;
BOOL IsDebuggerPresent(void);
BOOL CheckRemoteDebuggerPresent(HANDLE process, BOOL *present);
HANDLE GetCurrentProcess(void);
}

static void decoy()
{
    std::puts("Calculator 1.0");
}

static void unpack_and_run()
{
    std::puts("unpacking");
}

int main()
{
    BOOL remote = 0;
    if (IsDebuggerPresent()) { // $ Alert[behavior.anti-debugging]
        decoy();
        return 0;
    }
    CheckRemoteDebuggerPresent(GetCurrentProcess(), &remote); // $ Alert[behavior.anti-debugging]
    if (remote) {
        decoy();
        return 0;
    }
    unpack_and_run();
    return 0;
}
