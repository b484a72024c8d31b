/*
 * taint.exfiltration: a typed password, a shadow entry and received
 * messages, sent with sendmsg; look-alikes send constants.
 */
#define _GNU_SOURCE
#include <shadow.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

static ssize_t send_buf(int sock, const char *buf, size_t n)
{
    struct iovec iov = {(void *)buf, n};
    struct msghdr msg;
    memset(&msg, 0, sizeof(msg));
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    return sendmsg(sock, &msg, 0); // $ Alert[taint.exfiltration]
}

int login_remote(int sock)
{
    char *pw = getpass("Password: ");
    return pw ? (int)send_buf(sock, pw, strlen(pw)) : -1;
}

int sync_shadow(int sock)
{
    struct spwd *sp = getspnam("root");
    return sp ? (int)send_buf(sock, sp->sp_pwdp, strlen(sp->sp_pwdp)) : -1;
}

int say_hello(int sock)
{
    const char *hello = "HELLO\n";
    struct iovec iov = {(void *)hello, 6};
    struct msghdr msg;
    memset(&msg, 0, sizeof(msg));
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    return (int)sendmsg(sock, &msg, 0);
}

int local_pair(void)
{
    int sv[2];
    char buf[64];
    struct iovec iov = {buf, sizeof(buf)};
    struct msghdr msg;
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0)
        return -1;
    memset(&msg, 0, sizeof(msg));
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    if (recvmsg(sv[0], &msg, 0) <= 0)
        return -1;
    return (int)write(STDOUT_FILENO, "ok\n", 3);
}
