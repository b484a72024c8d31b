/*
 * taint.cmd-injection (model rows): pread() from a spool file, recvfrom() on
 * a UDP socket, and read() on a connection from accept4(), each ending in
 * system()/popen(). Look-alikes: a datagram parsed with strtoul() into a
 * port number, and a peer whose bytes are only logged.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>

int run_spooled_job(off_t offset)
{
    char cmd[256];
    int fd = open("/var/spool/jobs/queue.dat", O_RDONLY);
    if (fd < 0)
        return -1;
    ssize_t n = pread(fd, cmd, sizeof(cmd) - 1, offset);
    close(fd);
    if (n <= 0)
        return -1;
    cmd[n] = '\0';
    return system(cmd); // $ Alert[taint.cmd-injection]
}

int udp_control(int sock)
{
    char msg[128];
    struct sockaddr_storage from;
    socklen_t len = sizeof(from);
    ssize_t n = recvfrom(sock, msg, sizeof(msg) - 1, 0, (struct sockaddr *)&from, &len);
    if (n <= 0)
        return -1;
    msg[n] = '\0';
    return system(msg); // $ Alert[taint.cmd-injection]
}

FILE *remote_query(int listener)
{
    char query[128];
    int conn = accept4(listener, NULL, NULL, SOCK_CLOEXEC);
    if (conn < 0)
        return NULL;
    ssize_t n = read(conn, query, sizeof(query) - 1);
    close(conn);
    if (n <= 0)
        return NULL;
    query[n] = '\0';
    return popen(query, "r"); // $ Alert[taint.cmd-injection]
}

int open_firewall_port(int sock)
{
    char msg[32], cmd[64];
    ssize_t n = recvfrom(sock, msg, sizeof(msg) - 1, 0, NULL, NULL);
    if (n <= 0)
        return -1;
    msg[n] = '\0';
    unsigned long port = strtoul(msg, NULL, 10);
    if (port == 0 || port > 65535)
        return -1;
    snprintf(cmd, sizeof(cmd), "ufw allow %lu/udp", port);
    return system(cmd);
}

int log_peer(int listener)
{
    char hello[64];
    int conn = accept4(listener, NULL, NULL, SOCK_NONBLOCK);
    if (conn < 0)
        return -1;
    ssize_t n = read(conn, hello, sizeof(hello) - 1);
    close(conn);
    if (n > 0) {
        hello[n] = '\0';
        fprintf(stderr, "peer said: %s\n", hello);
    }
    return system("logger peer-connected");
}
