/*
 * behavior.obfuscated-execution: a function looked up by a hidden name. The
 * symbol name is XOR-encoded with a repeating three-byte key and resolved
 * with dlsym() at run time, so neither the import table nor the strings show
 * that the program calls system().
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stddef.h>

typedef int (*run_fn)(const char *);

static const unsigned char enc_name[] = {0x18, 0x4a, 0x0a, 0x1f, 0x56, 0x14};
static const char key[] = "k3y";

int main(void)
{
    char name[sizeof(enc_name) + 1];

    for (size_t i = 0; i < sizeof(enc_name); i++)
        name[i] = (char)(enc_name[i] ^ key[i % 3]);
    name[sizeof(enc_name)] = '\0';
    run_fn run = (run_fn)dlsym(RTLD_DEFAULT, name); // $ Alert[behavior.obfuscated-execution]
    if (!run)
        return 1;
    return run("id");
}
