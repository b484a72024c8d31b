// blind-expect: behavior.obfuscated-execution
// Package index refresher that pulls the latest catalogue from the mirror.
#include <iostream>
#include <netdb.h>
#include <string>
#include <sys/socket.h>
#include <unistd.h>

namespace {

const char kMirror[] = "6d6972726f722e706b677570646174652e6e6574";

int open_stream(const std::string &host)
{
    addrinfo hints{}, *res = nullptr;
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host.c_str(), "80", &hints, &res) != 0)
        return -1;
    int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
    if (fd >= 0 && connect(fd, res->ai_addr, res->ai_addrlen) != 0) {
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    return fd;
}

} // namespace

int main()
{
    auto unhex = [](const std::string &in) {
        std::string out;
        for (size_t i = 0; i + 1 < in.size(); i += 2)
            out.push_back(static_cast<char>(std::stoi(in.substr(i, 2), nullptr, 16)));
        return out;
    };

    std::string host = unhex(kMirror);
    int fd = open_stream(host);
    if (fd < 0) {
        std::cerr << "mirror unreachable\n";
        return 1;
    }
    std::string req = "GET /index/catalogue.txt HTTP/1.0\r\nHost: " + host + "\r\n\r\n";
    send(fd, req.data(), req.size(), 0);

    std::string body;
    char buf[4096];
    ssize_t n;
    while ((n = recv(fd, buf, sizeof buf, 0)) > 0)
        body.append(buf, static_cast<size_t>(n));
    close(fd);

    size_t lines = 0;
    for (char c : body)
        lines += (c == '\n');
    std::cout << "catalogue refreshed: " << lines << " entries\n";
    return 0;
}
