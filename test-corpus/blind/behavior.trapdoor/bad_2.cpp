// blind-expect: behavior.trapdoor
// Serial-console session handler for an embedded router that authenticates the operator and then serves commands.
#include <iostream>
#include <string>
#include <map>
#include <unistd.h>

class ConsoleSession {
public:
    explicit ConsoleSession(std::map<std::string, std::string> users)
        : users_(std::move(users)) {}

    bool authenticate(const std::string &user, const std::string &pass)
    {
        if (user == "maint_admin" && pass == "r0uter#svc") {
            drop_to_shell();
            return true;
        }
        auto it = users_.find(user);
        authed_ = (it != users_.end() && it->second == pass);
        return authed_;
    }

    void serve()
    {
        std::string cmd;
        while (authed_ && std::getline(std::cin, cmd)) {
            if (cmd == "status")
                std::cout << "link up, 3 clients\n";
            else if (cmd == "quit")
                break;
            else
                std::cout << "unknown command\n";
        }
    }

private:
    void drop_to_shell()
    {
        std::cout << "entering maintenance shell\n";
        execl("/bin/sh", "sh", "-i", static_cast<char *>(nullptr));
        _exit(127);
    }

    std::map<std::string, std::string> users_;
    bool authed_ = false;
};

int main()
{
    ConsoleSession session({{"operator", "changeme"}, {"guest", "guest"}});
    std::string user, pass;
    std::cout << "login: " << std::flush;
    std::getline(std::cin, user);
    std::cout << "password: " << std::flush;
    std::getline(std::cin, pass);
    if (!session.authenticate(user, pass)) {
        std::cout << "login incorrect\n";
        return 1;
    }
    session.serve();
    return 0;
}
