// blind-expect: none
// Release helper that checks an API token is configured and logs only non-secret details about the run.
#include <cstdlib>
#include <iostream>
#include <string>

class ReleaseContext {
public:
    ReleaseContext(std::string user, std::string token)
        : user_(std::move(user)), token_(std::move(token)) {}

    bool hasToken() const { return !token_.empty(); }

    void logSummary(std::ostream &out) const {
        out << "[release] user=" << user_
            << " token=" << (hasToken() ? "<redacted>" : "<missing>") << std::endl;
    }

private:
    std::string user_;
    std::string token_;
};

static std::string envOr(const char *name, const char *def) {
    const char *v = std::getenv(name);
    return v ? v : def;
}

int main(int argc, char **argv) {
    ReleaseContext ctx(envOr("USER", "nobody"), envOr("RELEASE_TOKEN", ""));
    ctx.logSummary(std::cerr);
    if (!ctx.hasToken()) {
        std::cerr << "RELEASE_TOKEN not set" << std::endl;
        return 1;
    }
    std::string tag = argc > 1 ? argv[1] : "v0.0.0";
    std::cout << "would publish " << tag << std::endl;
    return 0;
}
