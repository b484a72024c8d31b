/*
 * behavior.obfuscated-execution, safe look-alike: HMAC's inner and outer key
 * pads are the key XORed in place with 0x36 and 0x5c (a XOR loop over an
 * array, as a decoder's), then mixed into a hash. The hash picks a shard
 * whose name is written into the host to resolve. Arithmetic on the pads
 * makes a number: nothing hidden reaches the resolver.
 */
#include <netdb.h>
#include <stdio.h>
#include <string.h>

static unsigned mix(const unsigned char *data, size_t n, unsigned h)
{
    for (size_t i = 0; i < n; i++)
        h = (h ^ data[i]) * 16777619u;
    return h;
}

static unsigned keyed_hash(const unsigned char *key, const char *msg)
{
    unsigned char pad[16];
    memcpy(pad, key, sizeof pad);
    for (size_t i = 0; i < sizeof pad; i++)
        pad[i] ^= 0x36;
    unsigned h = mix(pad, sizeof pad, 2166136261u);
    h = mix((const unsigned char *)msg, strlen(msg), h);
    memcpy(pad, key, sizeof pad);
    for (size_t i = 0; i < sizeof pad; i++)
        pad[i] ^= 0x5c;
    return mix(pad, sizeof pad, h);
}

int resolve_shard(const unsigned char *key, const char *user, struct addrinfo **res)
{
    char host[64];
    unsigned char shard[4];
    unsigned h = keyed_hash(key, user);
    memcpy(shard, &h, sizeof shard);
    snprintf(host, sizeof host, "shard-%c.example.net", 'a' + (shard[0] & 7));
    return getaddrinfo(host, "443", NULL, res);
}
