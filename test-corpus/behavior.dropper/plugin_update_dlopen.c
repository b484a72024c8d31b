/*
 * behavior.dropper: a "hot plugin update". The plugin is fetched over
 * plain HTTP into memory by one helper, written to the plugin directory by
 * another, and the new shared object is loaded with dlopen, which runs its
 * constructors. Nothing checks a signature.
 */
#include <dlfcn.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define PLUGIN_PATH "/usr/local/lib/acme/plugins/libreport.so"

struct blob {
    unsigned char *data;
    size_t len;
};

static int fetch(const char *host, const char *path, struct blob *out)
{
    struct addrinfo hints = {0}, *ai;
    char req[256];
    unsigned char chunk[8192];
    ssize_t n;
    int s;

    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host, "80", &hints, &ai) != 0)
        return -1;
    s = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
    if (s < 0 || connect(s, ai->ai_addr, ai->ai_addrlen) != 0) {
        freeaddrinfo(ai);
        return -1;
    }
    freeaddrinfo(ai);
    snprintf(req, sizeof(req), "GET %s HTTP/1.0\r\nHost: %s\r\n\r\n", path, host);
    send(s, req, strlen(req), 0);
    out->data = NULL;
    out->len = 0;
    while ((n = recv(s, chunk, sizeof(chunk), 0)) > 0) {
        unsigned char *grown = realloc(out->data, out->len + (size_t)n);
        if (!grown)
            break;
        memcpy(grown + out->len, chunk, (size_t)n);
        out->data = grown;
        out->len += (size_t)n;
    }
    close(s);
    return out->len ? 0 : -1;
}

static int save(const char *path, const struct blob *b)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    fwrite(b->data, 1, b->len, f);
    return fclose(f);
}

int main(void)
{
    struct blob b;
    if (fetch("plugins.acme.example", "/linux/libreport.so", &b) != 0 || save(PLUGIN_PATH, &b) != 0)
        return 1;
    free(b.data);
    void *h = dlopen(PLUGIN_PATH, RTLD_NOW); // $ Alert[behavior.dropper]
    if (!h) {
        fprintf(stderr, "%s\n", dlerror());
        return 1;
    }
    return 0;
}
