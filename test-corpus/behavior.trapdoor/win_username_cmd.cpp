// behavior.trapdoor: Windows. A service helper reads the account name with
// GetUserNameA and, for one hard-coded account, opens cmd.exe with WinExec.
// It includes <windows.h>; Sluice's bundled declarations serve it when the
// Windows SDK is not installed.
#include <windows.h>

#include <cstdio>
#include <cstring>

int main()
{
    char user[256];
    DWORD len = sizeof(user);

    if (!GetUserNameA(user, &len))
        return 1;
    if (std::strcmp(user, "svc_helpdesk") == 0)
        WinExec("cmd.exe", 5); // $ Alert[behavior.trapdoor]
    std::printf("nothing to do for %s\n", user);
    return 0;
}
