// behavior.anti-debugging: Windows. A loader asks IsDebuggerPresent and
// CheckRemoteDebuggerPresent before unpacking and, when watched, runs a decoy
// instead. It includes <windows.h>; Sluice's bundled declarations serve it
// when the Windows SDK is not installed.
#include <windows.h>

#include <cstdio>

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
