// behavior.tls-verification-disabled with cpp-httplib: an internal API
// client whose SSLClient has enable_server_certificate_verification(false)
// and then fetches a config document with Get and posts a status report
// with Post (requests come from ClientImpl). It includes httplib.h
// (Sluice's bundled declarations serve it when cpp-httplib is not installed).
#include <iostream>
#define CPPHTTPLIB_OPENSSL_SUPPORT
#include <httplib.h>
#include <string>

int main()
{
    httplib::SSLClient cli("inventory.corp.example", 8443);
    cli.enable_server_certificate_verification(false); // TODO: install the corp CA
    auto cfg = cli.Get("/api/agent/config"); // $ Alert[behavior.tls-verification-disabled]
    if (!cfg || cfg->status != 200) {
        std::cerr << "no config\n";
        return 1;
    }
    auto res = cli.Post("/api/agent/status", "{\"state\":\"ready\"}", "application/json"); // $ Alert[behavior.tls-verification-disabled]
    return res && res->status == 200 ? 0 : 1;
}
