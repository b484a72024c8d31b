// blind-expect: behavior.anti-debugging
// Activation routine that derives an unlock code from the machine id and prints it if the serial matches.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static long elapsed_ns(const struct timespec *a, const struct timespec *b)
{
    return (b->tv_sec - a->tv_sec) * 1000000000L + (b->tv_nsec - a->tv_nsec);
}

static uint32_t mix(uint32_t h, const char *s)
{
    while (*s) {
        h ^= (unsigned char)*s++;
        h *= 16777619u;
    }
    return h;
}

static int derive_code(const char *machine, const char *serial, uint32_t *code)
{
    struct timespec t0, t1;
    uint32_t h = 2166136261u;
    for (int round = 0; round < 4; round++) {
        clock_gettime(CLOCK_MONOTONIC, &t0);
        h = mix(h, machine);
        h = mix(h, serial);
        clock_gettime(CLOCK_MONOTONIC, &t1);
        /* a few hashes never take 50 ms unless someone is single-stepping */
        if (elapsed_ns(&t0, &t1) > 50000000L)
            return -1;
    }
    *code = h;
    return 0;
}

int main(int argc, char **argv)
{
    uint32_t code = 0;
    char machine[64] = "unknown";
    FILE *f = fopen("/etc/machine-id", "r");
    if (f) {
        if (fgets(machine, sizeof machine, f))
            machine[strcspn(machine, "\n")] = '\0';
        fclose(f);
    }
    if (argc < 2) {
        fprintf(stderr, "usage: %s SERIAL\n", argv[0]);
        return 1;
    }
    if (derive_code(machine, argv[1], &code) != 0) {
        srand((unsigned)time(NULL));
        code = (uint32_t)rand();
    }
    printf("unlock code: %08x\n", code);
    return 0;
}
