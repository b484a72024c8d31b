// blind-expect: taint.cmd-injection
// Nightly backup job that archives a directory using a configurable compressor.
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>

struct BackupConfig {
    std::string source_dir = "/var/lib/app";
    std::string dest_dir = "/var/backups";
    std::string compressor = "gzip";
};

class ConfigLoader {
public:
    explicit ConfigLoader(std::string path) : path_(std::move(path)) {}

    bool load(BackupConfig &cfg) const {
        std::ifstream in(path_);
        if (!in)
            return false;
        std::map<std::string, std::string> kv;
        std::string line;
        while (std::getline(in, line)) {
            if (line.empty() || line[0] == '#')
                continue;
            auto eq = line.find('=');
            if (eq == std::string::npos)
                continue;
            kv[line.substr(0, eq)] = line.substr(eq + 1);
        }
        if (kv.count("source")) cfg.source_dir = kv["source"];
        if (kv.count("dest")) cfg.dest_dir = kv["dest"];
        if (kv.count("compressor")) cfg.compressor = kv["compressor"];
        return true;
    }

private:
    std::string path_;
};

static std::string build_command(const BackupConfig &cfg)
{
    std::ostringstream cmd;
    cmd << "tar -cf - " << cfg.source_dir << " | " << cfg.compressor
        << " > " << cfg.dest_dir << "/nightly.tar.z";
    return cmd.str();
}

int main()
{
    BackupConfig cfg;
    ConfigLoader loader("/etc/nightly-backup.conf");
    if (!loader.load(cfg))
        std::cerr << "using default configuration\n";

    std::string cmd = build_command(cfg);
    std::cout << "running backup...\n";
    int rc = std::system(cmd.c_str());
    if (rc != 0) {
        std::cerr << "backup failed with status " << rc << "\n";
        return 1;
    }
    std::cout << "backup complete\n";
    return 0;
}
