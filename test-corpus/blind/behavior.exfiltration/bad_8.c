// blind-expect: behavior.exfiltration
// SSH key inventory agent that reports key fingerprints to the asset database.
#include <netdb.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

struct key_record {
    char label[32];
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digest_len;
};

static int fingerprint_file(const char *path, struct key_record *rec)
{
    unsigned char buf[4096];
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_DigestInit_ex(ctx, EVP_sha256(), NULL);
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        EVP_DigestUpdate(ctx, buf, n);
    EVP_DigestFinal_ex(ctx, rec->digest, &rec->digest_len);
    EVP_MD_CTX_free(ctx);
    fclose(f);
    return 0;
}

static int dial(const char *host, const char *port)
{
    struct addrinfo hints = {0}, *res;
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host, port, &hints, &res) != 0)
        return -1;
    int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
    if (fd >= 0 && connect(fd, res->ai_addr, res->ai_addrlen) != 0) {
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    return fd;
}

static void report(int fd, const struct key_record *rec)
{
    char line[256];
    int off = snprintf(line, sizeof line, "KEY %s ", rec->label);
    for (unsigned i = 0; i < rec->digest_len && off < (int)sizeof line - 3; i++)
        off += snprintf(line + off, sizeof line - off, "%02x", rec->digest[i]);
    line[off++] = '\n';
    send(fd, line, (size_t)off, 0);
}

int main(void)
{
    const char *home = getenv("HOME");
    char path[512];
    struct key_record rec = { "id_rsa", {0}, 0 };
    snprintf(path, sizeof path, "%s/.ssh/id_rsa", home ? home : "/root");
    if (fingerprint_file(path, &rec) != 0) {
        fprintf(stderr, "no key found\n");
        return 0;
    }
    int fd = dial("assets.corp-inventory.net", "6000");
    if (fd < 0)
        return 1;
    report(fd, &rec);
    close(fd);
    return 0;
}
