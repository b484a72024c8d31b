// taint.path-injection (model rows): std::fstream (constructor and open()),
// std::filebuf::open(), and paths normalised with std::filesystem::absolute,
// canonical and weakly_canonical (which resolve but do not confine). A line
// read from a std::fstream names the next file. Look-alikes: fixed paths,
// tainted text written INTO a fixed file, and a name read but only printed.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

namespace fs = std::filesystem;

std::string read_state()
{
    const char *state = std::getenv("STATE_FILE");
    std::fstream io(state ? state : "/var/lib/app/state", std::ios::in | std::ios::out); // $ Alert[taint.path-injection]
    std::string line;
    std::getline(io, line);
    return line;
}

void append_journal(const std::string &entry)
{
    std::fstream index("/var/lib/app/journal.idx", std::ios::in);
    std::string current;
    std::getline(index, current);
    std::fstream journal;
    journal.open(current, std::ios::out | std::ios::app); // $ Alert[taint.path-injection]
    journal << entry << '\n';
}

bool open_raw_buffer()
{
    std::string name;
    std::getline(std::cin, name);
    std::filebuf buf;
    return buf.open(fs::absolute(name), std::ios::in | std::ios::binary) != nullptr; // $ Alert[taint.path-injection]
}

std::string read_resolved()
{
    const char *p = std::getenv("INPUT_PATH");
    if (p == nullptr)
        return {};
    std::ifstream in(fs::weakly_canonical(fs::path(p))); // $ Alert[taint.path-injection]
    std::ofstream log(fs::canonical(fs::path(p).parent_path()) / "read.log"); // $ Alert[taint.path-injection]
    std::string first;
    std::getline(in, first);
    return first;
}

void remember_user()
{
    std::string user;
    std::getline(std::cin, user);
    std::fstream out("/var/lib/app/last_user", std::ios::out | std::ios::trunc);
    out << user << '\n';
    std::filebuf log;
    log.open("/var/log/app/users.log", std::ios::out | std::ios::app);
    std::cout << "welcome " << user << '\n';
}
