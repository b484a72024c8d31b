// capabilities: memory-exec on Windows. A JIT allocates a read-write buffer,
// copies generated code into it and flips it to PAGE_EXECUTE_READ with
// VirtualProtect; a closure pool is allocated PAGE_EXECUTE_READWRITE directly
// with VirtualAlloc (as libffi does). It includes <windows.h>; Sluice's
// bundled declarations serve it when the Windows SDK is not installed. No
// expectations.
#include <windows.h>

#include <cstddef>
#include <cstdio>
#include <cstring>

static void *emit(const unsigned char *code, std::size_t n)
{
    void *mem = VirtualAlloc(nullptr, 4096, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
    if (!mem)
        return nullptr;
    std::memcpy(mem, code, n);
    DWORD old = 0;
    if (!VirtualProtect(mem, 4096, PAGE_EXECUTE_READ, &old)) {
        VirtualFree(mem, 0, MEM_RELEASE);
        return nullptr;
    }
    return mem;
}

static void *closure_pool()
{
    return VirtualAlloc(nullptr, 65536, MEM_COMMIT | MEM_RESERVE, PAGE_EXECUTE_READWRITE);
}

int main()
{
    static const unsigned char ret42[] = {0xb8, 0x2a, 0x00, 0x00, 0x00, 0xc3}; // mov eax, 42; ret
    void *f = emit(ret42, sizeof(ret42));
    void *pool = closure_pool();
    if (f)
        std::printf("%d\n", reinterpret_cast<int (*)()>(f)());
    if (pool)
        VirtualFree(pool, 0, MEM_RELEASE);
    return 0;
}
