/*
 * taint.path-injection: names received from the network (recv, recvfrom,
 * read() on an accepted socket) used as paths for open(), unlink() and
 * fopen(). The last case copies the name after a fixed directory prefix with
 * memcpy(path + base, ...).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/socket.h>
#include <netinet/in.h>

/* Upload protocol: "<name>\n" followed by the file data. */
int receive_upload(int client)
{
    char name[128];
    char path[256];
    char data[4096];
    int fd;
    ssize_t n = recv(client, name, sizeof(name) - 1, 0);

    if (n <= 0)
        return -1;
    name[n] = '\0';
    name[strcspn(name, "\n")] = '\0';
    snprintf(path, sizeof(path), "/srv/uploads/%s", name);
    fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644); // $ Alert[taint.path-injection]
    if (fd < 0)
        return -1;
    while ((n = recv(client, data, sizeof(data), 0)) > 0)
        write(fd, data, (size_t)n);
    close(fd);
    return 0;
}

/* UDP cache invalidation: each datagram names the cache entry to delete. */
void serve_invalidations(int sock)
{
    char key[200];
    char path[300];
    struct sockaddr_in peer;
    socklen_t peer_len;

    for (;;) {
        peer_len = sizeof(peer);
        ssize_t n = recvfrom(sock, key, sizeof(key) - 1, 0, (struct sockaddr *)&peer, &peer_len);
        if (n <= 0)
            continue;
        key[n] = '\0';
        strcpy(path, "/var/cache/app/");
        strcat(path, key);
        if (unlink(path) != 0) // $ Alert[taint.path-injection]
            perror("unlink");
    }
}

/* Metrics collector: a client sends a metric name, we append a timestamp. */
int record_metric(int listen_fd)
{
    char req[128];
    char path[256] = "/var/lib/metrics/";
    size_t base = strlen(path);
    FILE *fp;
    int client = accept(listen_fd, NULL, NULL);

    if (client < 0)
        return -1;
    ssize_t n = read(client, req, sizeof(req) - 1);
    if (n <= 0) {
        close(client);
        return -1;
    }
    req[n] = '\0';
    req[strcspn(req, " \r\n")] = '\0';
    memcpy(path + base, req, strlen(req) + 1);
    fp = fopen(path, "a"); // $ Alert[taint.path-injection]
    if (fp) {
        fprintf(fp, "%ld\n", (long)time(NULL));
        fclose(fp);
    }
    write(client, "ok\n", 3);
    close(client);
    return fp ? 0 : -1;
}
