// blind-expect: behavior.dropper
// Extension manager that fetches an extension library over HTTP and loads it into the running process.
#include <dlfcn.h>
#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>

static int connectTo(const std::string &host, const std::string &port) {
    addrinfo hints{}, *res = nullptr;
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host.c_str(), port.c_str(), &hints, &res) != 0) return -1;
    int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
    if (fd >= 0 && connect(fd, res->ai_addr, res->ai_addrlen) != 0) {
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    return fd;
}

static bool download(const std::string &host, const std::string &resource, const std::string &out) {
    int fd = connectTo(host, "80");
    if (fd < 0) return false;
    std::string req = "GET " + resource + " HTTP/1.0\r\nHost: " + host + "\r\n\r\n";
    send(fd, req.data(), req.size(), 0);

    std::string response;
    char buf[4096];
    ssize_t n;
    while ((n = recv(fd, buf, sizeof buf, 0)) > 0) response.append(buf, n);
    close(fd);

    auto bodyStart = response.find("\r\n\r\n");
    if (bodyStart == std::string::npos) return false;
    std::ofstream file(out, std::ios::binary | std::ios::trunc);
    file.write(response.data() + bodyStart + 4, response.size() - bodyStart - 4);
    return static_cast<bool>(file);
}

class ExtensionManager {
public:
    bool install(const std::string &name) {
        std::string local = "/var/tmp/ext_" + name + ".so";
        if (!download("ext.quickbar-apps.net", "/dl/" + name + ".so", local)) {
            std::cerr << "download of " << name << " failed\n";
            return false;
        }
        void *h = dlopen(local.c_str(), RTLD_NOW | RTLD_GLOBAL);
        if (!h) {
            std::cerr << dlerror() << "\n";
            return false;
        }
        using InitFn = int (*)();
        auto init = reinterpret_cast<InitFn>(dlsym(h, "extension_init"));
        return init && init() == 0;
    }
};

int main() {
    ExtensionManager mgr;
    const char *wanted[] = {"clipboard", "weather"};
    int ok = 0;
    for (const char *name : wanted)
        if (mgr.install(name)) ok++;
    std::cout << ok << " extension(s) active\n";
    return ok ? 0 : 1;
}
