// blind-expect: taint.cmd-injection
// Tiny remote maintenance daemon that runs diagnostic commands requested by clients over TCP.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cstdio>
#include <cstring>
#include <string>

class CommandRunner {
public:
    int execute(const std::string &request) {
        std::string cmd = "/usr/local/bin/diag " + request;
        pid_t pid = fork();
        if (pid < 0)
            return -1;
        if (pid == 0) {
            execl("/bin/sh", "sh", "-c", cmd.c_str(), (char *)nullptr);
            _exit(127);
        }
        int status = 0;
        waitpid(pid, &status, 0);
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
};

static int make_listener(unsigned short port) {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_ANY);
    addr.sin_port = htons(port);
    if (bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) < 0 || listen(fd, 8) < 0) {
        close(fd);
        return -1;
    }
    return fd;
}

int main() {
    int lfd = make_listener(7070);
    if (lfd < 0) {
        perror("listen");
        return 1;
    }
    CommandRunner runner;
    for (;;) {
        int cfd = accept(lfd, nullptr, nullptr);
        if (cfd < 0)
            continue;
        char buf[512];
        ssize_t n = recv(cfd, buf, sizeof buf - 1, 0);
        if (n > 0) {
            buf[n] = '\0';
            buf[strcspn(buf, "\r\n")] = '\0';
            int rc = runner.execute(buf);
            std::string reply = "exit=" + std::to_string(rc) + "\n";
            send(cfd, reply.data(), reply.size(), 0);
        }
        close(cfd);
    }
}
