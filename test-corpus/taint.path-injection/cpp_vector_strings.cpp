// taint.path-injection (C++ library): std::vector<std::string> holding file
// names. Elements come from a manifest read with std::getline and from the
// environment (push_back, emplace_back); they reach std::ifstream, fopen and
// std::remove through operator[], at() and a range-for loop.
// Look-alikes: a separate vector initialised from literals only, and a
// vector of tainted names of which only size() is used.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

static std::vector<std::string> read_manifest(const char *path)
{
    std::vector<std::string> files;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line))
        files.push_back(line);
    return files;
}

std::size_t total_manifest_size()
{
    std::size_t total = 0;
    for (const std::string &f : read_manifest("/srv/bundle/MANIFEST")) {
        std::ifstream part(f, std::ios::binary | std::ios::ate); // $ Alert[taint.path-injection]
        total += static_cast<std::size_t>(part.tellg());
    }
    return total;
}

std::FILE *open_first_part()
{
    const std::vector<std::string> files = read_manifest("/srv/bundle/MANIFEST");
    if (files.empty())
        return nullptr;
    return std::fopen(files[0].c_str(), "rb"); // $ Alert[taint.path-injection]
}

int remove_extra_outputs()
{
    std::vector<std::string> outs;
    outs.emplace_back("/tmp/build.stamp");
    if (const char *o = std::getenv("EXTRA_OUTPUT"))
        outs.emplace_back(o);
    int rc = 0;
    for (std::size_t i = 0; i < outs.size(); ++i)
        rc |= std::remove(outs.at(i).c_str()); // $ Alert[taint.path-injection]
    return rc;
}

int remove_stamps()
{
    const std::vector<std::string> stamps = {"/tmp/build.stamp", "/tmp/test.stamp"};
    int rc = 0;
    for (const auto &s : stamps)
        rc |= std::remove(s.c_str());
    return rc;
}

void report_manifest()
{
    const std::vector<std::string> files = read_manifest("/srv/bundle/MANIFEST");
    std::ofstream log("/var/log/bundle.log", std::ios::app);
    log << "manifest lists " << files.size() << " files\n";
}
