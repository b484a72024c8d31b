// blind-expect: none
// Inventory tool entry point that decodes its stored banner text and prints it before listing items.
#include <stdio.h>
#include <string.h>

static const unsigned char banner[] = {
    0x76, 0x44, 0x4d, 0x42, 0x4e, 0x4c, 0x44, 0x01, 0x55, 0x4e, 0x01, 0x55, 0x49, 0x44, 0x01,
    0x48, 0x4f, 0x57, 0x44, 0x4f, 0x55, 0x4e, 0x53, 0x58, 0x01, 0x55, 0x4e, 0x4e, 0x4d, 0x00
};

struct item {
    const char *name;
    int qty;
};

static void decode_banner(char *out, size_t outlen)
{
    size_t i;
    for (i = 0; i < sizeof banner && i + 1 < outlen; i++)
        out[i] = (char)(banner[i] ^ 0x21);
    out[i] = '\0';
}

int main(void)
{
    static const struct item items[] = {
        { "hex bolt M6", 120 },
        { "washer 6mm", 340 },
        { "lock nut M6", 95 },
    };
    char text[64];
    decode_banner(text, sizeof text);
    puts(text);
    for (size_t i = 0; i < sizeof items / sizeof items[0]; i++)
        printf("%-12s %5d\n", items[i].name, items[i].qty);
    printf("%zu item types\n", sizeof items / sizeof items[0]);
    return (int)strlen(text) > 0 ? 0 : 1;
}
