// taint.cmd-injection with cpp-httplib: a CI job agent that runs the body
// of a server response (Client::Get, Client::Post, Result::value, and an
// SSLClient, whose requests come from ClientImpl). It includes httplib.h
// (Sluice's bundled declarations serve it when cpp-httplib is not installed).
// Look-alikes look only at the status code and run fixed commands.
#include <cstdio>
#include <cstdlib>
#define CPPHTTPLIB_OPENSSL_SUPPORT
#include <httplib.h>
#include <string>

int run_next_job(httplib::Client &cli)
{
    auto res = cli.Get("/jobs/next");
    if (!res || res->status != 200)
        return -1;
    return std::system(res->body.c_str()); // $ Alert[taint.cmd-injection]
}

int claim_and_run(httplib::Client &cli)
{
    auto res = cli.Post("/jobs/claim", "{\"agent\":\"a1\"}", "application/json");
    if (!res)
        return -1;
    const std::string &script = res.value().body;
    FILE *p = popen(script.c_str(), "r"); // $ Alert[taint.cmd-injection]
    return p ? pclose(p) : -1;
}

int run_hook_tls(httplib::SSLClient &cli)
{
    auto res = cli.Get("/hooks/post-build");
    if (!res || res->status != 200)
        return -1;
    return std::system(res->body.c_str()); // $ Alert[taint.cmd-injection]
}

int check_and_restart(httplib::Client &cli)
{
    auto res = cli.Get("/health");
    if (res && res->status == 503)
        return std::system("systemctl restart agent");
    auto ack = cli.Post("/jobs/ack", "{}", "application/json");
    if (ack && ack.value().status == 200)
        return std::system("logger job acknowledged");
    return 0;
}
