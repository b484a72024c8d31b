/*
 * behavior.obfuscated-execution: library decoders (OpenSSL, resolv, GLib,
 * Win32 CryptoAPI) unpack a hidden command or peer address, then used; the
 * look-alikes decode the same way and only print or store the bytes.
 * The libraries' headers are not needed: the prototypes are written here.
 */
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct evp_encode_ctx_st EVP_ENCODE_CTX;
int EVP_DecodeBlock(unsigned char *t, const unsigned char *f, int n);
int EVP_DecodeUpdate(EVP_ENCODE_CTX *ctx, unsigned char *out, int *outl,
                     const unsigned char *in, int inl);
int b64_pton(const char *src, unsigned char *target, size_t targsize);
unsigned char *g_base64_decode(const char *text, size_t *out_len);
int CryptStringToBinaryA(const char *s, unsigned long n, unsigned long flags,
                         unsigned char *out, unsigned long *outn, unsigned long *skip,
                         unsigned long *used);

static const char blob[] = "L3Vzci9iaW4vaWQ=";

int openssl_block(void)
{
    unsigned char out[64];
    EVP_DecodeBlock(out, (const unsigned char *)blob, 16);
    return system((const char *)out); // $ Alert[behavior.obfuscated-execution]
}

int openssl_update(EVP_ENCODE_CTX *ctx)
{
    unsigned char out[64];
    int n = 0;
    EVP_DecodeUpdate(ctx, out, &n, (const unsigned char *)blob, 16);
    return system((const char *)out); // $ Alert[behavior.obfuscated-execution]
}

int resolv_pton(void)
{
    unsigned char out[64];
    b64_pton(blob, out, sizeof out);
    return system((const char *)out); // $ Alert[behavior.obfuscated-execution]
}

int glib_decode(void)
{
    size_t n = 0;
    return system((const char *)g_base64_decode(blob, &n)); // $ Alert[behavior.obfuscated-execution]
}

int cryptoapi_decode(void)
{
    unsigned char out[64];
    unsigned long n = sizeof out;
    CryptStringToBinaryA(blob, 0, 1, out, &n, NULL, NULL);
    return system((const char *)out); // $ Alert[behavior.obfuscated-execution]
}

/* An address kept in base64: the peer is hidden too. */
int hidden_peer(struct in_addr *peer)
{
    static const char addr64[] = "MTk4LjUxLjEwMC45";
    unsigned char text[32];
    b64_pton(addr64, text, sizeof text);
    return inet_pton(AF_INET, (const char *)text, peer); // $ Alert[behavior.obfuscated-execution]
}

/* Look-alikes: the decoded bytes are printed or saved, never run. */
void show_block(void)
{
    unsigned char out[64];
    EVP_DecodeBlock(out, (const unsigned char *)blob, 16);
    printf("%s\n", (const char *)out);
}

void show_update(EVP_ENCODE_CTX *ctx)
{
    unsigned char out[64];
    int n = 0;
    EVP_DecodeUpdate(ctx, out, &n, (const unsigned char *)blob, 16);
    fwrite(out, 1, (size_t)n, stdout);
}

void show_pton(void)
{
    unsigned char out[64];
    b64_pton(blob, out, sizeof out);
    puts((const char *)out);
}

void show_glib(void)
{
    size_t n = 0;
    unsigned char *p = g_base64_decode(blob, &n);
    fwrite(p, 1, n, stdout);
    free(p);
}

void show_cryptoapi(void)
{
    unsigned char out[64];
    unsigned long n = sizeof out;
    CryptStringToBinaryA(blob, 0, 1, out, &n, NULL, NULL);
    fwrite(out, 1, n, stdout);
}

int plain_peer(struct in_addr *peer)
{
    return inet_pton(AF_INET, "198.51.100.9", peer);
}
