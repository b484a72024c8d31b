/*
 * taint.exfiltration (model rows): wide-character buffers sent as raw bytes.
 * A credential line read with fgetws() is copied with wcsncpy(), wmemmove(),
 * wcsdup(), wcscat() or formatted with swprintf(), then sent with send().
 * Look-alikes: a wide status message built only from literals, and a wide
 * line from the file that is compared but never sent.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <sys/socket.h>

static FILE *open_credentials(void)
{
    return fopen("/etc/app/credentials.txt", "r");
}

int send_credential(int sock)
{
    wchar_t line[128], out[128];
    FILE *f = open_credentials();
    if (!f || !fgetws(line, 128, f))
        return -1;
    fclose(f);
    wcsncpy(out, line, 127);
    out[127] = L'\0';
    return (int)send(sock, out, wcslen(out) * sizeof(wchar_t), 0); // $ Alert[taint.exfiltration]
}

int send_auth_frame(int sock)
{
    wchar_t line[128], frame[160];
    FILE *f = open_credentials();
    if (!f || !fgetws(line, 128, f))
        return -1;
    fclose(f);
    int len = swprintf(frame, 160, L"AUTH %ls\r\n", line);
    return len < 0 ? -1 : (int)send(sock, frame, (size_t)len * sizeof(wchar_t), 0); // $ Alert[taint.exfiltration]
}

int send_shifted(int sock)
{
    wchar_t buf[256];
    FILE *f = open_credentials();
    if (!f || !fgetws(buf + 8, 248, f))
        return -1;
    fclose(f);
    wmemmove(buf, buf + 8, 248);
    wchar_t *copy = wcsdup(buf);
    if (!copy)
        return -1;
    wcscat(buf, copy);
    int rc = (int)send(sock, copy, wcslen(copy) * sizeof(wchar_t), 0); // $ Alert[taint.exfiltration]
    free(copy);
    return rc;
}

int send_status(int sock)
{
    wchar_t msg[64], line[128];
    FILE *f = open_credentials();
    int have = f && fgetws(line, 128, f) && wcscmp(line, L"\n") != 0;
    if (f)
        fclose(f);
    wcscpy(msg, have ? L"STATUS configured" : L"STATUS empty");
    wcscat(msg, L"\r\n");
    return (int)send(sock, msg, wcslen(msg) * sizeof(wchar_t), 0);
}
