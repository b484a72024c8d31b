/*
 * taint.path-injection: file names from the network, checked by helpers of
 * several returns before they are joined to a directory. is_plain_name
 * returns 0 for a name with '/' or "..", else 1, and check_name returns -1
 * for a name with '/', else 0: the opens they guard are safe. has_no_dots
 * only rejects "..", so a name with '/' (an absolute path, "a/../../x")
 * still reaches its open.
 */
#include <stdio.h>
#include <string.h>
#include <sys/types.h>
#include <sys/socket.h>

static int is_plain_name(const char *name)
{
    if (name[0] == '\0')
        return 0;
    if (strchr(name, '/') != NULL)
        return 0;
    if (strstr(name, "..") != NULL)
        return 0;
    return 1;
}

static int check_name(const char *name)
{
    size_t len = strlen(name);
    if (len > 64)
        return -1;
    if (strchr(name, '/'))
        return -1;
    return 0;
}

static int has_no_dots(const char *name)
{
    if (strstr(name, "..") != NULL)
        return 0;
    return 1;
}

static int receive_name(int sock, char *name, size_t size)
{
    ssize_t n = recv(sock, name, size - 1, 0);
    if (n <= 0)
        return -1;
    name[n] = '\0';
    return 0;
}

FILE *open_plain(int sock)
{
    char name[128], path[256];
    if (receive_name(sock, name, sizeof name) != 0)
        return NULL;
    if (!is_plain_name(name))
        return NULL;
    snprintf(path, sizeof path, "/srv/files/%s", name);
    return fopen(path, "r");
}

FILE *open_checked(int sock)
{
    char name[128], path[256];
    if (receive_name(sock, name, sizeof name) != 0)
        return NULL;
    if (check_name(name) != 0)
        return NULL;
    snprintf(path, sizeof path, "/srv/files/%s", name);
    return fopen(path, "r");
}

FILE *open_dotless(int sock)
{
    char name[128], path[256];
    if (receive_name(sock, name, sizeof name) != 0)
        return NULL;
    if (!has_no_dots(name))
        return NULL;
    snprintf(path, sizeof path, "/srv/files/%s", name);
    return fopen(path, "r"); // $ Alert[taint.path-injection]
}
