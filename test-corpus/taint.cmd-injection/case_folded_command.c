/*
 * taint.cmd-injection through case conversion: a command taken from the
 * environment and lowercased (or uppercased) one character at a time is
 * still the command. Look-alikes: a constant lowercased the same way, and
 * an input lowercased only to compare it with fixed words.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

static void lower_copy(char *dst, size_t cap, const char *src)
{
    size_t i;
    for (i = 0; src[i] && i + 1 < cap; i++)
        dst[i] = (char)tolower((unsigned char)src[i]);
    dst[i] = '\0';
}

int run_hook(void)
{
    const char *hook = getenv("BUILD_HOOK");
    char cmd[256];
    if (!hook)
        return -1;
    lower_copy(cmd, sizeof cmd, hook);
    return system(cmd); // $ Alert[taint.cmd-injection]
}

int run_shouted(void)
{
    const char *tool = getenv("TOOL");
    char cmd[64];
    size_t i;
    if (!tool)
        return -1;
    for (i = 0; tool[i] && i + 1 < sizeof cmd; i++)
        cmd[i] = (char)toupper((unsigned char)tool[i]);
    cmd[i] = '\0';
    return system(cmd); // $ Alert[taint.cmd-injection]
}

int run_fixed(void)
{
    char cmd[32];
    lower_copy(cmd, sizeof cmd, "UPTIME");
    return system(cmd);
}

int run_mode(void)
{
    const char *mode = getenv("MODE");
    char m[16];
    if (!mode)
        return -1;
    lower_copy(m, sizeof m, mode);
    if (strcmp(m, "fast") == 0)
        return system("make -j8");
    return system("make");
}

int wide_is_yes(const wchar_t *answer)
{
    return answer && towlower((wint_t)answer[0]) == L'y' && towupper((wint_t)answer[1]) != L'N';
}

int main(void)
{
    return run_hook() + run_shouted() + run_fixed() + run_mode() + wide_is_yes(L"yes");
}
