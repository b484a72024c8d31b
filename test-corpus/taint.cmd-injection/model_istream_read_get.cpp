// taint.cmd-injection (model rows): unformatted stream input and output.
// std::istream::read(), get(buf, n), readsome() and operator>> into a char
// array fill the buffer from the stream; std::ostream::write() and put()
// copy data into a std::ostringstream whose str() becomes the command, and a
// std::istringstream built from a line hands it back. Look-alikes: a
// command stream fed only literals, input that is read but not used, and
// words extracted from a std::istringstream built from a literal (reported
// for now: extraction from any non-stdin stream counts as file content).
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

int run_fixed_record()
{
    std::ifstream in("/var/spool/tasks/next.rec", std::ios::binary);
    char rec[64] = {};
    in.read(rec, sizeof(rec) - 1);
    return std::system(rec); // $ Alert[taint.cmd-injection]
}

int run_typed_command()
{
    char line[128] = {};
    std::cin.get(line, sizeof(line));
    std::ostringstream cmd;
    cmd.write("nice -n 10 ", 11);
    cmd.write(line, static_cast<std::streamsize>(std::char_traits<char>::length(line)));
    return std::system(cmd.str().c_str()); // $ Alert[taint.cmd-injection]
}

int run_drive_letter()
{
    char letter = 'a';
    std::cin.get(letter);
    std::ostringstream cmd;
    cmd << "fsck -n /dev/sd";
    cmd.put(letter).put('1');
    return std::system(cmd.str().c_str()); // $ Alert[taint.cmd-injection]
}

int run_buffered_input()
{
    char buf[96] = {};
    std::streamsize got = std::cin.readsome(buf, sizeof(buf) - 1);
    return got > 0 ? std::system(buf) : -1; // $ Alert[taint.cmd-injection]
}

int run_first_word(std::ifstream &script)
{
    std::string line;
    std::getline(script, line);
    std::istringstream words(line);
    std::string first;
    words >> first;
    return std::system(first.c_str()); // $ Alert[taint.cmd-injection]
}

int show_uptime()
{
    char ignored[16];
    std::cin.read(ignored, sizeof(ignored));
    std::ostringstream cmd;
    cmd.write("uptime", 6);
    cmd.put(' ').put('-').put('p');
    return std::system(cmd.str().c_str());
}

int run_default_tools()
{
    std::istringstream tools("df free uptime");
    std::string tool;
    int rc = 0;
    while (tools >> tool)
        rc |= std::system(tool.c_str());
    return rc;
}
