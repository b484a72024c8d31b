// taint.cmd-injection (C++ library): std::getenv / std::system spelled in
// the ways C++ code uses them: fully qualified, through `using std::...`
// declarations, inside a function with `using namespace std;`, and the
// global ::getenv / ::system. Look-alikes: the same spellings with literal
// commands, and an environment value used only as a boolean switch.
#include <cstdio>
#include <cstdlib>
#include <string>

namespace ci {

int run_script()
{
    const char *script = std::getenv("CI_SCRIPT");
    return script ? std::system(script) : 0; // $ Alert[taint.cmd-injection]
}

int run_after_script()
{
    using std::getenv;
    using std::system;
    const std::string after = getenv("CI_AFTER_SCRIPT") ? getenv("CI_AFTER_SCRIPT") : "true";
    return system(after.c_str()); // $ Alert[taint.cmd-injection]
}

int run_cache_step()
{
    using namespace std;
    string cmd = "ccache -M ";
    const char *size = getenv("CCACHE_SIZE");
    cmd += size ? size : "5G";
    return system(cmd.c_str()); // $ Alert[taint.cmd-injection]
}

int run_global()
{
    char cmd[256];
    const char *img = ::getenv("DOCKER_IMAGE");
    std::snprintf(cmd, sizeof(cmd), "docker pull %s", img ? img : "alpine");
    return ::system(cmd); // $ Alert[taint.cmd-injection]
}

int run_fixed()
{
    using namespace std;
    int rc = std::system("git submodule update --init");
    rc |= system("git lfs pull");
    return rc | ::system("make -j4");
}

int maybe_verbose()
{
    const bool verbose = std::getenv("CI_DEBUG") != nullptr;
    return std::system(verbose ? "make V=1" : "make");
}

} // namespace ci
