// Sluice bundled declarations for the Win32 API (lmcons.h): declarations only, written from the documented API; used only when the real header is not installed.
// LAN Manager length limits (UNLEN for GetUserName buffers and the like).
#ifndef SLUICE_STUB_LMCONS_H
#define SLUICE_STUB_LMCONS_H

#define CNLEN 15
#define LM20_CNLEN 15
#define DNLEN CNLEN
#define LM20_DNLEN LM20_CNLEN
#define UNCLEN (CNLEN + 2)
#define NNLEN 80
#define RMLEN (UNCLEN + 1 + NNLEN)
#define SNLEN 80
#define STXTLEN 256
#define PATHLEN 256
#define DEVLEN 80
#define EVLEN 16
#define UNLEN 256
#define LM20_UNLEN 20
#define GNLEN UNLEN
#define PWLEN 256
#define LM20_PWLEN 14
#define SHPWLEN 8
#define CLTYPE_LEN 12
#define MAXCOMMENTSZ 256
#define QNLEN NNLEN
#define ALERTSZ 128
#define NETBIOS_NAME_LEN 16
#define CRYPT_KEY_LEN 7
#define CRYPT_TXT_LEN 8
#define ENCRYPTED_PWLEN 16
#define SESSION_PWLEN 24
#define SESSION_CRYPT_KLEN 21
#define MAX_PREFERRED_LENGTH ((DWORD)0xFFFFFFFF)
#define NET_API_STATUS DWORD
#define NET_API_FUNCTION
#define NERR_Success 0
#define NERR_BASE 2100

#endif /* SLUICE_STUB_LMCONS_H */
