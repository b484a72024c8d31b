/*
 * capabilities: memory-exec through mmap/mprotect. A tiny x86-64 JIT for a
 * constant-folding calculator: code is written to a read-write mapping, the
 * mapping is switched to read-execute with mprotect(PROT_EXEC), and a
 * second, read-execute trampoline page is mapped directly. Ordinary JIT
 * behaviour; no expectations.
 */
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

typedef long (*fn_t)(void);

static long jit_constant(long value)
{
    /* mov rax, imm64 ; ret */
    unsigned char code[11] = {0x48, 0xb8};
    size_t page = 4096;
    void *mem = mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

    if (mem == MAP_FAILED)
        return -1;
    memcpy(code + 2, &value, sizeof(value));
    code[10] = 0xc3;
    memcpy(mem, code, sizeof(code));
    if (mprotect(mem, page, PROT_READ | PROT_EXEC) != 0) {
        munmap(mem, page);
        return -1;
    }
    long r = ((fn_t)mem)();
    munmap(mem, page);
    return r;
}

static void *trampoline_page(void)
{
    void *p = mmap(NULL, 4096, PROT_READ | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

int main(void)
{
    void *t = trampoline_page();
    printf("%ld\n", jit_constant(6 * 7));
    if (t)
        munmap(t, 4096);
    return 0;
}
