/*
 * taint.cmd-injection: an image tool reads a block count from a binary
 * header and sizes the image with `count * block size`. A product of
 * numbers is a number: formatted into the command it is digits, never
 * shell text, so the fallocate call is not reported (the product is a
 * `sanitize: all` operator in libc-sanitizers.yaml, like / and %). The
 * look-alike takes the volume label from the same header as text, and
 * that command is reported. The allocator's bookkeeping below (a running
 * total of bytes, kept next to the strings the tool hands out) is the
 * shape where a size read from a file used to taint a whole state object.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct header {
    unsigned blocks;
    char label[32];
};

struct pool {
    size_t in_use;
    const char *tool;
};

static void *pool_alloc(struct pool *p, size_t count, size_t size)
{
    p->in_use += count * size;
    return malloc(count * size);
}

static int read_header(FILE *f, struct header *h)
{
    return fread(h, sizeof *h, 1, f) == 1 ? 0 : -1;
}

int make_image(const char *path)
{
    struct header h;
    struct pool p = {0, "fallocate"};
    char cmd[256];
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    if (read_header(f, &h) != 0) {
        fclose(f);
        return -1;
    }
    fclose(f);
    void *table = pool_alloc(&p, h.blocks, 16);
    free(table);

    snprintf(cmd, sizeof cmd, "%s -l %u image.raw", p.tool, h.blocks * 512u);
    system(cmd);

    h.label[sizeof h.label - 1] = '\0';
    snprintf(cmd, sizeof cmd, "e2label image.raw %s", h.label);
    return system(cmd); // $ Alert[taint.cmd-injection]
}
