/*
 * taint.cmd-injection (model rows): wide-character strings. Text read with
 * fgetws() (from stdin or a config file) is assembled into a command with
 * wcscpy/wcsncpy/wcscat/wcsncat/wmemcpy/swprintf/wcsdup/wcschr, narrowed to
 * char by a small ASCII helper and run with popen()/system(). Look-alikes:
 * a wide command built only from literals, and wide input that is only
 * printed. Not found yet: narrowing with wcstombs(), which is not modelled.
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

FILE *grep_logs(void)
{
    wchar_t pattern[128], wcmd[256];
    char cmd[256];
    if (!fgetws(pattern, 128, stdin))
        return NULL;
    pattern[wcscspn(pattern, L"\n")] = L'\0';
    wcscpy(wcmd, L"grep -rn ");
    wcsncat(wcmd, pattern, 100);
    wcscat(wcmd, L" /var/log/app");
    to_ascii(cmd, wcmd, sizeof(cmd));
    return popen(cmd, "r"); // $ Alert[taint.cmd-injection]
}

int show_banner(void)
{
    wchar_t title[64], wcmd[128];
    char cmd[128];
    FILE *cfg = fopen("/etc/motd.d/banner.conf", "r");
    if (!cfg || !fgetws(title, 64, cfg))
        return -1;
    fclose(cfg);
    swprintf(wcmd, 128, L"figlet -w 120 %ls", title);
    to_ascii(cmd, wcmd, sizeof(cmd));
    return system(cmd); // $ Alert[taint.cmd-injection]
}

int run_hook_line(FILE *hooks)
{
    wchar_t line[200], prog[200];
    char cmd[200];
    if (!fgetws(line, 200, hooks))
        return -1;
    wchar_t *sp = wcschr(line, L' ');
    wchar_t *copy = wcsdup(sp ? sp + 1 : line);
    wcsncpy(prog, copy, 199);
    prog[199] = L'\0';
    free(copy);
    to_ascii(cmd, prog, sizeof(cmd));
    return system(cmd); // $ Alert[taint.cmd-injection]
}

int run_saved_command(FILE *history)
{
    wchar_t entry[80], wcmd[80];
    char cmd[80];
    if (!fgetws(entry, 80, history))
        return -1;
    wmemcpy(wcmd, entry, 80);
    wcstombs(cmd, wcmd, sizeof(cmd));
    return system(cmd); // $ Alert[taint.cmd-injection]
}

int list_fonts(void)
{
    wchar_t wcmd[64], name[64];
    char cmd[64];
    if (fgetws(name, 64, stdin))
        wprintf(L"requested font: %ls", name);
    wcscpy(wcmd, L"fc-list ");
    wcscat(wcmd, L": family");
    to_ascii(cmd, wcmd, sizeof(cmd));
    return system(cmd);
}
