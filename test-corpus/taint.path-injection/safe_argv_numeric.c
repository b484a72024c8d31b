/*
 * taint.path-injection, safe look-alikes with argv: the shard number comes
 * from atoi(argv[1]) and the label argv[2] is only printed. Nothing may be
 * reported.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
    char path[64];
    char buf[4096];
    size_t n, total = 0;
    int shard = 0;
    FILE *fp;

    if (argc > 1)
        shard = atoi(argv[1]);
    if (shard < 0 || shard > 255) {
        fprintf(stderr, "%s: shard out of range\n", argv[0]);
        return 2;
    }
    snprintf(path, sizeof(path), "/var/lib/shards/shard-%03d.dat", shard);
    fp = fopen(path, "rb");
    if (!fp) {
        perror(path);
        return 1;
    }
    while ((n = fread(buf, 1, sizeof(buf), fp)) > 0)
        total += n;
    fclose(fp);

    if (argc > 2)
        printf("[%s] ", argv[2]);
    printf("shard %d: %zu bytes\n", shard, total);
    return 0;
}
