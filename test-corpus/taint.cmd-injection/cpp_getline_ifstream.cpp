// taint.cmd-injection (C++ library): lines read with std::getline() from a
// std::ifstream (constructor and open()) into std::string, and words read
// with operator>> from the stream, end up in system()/popen(). Look-alikes:
// a line only compared against a literal to choose a fixed command, and a
// line only printed.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

int run_cron_file()
{
    std::ifstream in("/etc/app/cron.txt");
    std::string line;
    int rc = 0;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#')
            continue;
        rc |= std::system(line.c_str()); // $ Alert[taint.cmd-injection]
    }
    return rc;
}

int run_first_hook()
{
    std::ifstream hooks;
    hooks.open("/etc/app/hooks.conf");
    std::string hook;
    if (!std::getline(hooks, hook, ';'))
        return 0;
    std::FILE *p = ::popen(hook.c_str(), "r"); // $ Alert[taint.cmd-injection]
    return p ? ::pclose(p) : -1;
}

int restart_named_service()
{
    std::ifstream in("/etc/app/service.name");
    std::string name;
    in >> name;
    const std::string cmd = "systemctl restart " + name;
    return std::system(cmd.c_str()); // $ Alert[taint.cmd-injection]
}

int apply_mode()
{
    std::ifstream in("/etc/app/mode");
    std::string mode;
    std::getline(in, mode);
    if (mode == "maintenance")
        return std::system("systemctl stop app-web");
    return std::system("systemctl start app-web");
}

int show_motd()
{
    std::ifstream in("/etc/motd");
    std::string line;
    while (std::getline(in, line))
        std::cout << line << '\n';
    return std::system("date");
}
