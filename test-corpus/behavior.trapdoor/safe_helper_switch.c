/*
 * Look-alike for behavior.trapdoor: a helper opens a shell when its
 * parameter equals "shell", but the only caller passes a command-line
 * switch. The user who types the switch already has a shell: not a
 * trapdoor (the same call with input from stdin is helper_param_shell.c).
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int run_mode(const char *mode)
{
    if (strcmp(mode, "shell") == 0)
        return execl("/bin/sh", "sh", (char *)NULL);
    printf("mode %s\n", mode);
    return 0;
}

int main(int argc, char **argv)
{
    return argc > 1 ? run_mode(argv[1]) : 0;
}
