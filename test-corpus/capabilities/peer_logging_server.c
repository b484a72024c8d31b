/*
 * capabilities: a small TCP echo server that logs who connected, using
 * getpeername, inet_ntop and inet_ntoa. It only reports addresses; nothing
 * is unlocked by them, so no behaviour applies.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static void log_peer(int fd)
{
    struct sockaddr_in peer;
    socklen_t len = sizeof(peer);
    char text[INET_ADDRSTRLEN];

    if (getpeername(fd, (struct sockaddr *)&peer, &len) != 0)
        return;
    if (inet_ntop(AF_INET, &peer.sin_addr, text, sizeof(text)))
        printf("connection from %s\n", text);
    printf("(legacy form: %s)\n", inet_ntoa(peer.sin_addr));
}

int main(void)
{
    int s = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a;

    memset(&a, 0, sizeof(a));
    a.sin_family = AF_INET;
    a.sin_port = htons(7007);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(s, (struct sockaddr *)&a, sizeof(a)) != 0 || listen(s, 4) != 0)
        return 1;
    for (;;) {
        int c = accept(s, NULL, NULL);
        if (c < 0)
            continue;
        log_peer(c);
        char buf[256];
        ssize_t n = recv(c, buf, sizeof(buf), 0);
        if (n > 0)
            send(c, buf, (size_t)n, 0);
        close(c);
    }
}
