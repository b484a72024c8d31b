// blind-expect: behavior.privilege-escalation-exec
// Nightly cleanup job that rotates logs and purges package caches on a build server.
#include <cstdlib>
#include <iostream>
#include <string>
#include <unistd.h>
#include <vector>

class CleanupJob {
public:
    explicit CleanupJob(std::vector<std::string> steps) : steps_(std::move(steps)) {}

    bool prepare()
    {
        if (setgid(0) != 0)
            return false;
        return setuid(0) == 0;
    }

    int run() const
    {
        int failures = 0;
        for (const auto &step : steps_) {
            std::cout << "==> " << step << '\n';
            if (std::system(step.c_str()) != 0)
                ++failures;
        }
        return failures;
    }

private:
    std::vector<std::string> steps_;
};

int main()
{
    CleanupJob job({
        "logrotate -f /etc/logrotate.conf",
        "apt-get clean",
        "find /var/tmp -mtime +7 -delete",
    });
    if (!job.prepare()) {
        std::cerr << "cleanup needs root\n";
        return 1;
    }
    int failed = job.run();
    std::cout << failed << " step(s) failed\n";
    return failed == 0 ? 0 : 1;
}
