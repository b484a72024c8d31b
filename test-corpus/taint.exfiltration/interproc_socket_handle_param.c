/*
 * taint.exfiltration, interprocedural descriptor kinds: write() is only a
 * sink on a socket. Here the descriptor is created in one function (socket()
 * / accept(), or a helper returning one) and the write() happens in a helper
 * that receives it as a parameter. Look-alikes: the same helper shape
 * writing to a descriptor from open() (a local backup file) or to stdout,
 * each called only with such descriptors.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/socket.h>
#include <netinet/in.h>

static int connect_collector(void)
{
    struct sockaddr_in addr;
    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (s < 0)
        return -1;
    memset(&addr, 0, sizeof(addr));
    addr.sin_family = AF_INET;
    addr.sin_port = htons(5140);
    addr.sin_addr.s_addr = htonl(0x0a000005);
    if (connect(s, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
        close(s);
        return -1;
    }
    return s;
}

static void stream_file(int out, const char *path)
{
    char buf[4096];
    ssize_t n;
    int in = open(path, O_RDONLY);
    if (in < 0)
        return;
    while ((n = read(in, buf, sizeof(buf))) > 0)
        write(out, buf, (size_t)n); // $ Alert[taint.exfiltration]
    close(in);
}

static void copy_env_line(int out, const char *name)
{
    char line[256];
    const char *v = getenv(name);
    int n = snprintf(line, sizeof(line), "%s=%s\n", name, v ? v : "");
    write(out, line, (size_t)n);
}

int ship_audit_log(void)
{
    int sock = connect_collector();
    if (sock < 0)
        return -1;
    stream_file(sock, "/var/log/audit/audit.log");
    close(sock);
    return 0;
}

void serve_history(int listen_fd)
{
    int client = accept(listen_fd, NULL, NULL);
    if (client < 0)
        return;
    stream_file(client, "/root/.bash_history");
    close(client);
}

int backup_environment(void)
{
    int fd = open("/var/backups/env.txt", O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        return -1;
    copy_env_line(fd, "PATH");
    copy_env_line(fd, "LANG");
    copy_env_line(STDOUT_FILENO, "HOME");
    return close(fd);
}
