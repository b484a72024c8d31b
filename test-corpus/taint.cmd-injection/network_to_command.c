/*
 * taint.cmd-injection: data received from the network (recv, recvfrom, and
 * read() on an accepted socket) used as a shell command. The recv() loop
 * appends into the buffer through pointer arithmetic (data + len).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>

/* Remote maintenance agent: read one newline-terminated command and run it. */
int handle_admin_client(int client)
{
    char data[512];
    size_t len = 0;
    ssize_t n;

    while (len < sizeof(data) - 1) {
        n = recv(client, data + len, sizeof(data) - 1 - len, 0);
        if (n <= 0)
            return -1;
        len += (size_t)n;
        if (memchr(data, '\n', len))
            break;
    }
    data[len] = '\0';
    data[strcspn(data, "\r\n")] = '\0';
    return system(data); // $ Alert[taint.cmd-injection]
}

/* UDP service: each datagram names a health-check script to run. */
void serve_health_checks(unsigned short port)
{
    int sock = socket(AF_INET, SOCK_DGRAM, 0);
    struct sockaddr_in addr, peer;
    socklen_t peer_len;
    char name[128], cmd[256], out[256];

    memset(&addr, 0, sizeof(addr));
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_ANY);
    if (sock < 0 || bind(sock, (struct sockaddr *)&addr, sizeof(addr)) < 0)
        return;

    for (;;) {
        peer_len = sizeof(peer);
        ssize_t n = recvfrom(sock, name, sizeof(name) - 1, 0, (struct sockaddr *)&peer, &peer_len);
        if (n <= 0)
            continue;
        name[n] = '\0';
        snprintf(cmd, sizeof(cmd), "/usr/lib/health/%s.sh", name);
        FILE *p = popen(cmd, "r"); // $ Alert[taint.cmd-injection]
        if (!p)
            continue;
        while (fgets(out, sizeof(out), p))
            fputs(out, stdout);
        pclose(p);
    }
}

/* Deploy hook: a CI server connects and sends the branch to deploy. */
int run_deploy_listener(void)
{
    int srv = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in addr;
    char branch[64], cmd[256];
    const char *reply;

    memset(&addr, 0, sizeof(addr));
    addr.sin_family = AF_INET;
    addr.sin_port = htons(9000);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (srv < 0 || bind(srv, (struct sockaddr *)&addr, sizeof(addr)) < 0 || listen(srv, 4) < 0)
        return -1;

    int client = accept(srv, NULL, NULL);
    if (client < 0)
        return -1;
    ssize_t n = read(client, branch, sizeof(branch) - 1);
    if (n <= 0) {
        close(client);
        return -1;
    }
    branch[n] = '\0';
    branch[strcspn(branch, "\r\n")] = '\0';
    snprintf(cmd, sizeof(cmd), "cd /srv/app && git checkout %s && make deploy", branch);
    int rc = system(cmd); // $ Alert[taint.cmd-injection]
    reply = rc == 0 ? "ok\n" : "failed\n";
    write(client, reply, strlen(reply));
    close(client);
    close(srv);
    return rc;
}
