// blind-expect: none
// Monitoring agent that runs a fixed uptime command and reports its output to a metrics server.
#include <arpa/inet.h>
#include <cstdio>
#include <cstring>
#include <netinet/in.h>
#include <string>
#include <sys/socket.h>
#include <unistd.h>

static std::string runUptime()
{
    std::string out;
    FILE *p = popen("/usr/bin/uptime", "r");
    if (!p)
        return out;
    char buf[256];
    while (std::fgets(buf, sizeof buf, p))
        out += buf;
    pclose(p);
    return out;
}

static int connectMetrics()
{
    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (s < 0)
        return -1;
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_port = htons(2003);
    inet_pton(AF_INET, "10.0.0.30", &sa.sin_addr);
    if (connect(s, reinterpret_cast<sockaddr *>(&sa), sizeof sa) != 0) {
        close(s);
        return -1;
    }
    return s;
}

int main()
{
    int s = connectMetrics();
    if (s < 0) {
        std::perror("connect");
        return 1;
    }
    for (int i = 0; i < 3; ++i) {
        std::string report = "uptime " + runUptime();
        send(s, report.data(), report.size(), 0);
        sleep(10);
    }
    close(s);
    return 0;
}
