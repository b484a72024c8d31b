/*
 * taint.exfiltration: file content and environment values written with
 * write() to a descriptor that came from socket() or accept() in the same
 * function (read() from an open() fd, getline, fread, getenv).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>

static void fill_addr(struct sockaddr_in *addr, const char *ip, unsigned short port)
{
    memset(addr, 0, sizeof(*addr));
    addr->sin_family = AF_INET;
    addr->sin_port = htons(port);
    inet_pton(AF_INET, ip, &addr->sin_addr);
}

/* Forward the auth log to a remote collector over TCP. */
int forward_auth_log(const char *collector_ip)
{
    char buf[4096];
    ssize_t n;
    struct sockaddr_in addr;
    int sock = socket(AF_INET, SOCK_STREAM, 0);
    int fd = open("/var/log/auth.log", O_RDONLY);

    if (sock < 0 || fd < 0)
        return -1;
    fill_addr(&addr, collector_ip, 6514);
    if (connect(sock, (struct sockaddr *)&addr, sizeof(addr)) < 0)
        return -1;
    while ((n = read(fd, buf, sizeof(buf))) > 0)
        write(sock, buf, (size_t)n); // $ Alert[taint.exfiltration]
    close(fd);
    close(sock);
    return 0;
}

/* Config service: hand the secrets file to whoever connects. */
void serve_config_once(int listen_fd)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    int client = accept(listen_fd, NULL, NULL);
    FILE *fp = fopen("/etc/app/secrets.env", "r");

    if (client < 0 || !fp)
        return;
    while ((len = getline(&line, &cap, fp)) > 0)
        write(client, line, (size_t)len); // $ Alert[taint.exfiltration]
    free(line);
    fclose(fp);
    close(client);
}

/* Push a database snapshot to the replica. */
int push_snapshot(void)
{
    char block[8192];
    size_t n;
    struct sockaddr_in addr;
    int sock = socket(AF_INET, SOCK_STREAM, 0);
    FILE *snap = fopen("/var/lib/app/snapshot.db", "rb");

    if (sock < 0 || !snap)
        return -1;
    fill_addr(&addr, "10.0.0.7", 7700);
    if (connect(sock, (struct sockaddr *)&addr, sizeof(addr)) < 0)
        return -1;
    while ((n = fread(block, 1, sizeof(block), snap)) > 0)
        if (write(sock, block, n) < 0) // $ Alert[taint.exfiltration]
            break;
    fclose(snap);
    close(sock);
    return 0;
}

/* Join the cluster using the join key from the environment. */
int announce_node(void)
{
    char msg[256];
    struct sockaddr_in addr;
    const char *key = getenv("CLUSTER_JOIN_KEY");
    int sock = socket(AF_INET, SOCK_STREAM, 0);

    if (sock < 0 || !key)
        return -1;
    fill_addr(&addr, "10.0.0.1", 7946);
    if (connect(sock, (struct sockaddr *)&addr, sizeof(addr)) < 0)
        return -1;
    snprintf(msg, sizeof(msg), "JOIN %s\n", key);
    write(sock, msg, strlen(msg)); // $ Alert[taint.exfiltration]
    close(sock);
    return 0;
}
