// behavior.trapdoor: an API token compared with a constant in C++. The
// helper returns the comparison itself; the caller reads the token from a
// request line on standard input.
#include <iostream>
#include <string>

static bool is_service_token(const std::string &token)
{
    return token == "a91f06c2d7e84b35"; // $ Alert[behavior.trapdoor]
}

int main()
{
    std::string line;
    while (std::getline(std::cin, line)) {
        std::string token = line.substr(line.find(' ') + 1);
        std::cout << (is_service_token(token) ? "200 admin\n" : "403\n");
    }
    return 0;
}
