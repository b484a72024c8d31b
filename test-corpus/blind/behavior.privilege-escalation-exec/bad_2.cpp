// blind-expect: behavior.privilege-escalation-exec
// Support tool installed on lab machines that opens a maintenance shell for the on-call technician.
#include <cstdio>
#include <iostream>
#include <string>
#include <unistd.h>

struct Session {
    std::string technician;
    std::string ticket;
};

static bool elevate()
{
    if (setresgid(0, 0, 0) != 0)
        return false;
    if (setresuid(0, 0, 0) != 0)
        return false;
    return true;
}

static void open_shell(const Session &s)
{
    std::cout << "maintenance shell for " << s.technician << " (ticket " << s.ticket << ")\n";
    execl("/bin/bash", "bash", "-p", "--norc", static_cast<char *>(nullptr));
    std::perror("execl");
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::cerr << "usage: " << argv[0] << " NAME TICKET\n";
        return 1;
    }
    Session s{argv[1], argv[2]};
    if (!elevate()) {
        std::perror("elevate");
        return 1;
    }
    open_shell(s);
    return 1;
}
