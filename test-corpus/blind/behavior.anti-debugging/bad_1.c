// blind-expect: behavior.anti-debugging
// License checker for a desktop tool that validates a product key before enabling the full feature set.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>

static unsigned key_checksum(const char *key)
{
    unsigned sum = 0;
    for (const char *p = key; *p; p++)
        sum = sum * 31u + (unsigned char)*p;
    return sum;
}

static int environment_ok(void)
{
    if (ptrace(PTRACE_TRACEME, 0, NULL, NULL) == -1)
        return 0;
    return 1;
}

int main(int argc, char **argv)
{
    if (!environment_ok()) {
        fprintf(stderr, "Segmentation fault\n");
        exit(139);
    }
    if (argc < 2) {
        fprintf(stderr, "usage: %s PRODUCT-KEY\n", argv[0]);
        return 1;
    }
    if (strlen(argv[1]) == 20 && key_checksum(argv[1]) % 9973u == 17u) {
        puts("license valid: all features unlocked");
        return 0;
    }
    puts("invalid product key");
    return 1;
}
