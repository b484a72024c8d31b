// taint.exfiltration (C++ library): std::map<std::string, std::string>
// holding configuration. Values parsed from a secrets file (operator[] and
// emplace) and from the environment (insert) are looked up with operator[],
// at(), find()->second and a structured-binding loop, then sent. Look-alikes:
// a separate map filled only with literals, and sending only the number of
// entries of the tainted map.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <string>
#include <sys/socket.h>
#include <sys/types.h>

using Config = std::map<std::string, std::string>;

static Config load_secrets()
{
    Config cfg;
    std::ifstream in("/etc/app/secrets.env");
    std::string line;
    while (std::getline(in, line)) {
        const auto eq = line.find('=');
        if (eq == std::string::npos)
            continue;
        cfg[line.substr(0, eq)] = line.substr(eq + 1);
    }
    if (const char *t = std::getenv("API_TOKEN"))
        cfg.insert({"api_token", t});
    return cfg;
}

static bool send_str(int sock, const std::string &s)
{
    return ::send(sock, s.data(), s.size(), 0) >= 0; // $ Alert[taint.exfiltration]
}

bool sync_password(int sock)
{
    Config cfg = load_secrets();
    const std::string msg = "PASS " + cfg["db_password"] + "\n";
    return ::send(sock, msg.c_str(), msg.size(), 0) >= 0; // $ Alert[taint.exfiltration]
}

bool sync_token(int sock)
{
    const Config cfg = load_secrets();
    const auto it = cfg.find("api_token");
    if (it == cfg.end())
        return false;
    return ::send(sock, it->second.c_str(), it->second.size(), 0) >= 0; // $ Alert[taint.exfiltration]
}

bool dump_all(int sock)
{
    for (const auto &[key, value] : load_secrets())
        if (!send_str(sock, key + "=" + value + "\n"))
            return false;
    return true;
}

bool send_defaults(int sock)
{
    const Config defaults = {{"region", "eu-west-1"}, {"tier", "free"}};
    const std::string line = "REGION " + defaults.at("region") + "\n";
    return ::send(sock, line.c_str(), line.size(), 0) >= 0;
}

bool send_secret_count(int sock)
{
    const Config cfg = load_secrets();
    char msg[32];
    const int n = std::snprintf(msg, sizeof(msg), "COUNT %zu\n", cfg.size());
    return ::send(sock, msg, static_cast<std::size_t>(n), 0) >= 0;
}
