/*
 * taint.exfiltration, safe look-alikes: data that is neither file content
 * nor environment reaches the network. An echo server (read/write on an
 * accepted socket), a relay (recv from one peer, send to another) and a chat
 * client sending the user's own argv message. Nothing may be reported.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>

static int connect_to(const char *ip, unsigned short port)
{
    struct sockaddr_in addr;
    int sock = socket(AF_INET, SOCK_STREAM, 0);

    if (sock < 0)
        return -1;
    memset(&addr, 0, sizeof(addr));
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    if (inet_pton(AF_INET, ip, &addr.sin_addr) != 1 ||
        connect(sock, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
        close(sock);
        return -1;
    }
    return sock;
}

/* Echo server for one client. */
void echo_client(int listen_fd)
{
    char buf[1024];
    ssize_t n;
    int client = accept(listen_fd, NULL, NULL);

    if (client < 0)
        return;
    while ((n = read(client, buf, sizeof(buf))) > 0)
        write(client, buf, (size_t)n);
    close(client);
}

/* Forward everything received on one socket to another. */
void relay(int from, int to)
{
    char buf[2048];
    ssize_t n;

    while ((n = recv(from, buf, sizeof(buf), 0)) > 0)
        if (send(to, buf, (size_t)n, 0) < 0)
            break;
}

int main(int argc, char **argv)
{
    char msg[512];
    char reply[256];
    ssize_t n;
    int sock;

    if (argc < 2) {
        fprintf(stderr, "usage: %s <message>\n", argv[0]);
        return 2;
    }
    sock = connect_to("127.0.0.1", 7000);
    if (sock < 0)
        return 1;
    snprintf(msg, sizeof(msg), "MSG %s\n", argv[1]);
    send(sock, msg, strlen(msg), 0);
    n = recv(sock, reply, sizeof(reply) - 1, 0);
    if (n > 0) {
        reply[n] = '\0';
        printf("server: %s", reply);
    }
    close(sock);
    return 0;
}
