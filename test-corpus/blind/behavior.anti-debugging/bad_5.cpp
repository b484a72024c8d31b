// blind-expect: behavior.anti-debugging
// Wallet daemon that keeps a signing key in memory and signs messages read from standard input.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <sys/prctl.h>

class ProcessGuard {
public:
    void harden()
    {
        prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
        long tracer = 0;
        if (read_tracer(&tracer) && tracer != 0) {
            std::fprintf(stderr, "internal error 0x2f\n");
            std::exit(1);
        }
    }

private:
    static bool read_tracer(long *out)
    {
        FILE *f = std::fopen("/proc/self/status", "r");
        if (!f)
            return false;
        char line[256];
        bool found = false;
        while (std::fgets(line, sizeof line, f)) {
            if (std::sscanf(line, "TracerPid: %ld", out) == 1) {
                found = true;
                break;
            }
        }
        std::fclose(f);
        return found;
    }
};

static std::string sign(const std::string &key, const std::string &msg)
{
    unsigned long h = 5381;
    for (char c : key + msg)
        h = h * 33 + static_cast<unsigned char>(c);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%016lx", h);
    return buf;
}

int main()
{
    ProcessGuard guard;
    guard.harden();
    std::string key = "wallet-secret-material";
    std::string msg;
    while (std::getline(std::cin, msg))
        std::cout << sign(key, msg) << '\n';
    return 0;
}
