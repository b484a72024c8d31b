// blind-expect: behavior.dropper
// Rendering tool that fetches its filter plugin from the studio asset server.
#include <cstdio>
#include <dlfcn.h>
#include <iostream>
#include <netdb.h>
#include <string>
#include <sys/socket.h>
#include <unistd.h>

static const char *kPluginPath = "/tmp/studio-filters.so";

static int connect_to(const std::string &host, const std::string &port)
{
    addrinfo hints{}, *res = nullptr;
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host.c_str(), port.c_str(), &hints, &res) != 0)
        return -1;
    int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
    if (fd >= 0 && connect(fd, res->ai_addr, res->ai_addrlen) != 0) {
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    return fd;
}

static size_t copy_body(int fd, FILE *out)
{
    char buf[8192];
    size_t total = 0;
    ssize_t n;
    while ((n = recv(fd, buf, sizeof buf, 0)) > 0)
        total += fwrite(buf, 1, static_cast<size_t>(n), out);
    return total;
}

static bool download_plugin(const std::string &host, const char *dest)
{
    int fd = connect_to(host, "8081");
    if (fd < 0)
        return false;
    std::string req = "GET /plugins/filters.so HTTP/1.0\r\nHost: " + host + "\r\n\r\n";
    send(fd, req.data(), req.size(), 0);
    FILE *out = std::fopen(dest, "wb");
    if (!out) {
        close(fd);
        return false;
    }
    size_t got = copy_body(fd, out);
    std::fclose(out);
    close(fd);
    return got > 0;
}

int main()
{
    if (!download_plugin("assets.studio.lan", kPluginPath)) {
        std::cerr << "could not fetch filters\n";
        return 1;
    }
    void *h = dlopen(kPluginPath, RTLD_NOW);
    if (!h) {
        std::cerr << dlerror() << "\n";
        return 1;
    }
    using init_fn = int (*)();
    auto init = reinterpret_cast<init_fn>(dlsym(h, "filters_init"));
    int n = init ? init() : 0;
    std::cout << n << " filters registered\n";
    return 0;
}
