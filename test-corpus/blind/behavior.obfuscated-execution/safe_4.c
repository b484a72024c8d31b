// blind-expect: none
// Inventory sync client that logs into the warehouse database service.
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define DB_HOST "db.warehouse.internal"
#define DB_PORT "5400"

static const unsigned char masked_pw[] = {
    0x60, 0x46, 0x5e, 0x5e, 0x56, 0x41, 0x01, 0x03, 0x01, 0x07, 0x12, 0x57, 0x51
};

static void unmask(char *out, size_t cap)
{
    size_t i;
    for (i = 0; i < sizeof masked_pw && i + 1 < cap; i++)
        out[i] = (char)(masked_pw[i] ^ 0x33);
    out[i] = '\0';
}

static int db_connect(void)
{
    struct addrinfo hints = {0}, *res;
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(DB_HOST, DB_PORT, &hints, &res) != 0)
        return -1;
    int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
    if (fd >= 0 && connect(fd, res->ai_addr, res->ai_addrlen) != 0) {
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    return fd;
}

int main(void)
{
    char pw[32], msg[128], reply[64];
    int fd = db_connect();
    if (fd < 0) {
        fprintf(stderr, "database unreachable\n");
        return 1;
    }
    unmask(pw, sizeof pw);
    int n = snprintf(msg, sizeof msg, "AUTH inventory %s\n", pw);
    send(fd, msg, (size_t)n, 0);
    memset(pw, 0, sizeof pw);
    ssize_t r = recv(fd, reply, sizeof reply - 1, 0);
    if (r > 0) {
        reply[r] = '\0';
        printf("server: %s", reply);
    }
    send(fd, "SYNC\n", 5, 0);
    close(fd);
    return 0;
}
