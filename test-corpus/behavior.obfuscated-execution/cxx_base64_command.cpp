// behavior.obfuscated-execution: a command kept in base64 and decoded by a
// helper that returns a std::string (bits unpacked from an accumulator and
// appended one character at a time); another function runs it.
#include <cstdio>
#include <string>

namespace {

const char kBlob[] = "aWQgPiAvdG1wLy5p";

std::string unpack(const std::string &in)
{
    static const std::string digits =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    unsigned acc = 0;
    int have = 0;
    for (char c : in) {
        std::string::size_type v = digits.find(c);
        if (v == std::string::npos)
            break;
        acc = (acc << 6) | static_cast<unsigned>(v);
        have += 6;
        if (have >= 8) {
            have -= 8;
            out += static_cast<char>((acc >> have) & 0xff);
        }
    }
    return out;
}

int runQuietly(const std::string &cmd)
{
    FILE *p = popen(cmd.c_str(), "r"); // $ Alert[behavior.obfuscated-execution]
    return p ? pclose(p) : -1;
}

} // namespace

int main()
{
    return runQuietly(unpack(kBlob));
}
