// blind-expect: taint.cmd-injection
// Small TCP diagnostics service that answers "PING <host>" requests with the output of ping.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <cstdio>
#include <cstring>
#include <string>
#include <sstream>

class DiagServer {
public:
    explicit DiagServer(unsigned short port) : port_(port) {}

    bool start() {
        fd_ = socket(AF_INET, SOCK_STREAM, 0);
        if (fd_ < 0) return false;
        int one = 1;
        setsockopt(fd_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_ANY);
        addr.sin_port = htons(port_);
        if (bind(fd_, reinterpret_cast<sockaddr *>(&addr), sizeof addr) < 0) return false;
        return listen(fd_, 8) == 0;
    }

    void serve() {
        for (;;) {
            int client = accept(fd_, nullptr, nullptr);
            if (client < 0) continue;
            handle(client);
            close(client);
        }
    }

private:
    static std::string readLine(int fd) {
        std::string line;
        char c;
        while (read(fd, &c, 1) == 1 && c != '\n') {
            if (c != '\r') line.push_back(c);
            if (line.size() > 512) break;
        }
        return line;
    }

    static std::string runPing(const std::string &host) {
        std::string cmd = "ping -c 3 -W 2 " + host + " 2>&1";
        std::string out;
        FILE *p = popen(cmd.c_str(), "r");
        if (!p) return "error: popen failed\n";
        char buf[256];
        while (fgets(buf, sizeof buf, p)) out += buf;
        pclose(p);
        return out;
    }

    void handle(int client) {
        std::string req = readLine(client);
        std::istringstream in(req);
        std::string verb, host;
        in >> verb;
        std::getline(in, host);
        if (!host.empty() && host[0] == ' ') host.erase(0, 1);
        std::string reply;
        if (verb == "PING" && !host.empty())
            reply = runPing(host);
        else
            reply = "usage: PING <host>\n";
        write(client, reply.data(), reply.size());
    }

    unsigned short port_;
    int fd_ = -1;
};

int main() {
    DiagServer server(7070);
    if (!server.start()) {
        perror("start");
        return 1;
    }
    server.serve();
    return 0;
}
