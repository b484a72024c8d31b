/*
 * behavior.obfuscated-execution: "/bin/sh" kept XOR-encoded with a one-byte
 * key so that `strings` and grep do not show it; decoded into a stack buffer
 * in a loop and passed to execl().
 */
#include <stddef.h>
#include <unistd.h>

static const unsigned char blob[] = {0x6d, 0x20, 0x2b, 0x2c, 0x6d, 0x31, 0x2a};

int main(void)
{
    char cmd[sizeof(blob) + 1];
    size_t i;

    for (i = 0; i < sizeof(blob); i++)
        cmd[i] = blob[i] ^ 0x42;
    cmd[sizeof(blob)] = '\0';
    execl(cmd, "sh", "-i", (char *)NULL); // $ Alert[behavior.obfuscated-execution]
    return 1;
}
