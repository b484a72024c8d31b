/*
 * behavior.obfuscated-execution, safe look-alike: a scratch folder's name is
 * derived from a seed mixed by XOR from the clock and the process id, byte
 * by byte into a buffer, and the folder is then created by a command. A XOR
 * of scalars is mixing, not decoding: nothing read element by element with a
 * key, nothing hidden.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/time.h>
#include <unistd.h>

static void make_seed(unsigned char *seed, size_t n)
{
    for (size_t j = 0; j < n; j++) {
        struct timeval tv;
        gettimeofday(&tv, NULL);
        seed[j] = (unsigned char)(tv.tv_sec ^ tv.tv_usec ^ getpid() ^ (long)j);
        seed[j] ^= (unsigned char)(tv.tv_usec >> 8); /* and stirred in place */
    }
}

int main(void)
{
    unsigned char seed[4];
    char cmd[64];
    make_seed(seed, sizeof seed);
    snprintf(cmd, sizeof cmd, "mkdir -p /tmp/build-%02x%02x%02x%02x", seed[0], seed[1], seed[2],
             seed[3]);
    return system(cmd);
}
