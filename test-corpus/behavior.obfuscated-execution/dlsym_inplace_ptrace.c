/*
 * behavior.obfuscated-execution: an anti-debugging call hidden from the
 * import table. The name "ptrace" sits XOR-encoded in a local array, is
 * decoded in place, and is resolved from libc with dlopen()/dlsym(); the
 * pointer is then called with PTRACE_TRACEME (0).
 */
#include <dlfcn.h>
#include <stdio.h>

typedef long (*ptrace_fn)(int, int, void *, void *);

int main(void)
{
    char name[] = {0x51, 0x55, 0x53, 0x40, 0x42, 0x44, 0x00};
    void *libc = dlopen("libc.so.6", RTLD_NOW);

    if (!libc)
        return 1;
    for (int i = 0; name[i]; i++)
        name[i] ^= 0x21;
    ptrace_fn pt = (ptrace_fn)dlsym(libc, name); // $ Alert[behavior.obfuscated-execution]
    if (pt && pt(0, 0, NULL, NULL) == -1) {
        puts("bye");
        return 0;
    }
    puts("running");
    return 0;
}
