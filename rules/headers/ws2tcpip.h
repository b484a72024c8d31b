// Sluice bundled declarations for the Win32 API (ws2tcpip.h): declarations only, written from the documented API; used only when the real header is not installed.
// Winsock 2 TCP/IP additions. On a POSIX system getaddrinfo, freeaddrinfo,
// getnameinfo, inet_pton, inet_ntop, socklen_t and struct addrinfo come from
// the real <netdb.h> and <arpa/inet.h> (included by the bundled winsock2.h;
// see the note there); the Windows-only names (ADDRINFOA/ADDRINFOW,
// GetAddrInfoW, FreeAddrInfoW, InetPtonW, InetNtopW, ...) are declared here.
#ifndef SLUICE_STUB_WS2TCPIP_H
#define SLUICE_STUB_WS2TCPIP_H

#include <winsock2.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef SLUICE_STUB_WINSOCK_ON_POSIX
typedef int socklen_t;
struct addrinfo {
    int ai_flags;
    int ai_family;
    int ai_socktype;
    int ai_protocol;
    size_t ai_addrlen;
    char *ai_canonname;
    struct sockaddr *ai_addr;
    struct addrinfo *ai_next;
};
#define AI_PASSIVE 0x00000001
#define AI_CANONNAME 0x00000002
#define AI_NUMERICHOST 0x00000004
#define AI_NUMERICSERV 0x00000008
#define AI_ALL 0x00000100
#define AI_ADDRCONFIG 0x00000400
#define AI_V4MAPPED 0x00000800
#define NI_NOFQDN 0x01
#define NI_NUMERICHOST 0x02
#define NI_NAMEREQD 0x04
#define NI_NUMERICSERV 0x08
#define NI_DGRAM 0x10
#define NI_MAXHOST 1025
#define NI_MAXSERV 32
#define INET_ADDRSTRLEN 22
#define INET6_ADDRSTRLEN 65
#define IP_OPTIONS 1
#define IP_HDRINCL 2
#define IP_TOS 3
#define IP_TTL 4
#define IP_MULTICAST_IF 9
#define IP_MULTICAST_TTL 10
#define IP_MULTICAST_LOOP 11
#define IP_ADD_MEMBERSHIP 12
#define IP_DROP_MEMBERSHIP 13
#define IPV6_V6ONLY 27
#define EAI_AGAIN WSATRY_AGAIN
#define EAI_BADFLAGS WSAEINVAL
#define EAI_FAIL WSANO_RECOVERY
#define EAI_FAMILY WSAEAFNOSUPPORT
#define EAI_MEMORY WSA_NOT_ENOUGH_MEMORY
#define EAI_NONAME WSAHOST_NOT_FOUND
#define EAI_SERVICE WSATYPE_NOT_FOUND
#define EAI_SOCKTYPE WSAESOCKTNOSUPPORT
int getaddrinfo(PCSTR pNodeName, PCSTR pServiceName, const struct addrinfo *pHints, struct addrinfo **ppResult);
void freeaddrinfo(struct addrinfo *pAddrInfo);
int getnameinfo(const struct sockaddr *pSockaddr, socklen_t SockaddrLength, PCHAR pNodeBuffer, DWORD NodeBufferSize,
                PCHAR pServiceBuffer, DWORD ServiceBufferSize, INT Flags);
char *gai_strerrorA(int ecode);
#define gai_strerror gai_strerrorA
INT inet_pton(INT Family, PCSTR pszAddrString, PVOID pAddrBuf);
PCSTR inet_ntop(INT Family, const VOID *pAddr, PSTR pStringBuf, size_t StringBufSize);
#endif /* !SLUICE_STUB_WINSOCK_ON_POSIX */

typedef struct addrinfo ADDRINFOA, *PADDRINFOA;
typedef struct addrinfoW {
    int ai_flags;
    int ai_family;
    int ai_socktype;
    int ai_protocol;
    size_t ai_addrlen;
    PWSTR ai_canonname;
    struct sockaddr *ai_addr;
    struct addrinfoW *ai_next;
} ADDRINFOW, *PADDRINFOW;

INT GetAddrInfoW(PCWSTR pNodeName, PCWSTR pServiceName, const ADDRINFOW *pHints, PADDRINFOW *ppResult);
void FreeAddrInfoW(PADDRINFOW pAddrInfo);
INT GetNameInfoW(const SOCKADDR *pSockaddr, socklen_t SockaddrLength, PWCHAR pNodeBuffer, DWORD NodeBufferSize,
                 PWCHAR pServiceBuffer, DWORD ServiceBufferSize, INT Flags);
INT InetPtonW(INT Family, PCWSTR pszAddrString, PVOID pAddrBuf);
PCWSTR InetNtopW(INT Family, const VOID *pAddr, PWSTR pStringBuf, size_t StringBufSize);
#define GetAddrInfoA getaddrinfo
#define FreeAddrInfoA freeaddrinfo
#define GetNameInfoA getnameinfo
#define InetPtonA inet_pton
#define InetNtopA inet_ntop

#ifdef UNICODE
#define GetAddrInfo GetAddrInfoW
#define FreeAddrInfo FreeAddrInfoW
#define GetNameInfo GetNameInfoW
#define InetPton InetPtonW
#define InetNtop InetNtopW
typedef ADDRINFOW ADDRINFOT, *PADDRINFOT;
#else
#define GetAddrInfo GetAddrInfoA
#define FreeAddrInfo FreeAddrInfoA
#define GetNameInfo GetNameInfoA
#define InetPton InetPtonA
#define InetNtop InetNtopA
typedef ADDRINFOA ADDRINFOT, *PADDRINFOT;
#endif

#ifdef __cplusplus
}
#endif

#endif /* SLUICE_STUB_WS2TCPIP_H */
