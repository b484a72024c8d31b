/*
 * Look-alike: a TCP relay whose copy loop is a helper taking both
 * descriptors from its caller. The helper cannot tell what `from` is; its
 * callers pass sockets only (one from accept, one from a connecting
 * helper), so what it reads is network data going back to the network,
 * not a file's content leaving the machine (the same helper given a file
 * the caller opened would be exfiltration: file_to_socket_write.c).
 */
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static void pump(int from, int to)
{
    char buf[4096];
    ssize_t n;
    while ((n = read(from, buf, sizeof buf)) > 0)
        if (write(to, buf, (size_t)n) != n)
            break;
}

static int upstream(const char *ip)
{
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons(6379);
    inet_pton(AF_INET, ip, &a.sin_addr);
    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (s >= 0 && connect(s, (struct sockaddr *)&a, sizeof a) != 0) {
        close(s);
        return -1;
    }
    return s;
}

int relay(int listener)
{
    int client = accept(listener, NULL, NULL);
    if (client < 0)
        return -1;
    int up = upstream("10.0.0.5");
    if (up < 0) {
        close(client);
        return -1;
    }
    pump(client, up);
    close(up);
    close(client);
    return 0;
}
