// blind-expect: taint.secret-exposure
// Deployment notifier that calls an internal API with curl, authenticating with a secret from the environment.
#include <sys/wait.h>
#include <unistd.h>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

static int runCurl(const std::vector<std::string> &args) {
    std::vector<char *> argv;
    for (const auto &a : args)
        argv.push_back(const_cast<char *>(a.c_str()));
    argv.push_back(nullptr);
    pid_t pid = fork();
    if (pid == 0) {
        execvp("curl", argv.data());
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int main(int argc, char **argv) {
    const char *secret = std::getenv("DEPLOY_API_SECRET");
    if (!secret) {
        std::cerr << "DEPLOY_API_SECRET missing" << std::endl;
        return 1;
    }
    std::string version = argc > 1 ? argv[1] : "unknown";
    std::vector<std::string> args = {
        "curl", "-sS", "-X", "POST",
        "-H", std::string("Authorization: Bearer ") + secret,
        "-d", "{\"version\":\"" + version + "\"}",
        "https://deploy.internal.example/api/notify",
    };
    int rc = runCurl(args);
    std::cout << "notify exit code " << rc << std::endl;
    return rc == 0 ? 0 : 1;
}
