/*
 * taint.path-injection, validators: a file server that serves names from a
 * fixed directory. A guard that REJECTS names containing '/' or ".."
 * (returning before the sink), directly or in a helper returning a boolean,
 * makes the name safe. Bad twins: no guard at all, and a guard whose result
 * is only logged so execution still reaches the sink.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/socket.h>

#define ROOT "/srv/files"

static int recv_name(int sock, char *name, size_t n)
{
    ssize_t got = recv(sock, name, n - 1, 0);
    if (got <= 0)
        return -1;
    name[got] = '\0';
    name[strcspn(name, "\r\n")] = '\0';
    return 0;
}

static int is_safe_name(const char *name)
{
    return name[0] != '\0' && strchr(name, '/') == NULL && strstr(name, "..") == NULL;
}

FILE *serve_checked(int sock)
{
    char name[128], path[256];
    if (recv_name(sock, name, sizeof(name)) < 0)
        return NULL;
    if (strchr(name, '/') != NULL || strstr(name, "..") != NULL)
        return NULL;
    snprintf(path, sizeof(path), "%s/%s", ROOT, name);
    return fopen(path, "rb");
}

FILE *serve_checked_helper(void)
{
    char path[256];
    const char *name = getenv("DEFAULT_FILE");
    if (!name || !is_safe_name(name))
        return NULL;
    snprintf(path, sizeof(path), "%s/%s", ROOT, name);
    return fopen(path, "rb");
}

FILE *serve_unchecked(int sock)
{
    char name[128], path[256];
    if (recv_name(sock, name, sizeof(name)) < 0)
        return NULL;
    snprintf(path, sizeof(path), "%s/%s", ROOT, name);
    return fopen(path, "rb"); // $ Alert[taint.path-injection]
}

FILE *serve_warn_only(int sock)
{
    char name[128], path[256];
    if (recv_name(sock, name, sizeof(name)) < 0)
        return NULL;
    if (!is_safe_name(name))
        fprintf(stderr, "suspicious name: %s\n", name);
    snprintf(path, sizeof(path), "%s/%s", ROOT, name);
    return fopen(path, "rb"); // $ Alert[taint.path-injection]
}
