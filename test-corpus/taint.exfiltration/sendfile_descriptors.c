/*
 * taint.exfiltration without a buffer: sendfile and splice move a file's
 * content straight to a socket. Sending a file to another file, or a
 * socket's data to a file, is not exfiltration.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdlib.h>
#include <sys/sendfile.h>
#include <sys/socket.h>
#include <unistd.h>

int push_backup(const char *host_unused)
{
    int sock = socket(AF_INET, SOCK_STREAM, 0);
    int fd = open("/var/backups/db.dump", O_RDONLY);
    (void)host_unused;
    if (sock < 0 || fd < 0)
        return -1;
    return (int)sendfile(sock, fd, NULL, 1 << 20); // $ Alert[taint.exfiltration]
}

int stream_log(void)
{
    int sock = socket(AF_INET, SOCK_STREAM, 0);
    int fd = open("/var/log/app.log", O_RDONLY);
    if (sock < 0 || fd < 0)
        return -1;
    return (int)splice(fd, NULL, sock, NULL, 65536, 0); // $ Alert[taint.exfiltration]
}

int copy_locally(void)
{
    int in = open("/var/lib/app/state", O_RDONLY);
    int out = open("/var/lib/app/state.bak", O_WRONLY | O_CREAT, 0600);
    if (in < 0 || out < 0)
        return -1;
    return (int)sendfile(out, in, NULL, 1 << 20) + (int)splice(in, NULL, out, NULL, 4096, 0);
}
