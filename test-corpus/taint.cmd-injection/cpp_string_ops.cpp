// taint.cmd-injection (C++ library): std::string operations. Taint must
// follow construction from getenv(), operator+, operator+=, append(),
// substr(), operator[] (a single character), assign(), and c_str()/data().
// Look-alikes: strings built only from literals and from size()/empty()
// results, and a tainted string replaced by assignment of a literal.
#include <cstdio>
#include <cstdlib>
#include <string>

int run_formatter()
{
    const char *fmt = std::getenv("FORMATTER");
    if (fmt == nullptr)
        return 0;
    std::string tool(fmt);
    return std::system((tool + " --in-place src/*.cpp").c_str()); // $ Alert[taint.cmd-injection]
}

int archive_branch()
{
    std::string cmd = "git archive --format=tar ";
    const char *branch = std::getenv("CI_BRANCH");
    cmd += branch ? branch : "main";
    cmd.append(" | gzip > /tmp/src.tgz");
    return std::system(cmd.c_str()); // $ Alert[taint.cmd-injection]
}

int checkout_short_ref()
{
    const char *ref = std::getenv("CI_COMMIT_REF");
    if (ref == nullptr)
        return 0;
    const std::string full(ref);
    std::string cmd;
    cmd.assign("git checkout ").append(full.substr(0, 12));
    return std::system(cmd.data()); // $ Alert[taint.cmd-injection]
}

int select_drive()
{
    const std::string letter_src = std::getenv("DRIVE") ? std::getenv("DRIVE") : "c";
    std::string cmd = "mount /dev/sd";
    cmd += letter_src[0];
    cmd += "1 /mnt";
    return std::system(cmd.c_str()); // $ Alert[taint.cmd-injection]
}

int build_release()
{
    std::string cmd = std::string("make") + " -j" + "4" + " release";
    return std::system(cmd.c_str());
}

int report_flags()
{
    const char *flags = std::getenv("CXXFLAGS");
    const std::string f = flags ? flags : "";
    std::string cmd = f.empty() ? "echo no-flags" : "echo has-flags";
    return std::system(cmd.c_str());
}

int clean_workspace()
{
    const char *ws = std::getenv("WORKSPACE");
    std::string cmd = ws ? ws : "";
    std::printf("ignoring WORKSPACE=%s\n", cmd.c_str());
    cmd = "git clean -fdx";
    return std::system(cmd.c_str());
}
