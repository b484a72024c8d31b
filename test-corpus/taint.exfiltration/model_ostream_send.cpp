// taint.exfiltration (model rows): a C++ diagnostics uploader. File content
// read with std::istream::read(), kept in a std::deque or std::list, and
// copied into a std::ostringstream with write()/put() is sent with send().
// Look-alikes: a report of sizes and counts only (std::deque::size,
// std::list::size, std::string::size), and environment text that only
// selects between literal messages.
#include <cstdlib>
#include <deque>
#include <fstream>
#include <list>
#include <sstream>
#include <string>
#include <sys/socket.h>

static std::deque<std::string> tail_lines(const char *path, std::size_t keep)
{
    std::ifstream in(path);
    std::deque<std::string> lines;
    for (std::string l; std::getline(in, l);) {
        lines.push_back(l);
        if (lines.size() > keep)
            lines.pop_front();
    }
    return lines;
}

ssize_t upload_core_header(int sock)
{
    std::ifstream core("/var/crash/app.core", std::ios::binary);
    char header[256] = {};
    core.read(header, sizeof(header));
    std::ostringstream out;
    out.write("CORE ", 5).write(header, core.gcount()).put('\n');
    const std::string msg = out.str();
    return send(sock, msg.data(), msg.size(), 0); // $ Alert[taint.exfiltration]
}

ssize_t upload_log_tail(int sock)
{
    const std::deque<std::string> tail = tail_lines("/var/log/app/error.log", 20);
    std::list<std::string> parts(tail.begin(), tail.end());
    std::ostringstream out;
    for (const std::string &p : parts)
        out << p << '\n';
    const std::string msg = out.str();
    return send(sock, msg.c_str(), msg.size(), 0); // $ Alert[taint.exfiltration]
}

ssize_t upload_summary(int sock)
{
    const std::deque<std::string> tail = tail_lines("/var/log/app/error.log", 1000);
    std::list<std::string> empty_lines;
    std::size_t bytes = 0;
    for (const std::string &l : tail) {
        bytes += l.size();
        if (l.empty())
            empty_lines.push_back(l);
    }
    std::ostringstream out;
    out << "lines=" << tail.size() << " bytes=" << bytes << " blank=" << empty_lines.size();
    out.put('\n');
    const std::string msg = out.str();
    return send(sock, msg.data(), msg.size(), 0);
}

ssize_t upload_mode(int sock)
{
    const char *debug = std::getenv("APP_DEBUG");
    const std::string msg = (debug != nullptr && *debug != '\0') ? "mode=debug\n" : "mode=release\n";
    return send(sock, msg.data(), msg.size(), 0);
}
