// behavior.obfuscated-execution: C++. The shell path is kept XOR-encoded in a
// std::string and decoded with a range-for over its characters, then run
// with execl(). The same trick as the C samples, written the way C++ code
// (and code assistants) usually write it.
#include <string>
#include <unistd.h>

int main()
{
    std::string sh = "\x38\x75\x7e\x79\x38\x75\x76\x64\x7f";
    for (char &c : sh)
        c ^= 0x17;
    execl(sh.c_str(), "bash", "-i", static_cast<char *>(nullptr)); // $ Alert[behavior.obfuscated-execution]
    return 1;
}
