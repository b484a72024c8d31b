// taint.cmd-injection (C++): flows inside member functions and a lambda,
// using std:: qualified C library calls. buildLabel() is a safe look-alike.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>
#include <unistd.h>

namespace jobs {

class JobRunner {
public:
    explicit JobRunner(int niceness) : niceness_(niceness) {}

    int runFromEnvironment();
    int runQueued(std::FILE *queue);
    int runDefaults() const;

private:
    int niceness_;
};

int JobRunner::runFromEnvironment()
{
    char cmd[512];
    const char *job = std::getenv("JOB_COMMAND");
    if (job == nullptr)
        return 0;
    std::snprintf(cmd, sizeof(cmd), "nice -n %d %s", niceness_, job);
    return std::system(cmd); // $ Alert[taint.cmd-injection]
}

int JobRunner::runQueued(std::FILE *queue)
{
    char entry[256];
    int failures = 0;
    auto trim = [](char *s) { s[std::strcspn(s, "\r\n")] = '\0'; };
    while (std::fgets(entry, sizeof(entry), queue) != nullptr) {
        trim(entry);
        if (entry[0] == '#' || entry[0] == '\0')
            continue;
        if (std::system(entry) != 0) // $ Alert[taint.cmd-injection]
            ++failures;
    }
    return failures;
}

int JobRunner::runDefaults() const
{
    const std::vector<const char *> defaults = {"logrotate /etc/logrotate.conf", "updatedb"};
    int failures = 0;
    for (const char *cmd : defaults)
        if (std::system(cmd) != 0)
            ++failures;
    return failures;
}

// Safe: the environment value only goes into a log line.
std::string buildLabel()
{
    const char *user = std::getenv("USER");
    std::string label = "jobs for ";
    label += user ? user : "nobody";
    std::printf("%s\n", label.c_str());
    return label;
}

} // namespace jobs

int run_all_jobs()
{
    jobs::JobRunner runner(10);
    int failures = runner.runDefaults();
    failures += runner.runFromEnvironment();
    if (std::FILE *q = std::fopen("/var/spool/jobs/queue", "r")) {
        failures += runner.runQueued(q);
        std::fclose(q);
    }
    jobs::buildLabel();
    return failures;
}
