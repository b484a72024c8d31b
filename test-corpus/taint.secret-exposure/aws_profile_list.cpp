// taint.secret-exposure: a helper that lists AWS profiles. It echoes lines
// of ~/.aws/credentials (path built with std::string +) to std::cout,
// std::cerr and printf, leaking aws_secret_access_key; the look-alikes print
// only how many profiles there are, or lines of a non-secret file
// (~/.gitconfig).
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

static std::string home_dir()
{
    const char *home = std::getenv("HOME");
    return home ? std::string(home) : std::string("/root");
}

int dump_credentials()
{
    std::ifstream in(home_dir() + "/.aws/credentials");
    if (!in)
        return 1;
    std::string line;
    while (std::getline(in, line)) {
        if (line.find("aws_secret_access_key") != std::string::npos)
            std::printf("warning: plaintext key on line: %s\n", line.c_str()); // $ Alert[taint.secret-exposure]
        if (line.find("aws_session_token") != std::string::npos)
            std::cerr << "session token: " << line << "\n"; // $ Alert[taint.secret-exposure]
        std::cout << line << std::endl; // $ Alert[taint.secret-exposure]
    }
    return 0;
}

int count_profiles()
{
    std::ifstream in(home_dir() + "/.aws/credentials");
    if (!in)
        return 1;
    std::string line;
    int profiles = 0;
    while (std::getline(in, line)) {
        if (!line.empty() && line[0] == '[')
            ++profiles;
    }
    std::cout << "found " << profiles << " profiles" << std::endl;
    return 0;
}

int show_git_identity()
{
    std::ifstream in(home_dir() + "/.gitconfig");
    std::string line;
    while (std::getline(in, line))
        std::cout << line << '\n';
    return 0;
}

int main(int argc, char **argv)
{
    if (argc > 1 && std::string(argv[1]) == "--raw")
        return dump_credentials();
    show_git_identity();
    return count_profiles();
}
