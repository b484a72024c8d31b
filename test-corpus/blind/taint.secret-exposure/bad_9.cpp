// blind-expect: taint.secret-exposure
// Deployment helper that triggers a release on the CI server via curl.
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

class DeployClient {
public:
    explicit DeployClient(std::string endpoint) : endpoint_(std::move(endpoint)) {}

    bool load_token(const std::string &file) {
        std::ifstream in(file);
        if (!in || !std::getline(in, token_))
            return false;
        while (!token_.empty() && (token_.back() == '\n' || token_.back() == ' '))
            token_.pop_back();
        return !token_.empty();
    }

    int trigger(const std::string &service, const std::string &version) const {
        std::string auth = "Authorization: Bearer " + token_;
        std::string body = "{\"service\":\"" + service + "\",\"version\":\"" + version + "\"}";
        pid_t pid = fork();
        if (pid == 0) {
            execlp("curl", "curl", "-sf", "-X", "POST", "-H", auth.c_str(),
                   "-H", "Content-Type: application/json", "-d", body.c_str(),
                   endpoint_.c_str(), static_cast<char *>(nullptr));
            _exit(127);
        }
        int status = 0;
        waitpid(pid, &status, 0);
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }

private:
    std::string endpoint_;
    std::string token_;
};

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::cerr << "usage: " << argv[0] << " service version\n";
        return 2;
    }
    const char *home = std::getenv("HOME");
    DeployClient client("https://ci.internal.example.com/api/v2/deploy");
    if (!client.load_token(std::string(home ? home : ".") + "/.config/deployctl/token")) {
        std::cerr << "no deploy token configured\n";
        return 1;
    }
    int rc = client.trigger(argv[1], argv[2]);
    std::cout << (rc == 0 ? "deploy triggered" : "deploy request failed") << "\n";
    return rc;
}
