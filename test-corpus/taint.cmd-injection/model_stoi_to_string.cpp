// taint.cmd-injection (model rows): numbers and text in C++. std::to_string
// keeps the taint of a number read with std::cin >> (the model keeps numbers
// formatted as text tainted: the attacker still picks the process or core).
// std::stoi / std::stol / std::stoul / std::stod parse text into a number
// that carries no attacker text, so the commands built from them are safe,
// and so is a command that only uses the text's size(). Not found yet: the
// std::to_string row reads "*arg0", but its argument is a number passed by value.
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

int kill_process()
{
    int pid = 0;
    std::cout << "pid to stop: ";
    std::cin >> pid;
    const std::string cmd = "kill -TERM " + std::to_string(pid);
    return std::system(cmd.c_str()); // $ Alert[taint.cmd-injection]
}

int pin_to_core()
{
    std::string line;
    std::getline(std::cin, line);
    const std::string cmd = "taskset -cp " + line + " 1";
    return std::system(cmd.c_str()); // $ Alert[taint.cmd-injection]
}

int stop_process_checked()
{
    std::string text;
    std::getline(std::cin, text);
    const int pid = std::stoi(text);
    if (pid <= 1)
        return -1;
    const std::string cmd = "kill -TERM " + std::to_string(pid);
    return std::system(cmd.c_str());
}

int set_limits()
{
    std::ifstream cfg("/etc/app/limits.conf");
    std::string files, mem, ratio;
    std::getline(cfg, files);
    std::getline(cfg, mem);
    std::getline(cfg, ratio);
    const long nofile = std::stol(files);
    const unsigned long kb = std::stoul(mem);
    const double r = std::stod(ratio);
    std::string cmd = "prlimit --pid 1 --nofile=" + std::to_string(nofile);
    cmd += " --as=" + std::to_string(kb * 1024);
    cmd += " # ratio " + std::to_string(r);
    return std::system(cmd.c_str());
}

int announce_length()
{
    std::string motd;
    std::getline(std::cin, motd);
    const std::string cmd = "logger motd-length-" + std::to_string(motd.size());
    return std::system(cmd.c_str());
}
