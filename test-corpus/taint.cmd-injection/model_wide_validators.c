/*
 * taint.cmd-injection (model rows): validators on wide strings. A wide value
 * read with fgetws() is narrowed to char and run. wcscmp()/wcscasecmp()
 * equal to a literal (an allowlist) and wcspbrk() rejecting every shell
 * metacharacter make it safe. Bad twins: a wcsncmp() prefix check, and a
 * wcspbrk() whose set misses '$' and '`'.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

static void to_ascii(char *dst, const wchar_t *src, size_t cap)
{
    size_t i = 0;
    for (; i + 1 < cap && src[i] != L'\0'; i++)
        dst[i] = (char)src[i];
    dst[i] = '\0';
}

static int read_word(wchar_t *w, int n)
{
    if (!fgetws(w, n, stdin))
        return -1;
    w[wcscspn(w, L"\r\n")] = L'\0';
    return 0;
}

int set_power_profile(void)
{
    wchar_t mode[32];
    char cmd[32];
    if (read_word(mode, 32) < 0)
        return -1;
    if (wcscmp(mode, L"performance") != 0 && wcscasecmp(mode, L"powersave") != 0)
        return -1;
    to_ascii(cmd, mode, sizeof(cmd));
    return system(cmd);
}

int ping_host(void)
{
    wchar_t host[64], wcmd[96];
    char cmd[96];
    if (read_word(host, 64) < 0)
        return -1;
    if (wcspbrk(host, L";|&`$\n") != NULL)
        return -1;
    swprintf(wcmd, 96, L"ping -c 1 %ls", host);
    to_ascii(cmd, wcmd, sizeof(cmd));
    return system(cmd);
}

int run_git_subcommand(void)
{
    wchar_t sub[64];
    char cmd[64];
    if (read_word(sub, 64) < 0)
        return -1;
    if (wcsncmp(sub, L"git ", 4) != 0)
        return -1;
    to_ascii(cmd, sub, sizeof(cmd));
    return system(cmd); // $ Alert[taint.cmd-injection]
}

int resolve_host(void)
{
    wchar_t host[64], wcmd[96];
    char cmd[96];
    if (read_word(host, 64) < 0)
        return -1;
    if (wcspbrk(host, L";|&") != NULL)
        return -1;
    swprintf(wcmd, 96, L"host %ls", host);
    to_ascii(cmd, wcmd, sizeof(cmd));
    return system(cmd); // $ Alert[taint.cmd-injection]
}
