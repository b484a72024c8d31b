// taint.path-injection: a cleanup tool parses its job list from an
// std::istream& parameter; main gives it the configuration file's
// std::ifstream, so the paths it reads are file content, and they are
// deleted. The look-alike, safe_istream_param_string.cpp, gives the same
// parser an std::istringstream of built-in defaults.
#include <cstdio>
#include <fstream>
#include <iostream>
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
    std::ifstream conf("/etc/cleanup/targets.conf");
    if (!conf)
        return 1;
    for (const std::string &p : read_targets(conf))
        if (std::remove(p.c_str()) != 0) // $ Alert[taint.path-injection]
            std::cerr << "could not remove " << p << "\n";
    return 0;
}
