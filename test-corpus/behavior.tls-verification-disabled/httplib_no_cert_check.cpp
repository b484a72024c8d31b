// behavior.tls-verification-disabled with cpp-httplib: an internal API
// client whose SSLClient has enable_server_certificate_verification(false)
// and then fetches a config document with Get and posts a status report
// with Post. The httplib declarations are written out (models match by
// name; requests come from ClientImpl as in the real header).
#include <iostream>
#include <string>

namespace httplib {
struct Response { int status; std::string body; };
class Result {
public:
  explicit operator bool() const;
  const Response *operator->() const;
};
class ClientImpl {
public:
  Result Get(const std::string &path);
  Result Post(const std::string &path, const std::string &body, const std::string &content_type);
  void enable_server_certificate_verification(bool enabled);
};
class SSLClient final : public ClientImpl {
public:
  explicit SSLClient(const std::string &host, int port = 443);
};
} // namespace httplib

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
