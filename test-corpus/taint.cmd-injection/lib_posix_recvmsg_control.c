/*
 * taint.cmd-injection from recvmsg: a control daemon receives a request
 * through a scatter/gather iovec (header + payload) and runs the payload as
 * a shell command. The look-alike receives the same way but only counts
 * bytes and answers with a fixed status.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

struct req_header {
    unsigned char version;
    unsigned char opcode;
    unsigned short length;
};

int handle_request(int sock)
{
    struct req_header hdr;
    char payload[256];
    struct iovec iov[2] = {{&hdr, sizeof(hdr)}, {payload, sizeof(payload) - 1}};
    struct msghdr msg;
    memset(&msg, 0, sizeof(msg));
    memset(payload, 0, sizeof(payload));
    msg.msg_iov = iov;
    msg.msg_iovlen = 2;
    ssize_t n = recvmsg(sock, &msg, 0);
    if (n <= (ssize_t)sizeof(hdr))
        return -1;
    if (hdr.opcode == 1)
        return system(payload); // $ Alert[taint.cmd-injection]
    return 0;
}

int handle_ping(int sock)
{
    char buf[64];
    struct iovec iov = {buf, sizeof(buf)};
    struct msghdr msg;
    long total = 0;
    memset(&msg, 0, sizeof(msg));
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    for (;;) {
        ssize_t n = recvmsg(sock, &msg, 0);
        if (n <= 0)
            break;
        total += n;
        if (write(sock, "OK\n", 3) < 0)
            break;
    }
    printf("ping: %ld bytes\n", total);
    return system("logger -t ctl ping-done");
}
