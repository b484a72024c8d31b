/*
 * taint.library-load: a monitoring daemon whose controller tells it which
 * probe module to load. A module name received from the socket and joined
 * to the module directory can climb out with "../"; a number received and
 * used to pick from a table of fixed paths cannot. Probes may be loaded into
 * a new link-map namespace with dlmopen.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define MODULE_DIR "/usr/lib/monitord/probes"

static const char *const kProbes[] = {
    MODULE_DIR "/cpu.so",
    MODULE_DIR "/disk.so",
    MODULE_DIR "/net.so",
};

void *load_named_probe(int ctl, int isolated)
{
    char name[128], path[256];
    ssize_t n = recv(ctl, name, sizeof(name) - 1, 0);
    if (n <= 0)
        return NULL;
    name[n] = '\0';
    name[strcspn(name, "\r\n")] = '\0';
    snprintf(path, sizeof(path), MODULE_DIR "/%s.so", name);
    if (isolated)
        return dlmopen(LM_ID_NEWLM, path, RTLD_NOW); // $ Alert[taint.library-load]
    return dlopen(path, RTLD_NOW | RTLD_LOCAL); // $ Alert[taint.library-load]
}

void *load_numbered_probe(int ctl)
{
    char buf[16];
    ssize_t n = recv(ctl, buf, sizeof(buf) - 1, 0);
    if (n <= 0)
        return NULL;
    buf[n] = '\0';
    long idx = strtol(buf, NULL, 10);
    if (idx < 0 || idx >= (long)(sizeof(kProbes) / sizeof(kProbes[0])))
        return NULL;
    return dlopen(kProbes[idx], RTLD_NOW);
}

int main(int argc, char **argv)
{
    int ctl = socket(AF_UNIX, SOCK_STREAM, 0);
    if (ctl < 0)
        return 1;
    void *a = load_numbered_probe(ctl);
    void *b = load_named_probe(ctl, argc > 1 && strcmp(argv[1], "--isolate") == 0);
    close(ctl);
    return a && b ? 0 : 1;
}
