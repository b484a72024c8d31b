/*
 * taint.path-injection (model row): sscanf converts the text of a request
 * line into its pointer arguments. A string field (%s, %[...]) carries the
 * peer's text into the path opened; a number (%d) parsed from the same line
 * is a number, so a path built from it (a /proc entry) is not the peer's
 * choice.
 */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int serve_request(int client)
{
    char req[1024], method[8], uri[512];
    ssize_t n = recv(client, req, sizeof req - 1, 0);
    if (n <= 0)
        return -1;
    req[n] = '\0';
    if (sscanf(req, "%7s %511s", method, uri) != 2)
        return -1;
    char path[600];
    snprintf(path, sizeof path, "/srv/files%s", uri);
    return open(path, O_RDONLY); // $ Alert[taint.path-injection]
}

int status_of(int client)
{
    char req[256];
    int pid = 0;
    ssize_t n = recv(client, req, sizeof req - 1, 0);
    if (n <= 0)
        return -1;
    req[n] = '\0';
    if (sscanf(req, "STATUS %d", &pid) != 1)
        return -1;
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/status", pid);
    return open(path, O_RDONLY);
}
