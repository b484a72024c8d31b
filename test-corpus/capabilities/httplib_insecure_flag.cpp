// capabilities: httplib enable_server_certificate_verification(false). A
// status CLI has a documented --insecure flag (like curl -k) that turns off
// certificate checks before fetching a status page. The user asks for it,
// but the download then trusts any certificate, which is what the TLS rule
// reports. cpp-httplib is declared here, shaped as in the real header.
#include <cstdio>
#include <cstring>
#include <string>

namespace httplib {
struct Response { int status; std::string body; };
class Result {
public:
  explicit operator bool() const;
  const Response *operator->() const;
};
class Client {
public:
  explicit Client(const std::string &scheme_host_port);
  Result Get(const std::string &path);
  void enable_server_certificate_verification(bool enabled);
};
} // namespace httplib

int main(int argc, char **argv)
{
  bool insecure = argc > 1 && std::strcmp(argv[1], "--insecure") == 0;
  httplib::Client cli("https://status.example.com");
  if (insecure)
    cli.enable_server_certificate_verification(false);
  auto res = cli.Get("/api/v1/status"); // $ Alert[behavior.tls-verification-disabled]
  if (!res)
    return 1;
  std::printf("%d %s\n", res->status, res->body.c_str());
  return 0;
}
