// blind-expect: taint.format-string
// Service stub with a small logger class; the startup message is customisable through an environment variable.
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <string>

class Logger {
public:
    explicit Logger(FILE *out) : out_(out) {}

    void info(const char *fmt, ...) {
        va_list ap;
        va_start(ap, fmt);
        std::fputs("INFO  ", out_);
        std::vfprintf(out_, fmt, ap);
        std::fputc('\n', out_);
        va_end(ap);
    }

private:
    FILE *out_;
};

static std::string startupMessage() {
    const char *m = std::getenv("SERVICE_MOTD");
    if (m == nullptr)
        return "service starting";
    return m;
}

int main() {
    Logger log(stdout);
    std::string motd = startupMessage();
    log.info(motd.c_str());
    int workers = 4;
    log.info("spawning %d workers", workers);
    for (int i = 0; i < workers; ++i)
        log.info("worker %d ready", i);
    log.info("service stopped");
    return 0;
}
