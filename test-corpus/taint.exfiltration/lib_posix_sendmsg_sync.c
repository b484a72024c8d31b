/*
 * taint.exfiltration through less common send paths: sendmsg with an iovec
 * holding a config line, syscall(SYS_sendto) with a token from the
 * environment, and sendfile64/splice of a key file to a connected socket.
 * Look-alikes send constants, copy the key to a local backup file and
 * hand a constant over a local socketpair.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/sendfile.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

static ssize_t send_iov(int sock, const void *buf, size_t len)
{
    struct iovec iov = {(void *)buf, len};
    struct msghdr msg;
    memset(&msg, 0, sizeof(msg));
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    return sendmsg(sock, &msg, 0); // $ Alert[taint.exfiltration]
}

int sync_config(int sock, FILE *cfg)
{
    char line[256];
    while (fgets(line, sizeof(line), cfg))
        if (send_iov(sock, line, strlen(line)) < 0)
            return -1;
    return 0;
}

long register_agent(int sock)
{
    const char *token = getenv("AGENT_TOKEN");
    if (!token)
        return -1;
    return syscall(SYS_sendto, sock, token, strlen(token), 0, NULL, 0); // $ Alert[taint.exfiltration]
}

int push_key(const char *host_unused)
{
    int sock = socket(AF_INET, SOCK_STREAM, 0);
    int fd = open("/etc/ssl/private/server.key", O_RDONLY);
    (void)host_unused;
    if (sock < 0 || fd < 0)
        return -1;
    if (sendfile64(sock, fd, NULL, 4096) < 0) // $ Alert[taint.exfiltration]
        return (int)splice(fd, NULL, sock, NULL, 4096, 0); // $ Alert[taint.exfiltration]
    return 0;
}

int heartbeat(int sock)
{
    static const char beat[] = "BEAT\n";
    struct iovec iov = {(void *)beat, sizeof(beat) - 1};
    struct msghdr msg = {0};
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    if (sendmsg(sock, &msg, 0) < 0)
        return -1;
    return (int)syscall(SYS_sendto, sock, beat, sizeof(beat) - 1, 0, NULL, 0);
}

int worker_handoff(void)
{
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0)
        return -1;
    int key = open("/etc/ssl/private/server.key", O_RDONLY);
    int copy = open("/etc/ssl/private/server.key.bak", O_WRONLY | O_CREAT, 0600);
    if (key >= 0 && copy >= 0 && copy_file_range(key, NULL, copy, NULL, 4096, 0) < 0)
        sendfile64(copy, key, NULL, 4096);
    return (int)write(sv[0], "START\n", 6);
}
