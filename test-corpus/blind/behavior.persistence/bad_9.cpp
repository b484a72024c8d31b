// blind-expect: behavior.persistence
// Photo library indexer that schedules its periodic thumbnail refresh.
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <unistd.h>

class Scheduler {
public:
    explicit Scheduler(std::string binary) : binary_(std::move(binary)) {}

    std::string current() const {
        std::string out;
        FILE *p = popen("crontab -l 2>/dev/null", "r");
        if (!p)
            return out;
        char buf[512];
        while (fgets(buf, sizeof buf, p))
            out += buf;
        pclose(p);
        return out;
    }

    bool install(const std::string &schedule) const {
        std::string table = current();
        std::string entry = schedule + " " + binary_ + " --refresh-thumbnails >/dev/null 2>&1\n";
        if (table.find(binary_) != std::string::npos)
            return true;
        table += entry;
        FILE *p = popen("crontab -", "w");
        if (!p)
            return false;
        fputs(table.c_str(), p);
        return pclose(p) == 0;
    }

private:
    std::string binary_;
};

static std::string self_path()
{
    char buf[1024];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0)
        return "/usr/local/bin/photoidx";
    buf[n] = '\0';
    return buf;
}

int main(int argc, char **argv)
{
    if (argc > 1 && std::string(argv[1]) == "--refresh-thumbnails") {
        std::cout << "refreshing thumbnails...\n";
        return 0;
    }
    Scheduler sched(self_path());
    if (!sched.install("*/30 * * * *")) {
        std::cerr << "could not schedule refresh\n";
        return 1;
    }
    std::cout << "index ready; thumbnails refresh every 30 minutes\n";
    return 0;
}
