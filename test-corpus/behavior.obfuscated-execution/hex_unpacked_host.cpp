// behavior.obfuscated-execution: the host a tool connects to is kept as
// hexadecimal digits and unpacked two digits at a time with strtol(..., 16)
// (C style, into a buffer) or std::stoi(..., 16) (a lambda appending to a
// std::string). The look-alike, safe_hex_checksum.cpp, parses hex digits
// of a checksum it only compares.
#include <cstdlib>
#include <cstring>
#include <netdb.h>
#include <string>
#include <sys/socket.h>
#include <unistd.h>

static const char kUpdate[] = "7570646174652e6578616d706c652e6e6574";

static int dial(const char *host)
{
    addrinfo hints{}, *res = nullptr;
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host, "443", &hints, &res) != 0) // $ Alert[behavior.obfuscated-execution]
        return -1;
    int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
    if (fd >= 0 && connect(fd, res->ai_addr, res->ai_addrlen) != 0) {
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    return fd;
}

int check_updates()
{
    char host[64];
    char pair[3] = {0, 0, 0};
    size_t n = 0;
    for (size_t i = 0; i + 1 < sizeof kUpdate - 1 && n + 1 < sizeof host; i += 2) {
        pair[0] = kUpdate[i];
        pair[1] = kUpdate[i + 1];
        host[n++] = static_cast<char>(std::strtol(pair, nullptr, 16));
    }
    host[n] = '\0';
    return dial(host);
}

int fetch_mirror_list()
{
    auto unhex = [](const std::string &in) {
        std::string out;
        for (size_t i = 0; i + 1 < in.size(); i += 2)
            out.push_back(static_cast<char>(std::stoi(in.substr(i, 2), nullptr, 16)));
        return out;
    };
    std::string host = unhex("6d6972726f72732e6578616d706c652e6f7267");
    return dial(host.c_str());
}

int main()
{
    int a = check_updates();
    int b = fetch_mirror_list();
    return a < 0 || b < 0;
}
