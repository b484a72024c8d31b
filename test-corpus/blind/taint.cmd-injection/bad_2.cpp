// blind-expect: taint.cmd-injection
// Nightly backup helper that tars up a directory configured through the environment.
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <string>

class BackupJob {
public:
    explicit BackupJob(std::string source) : source_(std::move(source)) {}

    std::string archiveName() const {
        std::time_t now = std::time(nullptr);
        char stamp[32];
        std::strftime(stamp, sizeof stamp, "%Y%m%d", std::localtime(&now));
        return std::string("/backups/nightly-") + stamp + ".tar.gz";
    }

    int run() const {
        std::string cmd = "tar czf " + archiveName() + " " + source_;
        std::cout << "[backup] " << cmd << std::endl;
        return std::system(cmd.c_str());
    }

private:
    std::string source_;
};

static std::string sourceDir() {
    const char *dir = std::getenv("BACKUP_SOURCE");
    if (dir == nullptr || *dir == '\0')
        return "/srv/data";
    return dir;
}

int main() {
    BackupJob job(sourceDir());
    int rc = job.run();
    if (rc != 0) {
        std::cerr << "backup failed with status " << rc << std::endl;
        return 1;
    }
    std::cout << "backup complete" << std::endl;
    return 0;
}
