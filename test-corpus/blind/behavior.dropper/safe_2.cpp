// blind-expect: none
// Fetches a JSON-ish status feed with curl, counts "error" entries, and reports the count through the local logger tool.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

static const char *kFeedUrl = "https://status.example.com/api/v1/events.json";
static const char *kFeedFile = "/tmp/status-feed.json";

static bool fetchFeed()
{
    std::string cmd = std::string("curl -fsS -o ") + kFeedFile + " " + kFeedUrl;
    return std::system(cmd.c_str()) == 0;
}

static int countErrors(const std::string &path)
{
    std::ifstream in(path);
    std::string line;
    int errors = 0;
    while (std::getline(in, line)) {
        std::string::size_type pos = 0;
        while ((pos = line.find("\"level\":\"error\"", pos)) != std::string::npos) {
            ++errors;
            pos += 5;
        }
    }
    return errors;
}

static void logCount(int n)
{
    std::string msg = "status-feed: " + std::to_string(n) + " errors";
    pid_t pid = fork();
    if (pid == 0) {
        execl("/usr/bin/logger", "logger", "-t", "feedwatch", msg.c_str(), (char *)nullptr);
        _exit(127);
    }
    if (pid > 0)
        waitpid(pid, nullptr, 0);
}

int main()
{
    if (!fetchFeed()) {
        std::cerr << "could not fetch feed\n";
        return 1;
    }
    int n = countErrors(kFeedFile);
    std::cout << n << " error events\n";
    logCount(n);
    return 0;
}
