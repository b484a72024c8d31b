// taint.search-path: a build helper that puts an SDK on the search paths
// before running its compiler. The SDK location comes from the environment
// (SDK_ROOT) or from a ".sdkrc" file in the current directory, so either can
// redirect PATH or LD_PRELOAD; the look-alikes use a fixed install prefix,
// or set non-search-path variables (TZ, SDK_VERSION) from the same input.
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <unistd.h>

static std::string sdk_root_from_env()
{
    const char *root = std::getenv("SDK_ROOT");
    return root ? std::string(root) : std::string();
}

int setup_from_env()
{
    std::string root = sdk_root_from_env();
    if (root.empty())
        return -1;
    std::string bin = root + "/bin:/usr/bin:/bin";
    return setenv("PATH", bin.c_str(), 1); // $ Alert[taint.search-path]
}

int setup_from_rc()
{
    std::ifstream rc(".sdkrc");
    std::string preload, version;
    if (!std::getline(rc, preload))
        return -1;
    static char entry[512];
    std::snprintf(entry, sizeof(entry), "LD_PRELOAD=%s", preload.c_str());
    putenv(entry); // $ Alert[taint.search-path]
    if (std::getline(rc, version))
        setenv("SDK_VERSION", version.c_str(), 1);
    return 0;
}

int setup_fixed()
{
    const char *tz = std::getenv("BUILD_TZ");
    setenv("TZ", tz ? tz : "UTC", 1);
    static char fixed[] = "LD_LIBRARY_PATH=/opt/sdk/lib";
    putenv(fixed);
    return setenv("PATH", "/opt/sdk/bin:/usr/bin:/bin", 1);
}

int main(int argc, char **argv)
{
    if (argc > 1 && std::strcmp(argv[1], "--system") == 0)
        setup_fixed();
    else if (setup_from_env() != 0)
        setup_from_rc();
    execlp("sdkcc", "sdkcc", "--version", (char *)nullptr);
    return 127;
}
