// Error recovery: code that does not compile on this platform (wide strings
// passed to narrow APIs, as Windows-first code does) still has its sinks
// analyzed from what Clang recovers. The file is reported as not fully
// analyzed, and its findings are kept.
// $ Notification[tu-parse-error]
#include <cstdlib>
#include <cwchar>
#include <unistd.h>

static wchar_t *wide_env(const char *name)
{
    return reinterpret_cast<wchar_t *>(std::getenv(name));
}

void run_wide_hook()
{
    wchar_t *hook = wide_env("POST_HOOK");
    if (hook == nullptr)
        return;
    execl(L"/bin/sh", L"/bin/sh", L"-c", hook, nullptr); // $ Alert[taint.cmd-injection]
}

void run_wide_constant()
{
    const wchar_t *fixed = L"ls -l";
    execl(L"/bin/sh", L"/bin/sh", L"-c", fixed, nullptr);
}

int run_narrow(const char *cmd)
{
    return std::system(cmd); // $ Alert[taint.cmd-injection]
}

int start_job()
{
    return run_narrow(std::getenv("JOB_CMD")) + std::system(L"uptime");
}
