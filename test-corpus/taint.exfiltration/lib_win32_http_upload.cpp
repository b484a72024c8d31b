// taint.exfiltration with WinHTTP and WinINet: a Windows agent that puts a
// token (GetEnvironmentVariableW) in request headers and sends a config
// file as the body, with WinHttpSendRequest, WinHttpWriteData,
// HttpSendRequestW and InternetWriteFile. Look-alikes send constant headers
// and bodies. It includes <windows.h>, <winhttp.h> and <wininet.h>;
// Sluice's bundled declarations serve them when the Windows SDK is not
// installed.
#include <windows.h>
#include <winhttp.h>
#include <wininet.h>

#include <cstdio>
#include <cstring>
#include <cwchar>

BOOL send_with_token(HINTERNET req)
{
    wchar_t token[256];
    wchar_t headers[320];
    if (GetEnvironmentVariableW(L"AGENT_AUTH_TOKEN", token, 256) == 0)
        return 0;
    swprintf(headers, 320, L"Authorization: Bearer %ls\r\n", token);
    return WinHttpSendRequest(req, headers, (DWORD)-1, WINHTTP_NO_REQUEST_DATA, 0, 0, 0); // $ Alert[taint.exfiltration]
}

BOOL upload_config(HINTERNET req, FILE *cfg)
{
    char body[2048];
    DWORD written = 0;
    size_t n = fread(body, 1, sizeof(body), cfg);
    if (!WinHttpSendRequest(req, WINHTTP_NO_ADDITIONAL_HEADERS, 0, body, (DWORD)n, (DWORD)n, 0)) // $ Alert[taint.exfiltration]
        return 0;
    return WinHttpWriteData(req, body, (DWORD)n, &written); // $ Alert[taint.exfiltration]
}

BOOL legacy_upload(HINTERNET req, FILE *cfg)
{
    wchar_t key[128];
    wchar_t headers[192];
    char chunk[512];
    DWORD written = 0;
    if (GetEnvironmentVariableW(L"LEGACY_API_KEY", key, 128) == 0)
        return 0;
    swprintf(headers, 192, L"X-Api-Key: %ls\r\n", key);
    if (!HttpSendRequestW(req, headers, (DWORD)-1, nullptr, 0)) // $ Alert[taint.exfiltration]
        return 0;
    size_t n = fread(chunk, 1, sizeof(chunk), cfg);
    return InternetWriteFile(req, chunk, (DWORD)n, &written); // $ Alert[taint.exfiltration]
}

BOOL ping(HINTERNET winhttp, HINTERNET wininet)
{
    static char body[] = "{\"ping\":1}";
    DWORD written = 0;
    if (!WinHttpSendRequest(winhttp, L"Content-Type: application/json\r\n", (DWORD)-1, body, 10, 10, 0))
        return 0;
    WinHttpWriteData(winhttp, body, 10, &written);
    HttpSendRequestW(wininet, L"Accept: */*\r\n", (DWORD)-1, body, 10);
    return InternetWriteFile(wininet, "\r\n", 2, &written);
}
