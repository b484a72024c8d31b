/*
 * capabilities: memfd_create for shared memory. A Wayland-style client makes
 * an anonymous in-memory file for a pixel buffer, sizes it with ftruncate
 * and maps it; the descriptor would be handed to the compositor. No
 * expectations.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

int main(void)
{
    const int width = 640, height = 480, stride = width * 4;
    size_t size = (size_t)stride * height;
    int fd = memfd_create("wl_shm-pool", MFD_CLOEXEC | MFD_ALLOW_SEALING);

    if (fd < 0) {
        perror("memfd_create");
        return 1;
    }
    if (ftruncate(fd, (off_t)size) != 0) {
        close(fd);
        return 1;
    }
    uint32_t *pixels = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (pixels == MAP_FAILED) {
        close(fd);
        return 1;
    }
    for (size_t i = 0; i < size / 4; i++)
        pixels[i] = 0xff336699u;
    munmap(pixels, size);
    close(fd);
    return 0;
}
