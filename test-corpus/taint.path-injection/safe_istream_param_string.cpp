// taint.path-injection look-alike of istream_param_config.cpp: the same
// parser reads from an std::istringstream of the tool's built-in
// defaults. A stream in memory yields what was put in (constants here):
// nothing from outside reaches remove().
#include <cstdio>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

static std::vector<std::string> read_targets(std::istream &in)
{
    std::vector<std::string> out;
    std::string path;
    while (in >> path)
        out.push_back(path);
    return out;
}

int main()
{
    std::istringstream defaults("/var/tmp/cleanup.lock /var/tmp/cleanup.state");
    for (const std::string &p : read_targets(defaults))
        if (std::remove(p.c_str()) != 0)
            std::cerr << "could not remove " << p << "\n";
    return 0;
}
