// Look-alike of environ_snapshot_upload.cpp: the same socket stream and
// the same walks over a std::list, but what is sent is a fixed list of
// feature names and the number of environment entries, never their text.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <list>
#include <string>

extern char **environ;

static int connect_collector()
{
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(7070);
    inet_pton(AF_INET, "192.0.2.77", &a.sin_addr);
    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (s >= 0 && connect(s, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0) {
        close(s);
        return -1;
    }
    return s;
}

int main()
{
    int s = connect_collector();
    if (s < 0)
        return 1;
    FILE *net = fdopen(s, "w");
    if (!net)
        return 1;
    const std::list<std::string> features = {"tls", "zstd", "ipv6"};
    for (auto it = features.begin(); it != features.end(); ++it)
        std::fputs(it->c_str(), net);
    for (const auto &f : features)
        std::fprintf(net, "%s\n", f.c_str());
    size_t count = 0;
    for (char **e = environ; *e; ++e)
        ++count;
    std::fprintf(net, "entries=%zu\n", count);
    std::fclose(net);
    return 0;
}
