/*
 * taint.exfiltration (model rows): a tiny status daemon. Connections come
 * from accept4(); file content read with pread() and an environment value
 * are written or sent to the client. Look-alikes: the same file content
 * written to a local file opened with openat() and to standard output, and
 * a constant greeting sent to the client.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>

static const char kGreeting[] = "status-daemon 1.2 ready\n";

int serve_header(int listener)
{
    char header[512];
    int client = accept4(listener, NULL, NULL, SOCK_CLOEXEC);
    int db = open("/var/lib/app/users.db", O_RDONLY);
    if (client < 0 || db < 0)
        return -1;
    ssize_t n = pread(db, header, sizeof(header), 0);
    if (n > 0)
        write(client, header, (size_t)n); // $ Alert[taint.exfiltration]
    close(db);
    return close(client);
}

int serve_token(int listener)
{
    const char *token = getenv("API_TOKEN");
    int client = accept4(listener, NULL, NULL, 0);
    if (client < 0 || !token)
        return -1;
    send(client, token, strlen(token), MSG_NOSIGNAL); // $ Alert[taint.exfiltration]
    return close(client);
}

int greet(int listener)
{
    int client = accept4(listener, NULL, NULL, SOCK_NONBLOCK);
    if (client < 0)
        return -1;
    send(client, kGreeting, sizeof(kGreeting) - 1, 0);
    return close(client);
}

int snapshot_header(void)
{
    char header[512];
    int db = open("/var/lib/app/users.db", O_RDONLY);
    int dir = open("/var/backups", O_RDONLY | O_DIRECTORY);
    if (db < 0 || dir < 0)
        return -1;
    int out = openat(dir, "users.hdr", O_WRONLY | O_CREAT | O_TRUNC, 0600);
    ssize_t n = pread(db, header, sizeof(header), 0);
    if (out >= 0 && n > 0) {
        write(out, header, (size_t)n);
        write(STDOUT_FILENO, header, (size_t)n);
    }
    close(db);
    close(dir);
    return out >= 0 ? close(out) : -1;
}
