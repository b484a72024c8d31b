// blind-expect: taint.path-injection
// Logger that appends messages to a per-component log file whose directory and name come from the environment.
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <string>

class FileLogger {
public:
    FileLogger(const std::string &dir, const std::string &component)
        : out_(dir + "/" + component + ".log", std::ios::app) {}

    bool ok() const { return out_.good(); }

    void log(const std::string &msg) {
        std::time_t t = std::time(nullptr);
        char ts[32];
        std::strftime(ts, sizeof ts, "%F %T", std::localtime(&t));
        out_ << ts << " " << msg << '\n';
    }

private:
    std::ofstream out_;
};

static std::string envOr(const char *name, const char *fallback) {
    const char *v = std::getenv(name);
    return (v && *v) ? std::string(v) : std::string(fallback);
}

int main(int argc, char **argv) {
    std::string dir = envOr("APP_LOG_DIR", "/var/log/app");
    std::string component = envOr("APP_COMPONENT", "main");

    FileLogger logger(dir, component);
    if (!logger.ok()) {
        std::cerr << "cannot open log in " << dir << std::endl;
        return 1;
    }
    logger.log("started");
    for (int i = 1; i < argc; ++i)
        logger.log(std::string("arg: ") + argv[i]);
    logger.log("stopped");
    return 0;
}
