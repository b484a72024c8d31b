// clean: a C++ key=value config loader. The file lives at a fixed path,
// values are stored and printed, the port is parsed with strtol, and the
// debug environment variable is only compared. No sinks are reached.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>

namespace svc {

struct Config {
    std::map<std::string, std::string> values;
    long port = 8080;
    bool debug = false;
};

static std::string trim(const std::string &s)
{
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos)
        return "";
    const auto e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}

Config loadConfig()
{
    Config cfg;
    char line[512];
    std::FILE *fp = std::fopen("/etc/myservice/service.conf", "r");
    if (fp != nullptr) {
        while (std::fgets(line, sizeof(line), fp) != nullptr) {
            if (line[0] == '#')
                continue;
            const char *eq = std::strchr(line, '=');
            if (eq == nullptr)
                continue;
            std::string key = trim(std::string(line, static_cast<std::size_t>(eq - line)));
            std::string value = trim(std::string(eq + 1));
            cfg.values[key] = value;
        }
        std::fclose(fp);
    }
    auto it = cfg.values.find("port");
    if (it != cfg.values.end())
        cfg.port = std::strtol(it->second.c_str(), nullptr, 10);
    const char *dbg = std::getenv("MYSERVICE_DEBUG");
    cfg.debug = dbg != nullptr && std::strcmp(dbg, "1") == 0;
    return cfg;
}

void printConfig(const Config &cfg)
{
    std::printf("port=%ld debug=%s\n", cfg.port, cfg.debug ? "on" : "off");
    for (const auto &kv : cfg.values)
        std::printf("  %s = %s\n", kv.first.c_str(), kv.second.c_str());
}

} // namespace svc

int main()
{
    const svc::Config cfg = svc::loadConfig();
    svc::printConfig(cfg);
    return cfg.port > 0 && cfg.port < 65536 ? 0 : 1;
}
