// capabilities: httplib enable_server_certificate_verification(false). A
// status CLI has a documented --insecure flag (like curl -k) that turns off
// certificate checks before fetching a status page. The user asks for it,
// but the download then trusts any certificate, which is what the TLS rule
// reports. It includes httplib.h (Sluice's bundled declarations serve it
// when cpp-httplib is not installed).
#include <cstdio>
#include <cstring>
#define CPPHTTPLIB_OPENSSL_SUPPORT
#include <httplib.h>
#include <string>

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
