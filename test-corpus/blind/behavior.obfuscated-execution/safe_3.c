// blind-expect: none
// Queue client that unmasks its stored service password and authenticates to the local message broker.
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define BROKER_HOST "broker.internal.example.com"
#define BROKER_PORT "5672"

static const unsigned char masked_secret[] = {
    0x72, 0x12, 0x53, 0x57, 0x00, 0x42, 0x44, 0x7e, 0x13, 0x11, 0x13, 0x15
};

static void unmask(const unsigned char *in, size_t len, unsigned char key, char *out)
{
    for (size_t i = 0; i < len; i++)
        out[i] = (char)(in[i] ^ key);
    out[len] = '\0';
}

static int connect_broker(void)
{
    struct addrinfo hints, *res;
    memset(&hints, 0, sizeof hints);
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(BROKER_HOST, BROKER_PORT, &hints, &res) != 0)
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
    char password[sizeof masked_secret + 1];
    unmask(masked_secret, sizeof masked_secret, 0x21, password);

    int fd = connect_broker();
    if (fd < 0) {
        fprintf(stderr, "broker unreachable\n");
        return 1;
    }
    char auth[128];
    int n = snprintf(auth, sizeof auth, "AUTH worker %s\r\n", password);
    send(fd, auth, (size_t)n, 0);
    memset(password, 0, sizeof password);

    char reply[64];
    ssize_t r = recv(fd, reply, sizeof reply - 1, 0);
    if (r > 0) {
        reply[r] = '\0';
        printf("broker: %s", reply);
    }
    const char *msg = "PUBLISH jobs ping\r\n";
    send(fd, msg, strlen(msg), 0);
    close(fd);
    return 0;
}
