// blind-expect: taint.library-load
// Module server that hot-loads handler modules requested by name over a TCP control connection.
#include <arpa/inet.h>
#include <dlfcn.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

typedef const char *(*handler_fn)(void);

static void handle_request(int c, const char *module)
{
    char path[300];
    char reply[256];
    snprintf(path, sizeof path, "./modules/%s.so", module);
    void *h = dlopen(path, RTLD_NOW);
    if (!h) {
        snprintf(reply, sizeof reply, "ERR cannot load module\n");
    } else {
        handler_fn fn = (handler_fn)dlsym(h, "handle");
        snprintf(reply, sizeof reply, "OK %s\n", fn ? fn() : "(no handler)");
        dlclose(h);
    }
    send(c, reply, strlen(reply), 0);
}

int main(void)
{
    struct sockaddr_in a;
    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (s < 0)
        return 1;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons(9100);
    a.sin_addr.s_addr = htonl(INADDR_ANY);
    if (bind(s, (struct sockaddr *)&a, sizeof a) || listen(s, 5)) {
        perror("server");
        return 1;
    }
    for (;;) {
        char name[128];
        int c = accept(s, NULL, NULL);
        if (c < 0)
            continue;
        ssize_t n = recv(c, name, sizeof name - 1, 0);
        if (n > 0) {
            name[n] = '\0';
            name[strcspn(name, "\r\n ")] = '\0';
            handle_request(c, name);
        }
        close(c);
    }
    return 0;
}
