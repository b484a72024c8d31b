// taint.exfiltration with cpp-httplib: a sync client that uploads a token
// and dotfiles with Client::Post/Put/Patch, and a history file with an
// SSLClient. Look-alikes send constant bodies. It includes httplib.h
// (Sluice's bundled declarations serve it when cpp-httplib is not installed;
// SSLClient inherits its requests from ClientImpl, Client forwards to one).
#include <cstdlib>
#include <fstream>
#define CPPHTTPLIB_OPENSSL_SUPPORT
#include <httplib.h>
#include <sstream>
#include <string>

static std::string slurp(const char *path)
{
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

bool register_runner(httplib::Client &cli)
{
    const char *tok = std::getenv("RUNNER_TOKEN");
    std::string body = std::string("{\"token\":\"") + (tok ? tok : "") + "\"}";
    return static_cast<bool>(cli.Post("/api/runners", body, "application/json")); // $ Alert[taint.exfiltration]
}

bool backup_dotfile(httplib::Client &cli)
{
    std::string rc = slurp("/home/dev/.bashrc");
    return static_cast<bool>(cli.Put("/backup/bashrc", rc, "text/plain")); // $ Alert[taint.exfiltration]
}

bool update_profile(httplib::Client &cli)
{
    std::ifstream in("/home/dev/.profile");
    std::string first;
    std::getline(in, first);
    return static_cast<bool>(cli.Patch("/backup/profile", first, "text/plain")); // $ Alert[taint.exfiltration]
}

bool sync_history(httplib::SSLClient &cli)
{
    std::ifstream in("/var/log/app/history.log");
    std::string line, all;
    while (std::getline(in, line))
        all += line + "\n";
    auto r = cli.Post("/sync/history", all, "text/plain"); // $ Alert[taint.exfiltration]
    return r && r->status == 200 && cli.Put("/sync/history.tail", line, "text/plain"); // $ Alert[taint.exfiltration]
}

bool heartbeat(httplib::Client &cli, httplib::SSLClient &tls)
{
    auto a = cli.Post("/api/heartbeat", "{}", "application/json");
    auto b = cli.Put("/api/state", "idle", "text/plain");
    auto c = cli.Patch("/api/state", "{\"busy\":false}", "application/json");
    auto d = tls.Post("/sync/ping", "ping", "text/plain");
    auto e = tls.Put("/sync/ping", "pong", "text/plain");
    return a && b && c && d && e;
}
