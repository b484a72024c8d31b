// blind-expect: taint.secret-exposure
// GitHub release helper that validates its API token and reports problems on stderr.
#include <cstdlib>
#include <iostream>
#include <string>

class GithubClient {
public:
    explicit GithubClient(std::string token) : token_(std::move(token)) {}

    bool tokenLooksValid() const {
        return token_.rfind("ghp_", 0) == 0 || token_.rfind("github_pat_", 0) == 0;
    }

    void debugDump() const {
        std::cerr << "[debug] api=https://api.github.com token=" << token_ << std::endl;
    }

private:
    std::string token_;
};

int main(int argc, char **argv) {
    const char *raw = std::getenv("GITHUB_TOKEN");
    if (raw == nullptr) {
        std::cerr << "GITHUB_TOKEN not set" << std::endl;
        return 1;
    }
    GithubClient client(raw);
    bool debug = argc > 1 && std::string(argv[1]) == "--debug";
    if (debug || !client.tokenLooksValid()) {
        client.debugDump();
    }
    if (!client.tokenLooksValid()) {
        std::cerr << "token format not recognised" << std::endl;
        return 1;
    }
    std::cout << "ready to publish release" << std::endl;
    return 0;
}
