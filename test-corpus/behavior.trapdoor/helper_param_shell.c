/*
 * behavior.trapdoor: the comparison is in a helper. main reads a code from
 * standard input through its own line reader, then hands it to
 * service_mode(), which opens a shell when the code equals a constant. The
 * helper's parameter holds what main passes: input from stdin.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int prompt(const char *what, char *out, size_t size)
{
    fputs(what, stdout);
    if (!fgets(out, (int)size, stdin))
        return -1;
    out[strcspn(out, "\n")] = '\0';
    return 0;
}

static void service_mode(const char *code)
{
    if (strcmp(code, "svc-7731-unlock") != 0) {
        puts("invalid service code");
        return;
    }
    execl("/bin/sh", "sh", "-i", (char *)NULL); // $ Alert[behavior.trapdoor]
}

int main(void)
{
    char code[64];
    if (prompt("service code: ", code, sizeof code) == 0)
        service_mode(code);
    return 0;
}
