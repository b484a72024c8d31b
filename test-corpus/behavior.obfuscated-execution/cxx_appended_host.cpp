// behavior.obfuscated-execution: a host name and a command assembled by
// appending one constant character at a time to a std::string (+= and
// push_back), in helpers, then resolved and run. Look-alikes: a JSON writer
// that appends punctuation between real text, and a short separator.
#include <netdb.h>
#include <stdlib.h>
#include <string>
#include <sys/socket.h>

namespace {

std::string relay()
{
    std::string h;
    h += 'c'; h += '2'; h += '.'; h += 'e'; h += 'x'; h += 'a';
    h += 'm'; h += 'p'; h += 'l'; h += 'e'; h += '.'; h += 'n'; h += 'e'; h += 't';
    return h;
}

std::string tool()
{
    std::string c;
    c.push_back('i');
    c.push_back('d');
    c.push_back(';');
    c.push_back('w');
    return c;
}

std::string to_json(const std::string &key, const std::string &value)
{
    std::string out;
    out += '{';
    out += '"';
    out += key;
    out += '"';
    out += ':';
    out += '"';
    out += value;
    out += '"';
    out += '}';
    return out;
}

} // namespace

int beacon()
{
    addrinfo hints{}, *res = nullptr;
    hints.ai_socktype = SOCK_STREAM;
    std::string host = relay();
    if (getaddrinfo(host.c_str(), "443", &hints, &res) != 0) // $ Alert[behavior.obfuscated-execution]
        return -1;
    freeaddrinfo(res);
    return system(tool().c_str()); // $ Alert[behavior.obfuscated-execution]
}

int report()
{
    std::string body = to_json("status", "ok");
    std::string sep;
    sep += ',';
    sep += ' ';
    std::string line = body + sep + "done";
    return system(("logger " + line).c_str());
}
