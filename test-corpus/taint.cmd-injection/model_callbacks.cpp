// taint.cmd-injection (model rows): callables run through the library.
// std::invoke and std::async call their first argument (or the function
// after a launch policy) with the rest, and a std::function assigned with
// operator= runs what it holds. The sink is in the callee, so each callee
// is used by one call site only. Look-alikes: the same wrappers passing
// literals to a callee of their own. Not found yet: a callee taking a const
// reference through a callback row, and std::async with a launch policy
// first (the row calls argument 0, which is then the policy).
#include <cstdlib>
#include <functional>
#include <future>
#include <iostream>
#include <string>

static int run_plain(const std::string &cmd)
{
    return std::system(cmd.c_str()); // $ Alert[taint.cmd-injection]
}

static int run_async(std::string cmd)
{
    return std::system(cmd.c_str()); // $ Alert[taint.cmd-injection]
}

static int run_deferred(std::string cmd)
{
    return std::system(cmd.c_str()); // $ Alert[taint.cmd-injection]
}

static int run_fixed(const std::string &cmd)
{
    return std::system(cmd.c_str());
}

int invoke_user_command()
{
    std::string line;
    std::getline(std::cin, line);
    return std::invoke(run_plain, line);
}

int async_env_command()
{
    const char *cmd = std::getenv("ASYNC_TASK");
    auto result = std::async(run_async, std::string(cmd ? cmd : "true"));
    return result.get();
}

int deferred_env_command()
{
    const char *cmd = std::getenv("DEFERRED_TASK");
    auto result = std::async(std::launch::deferred, run_deferred, std::string(cmd ? cmd : "true"));
    return result.get();
}

int handler_from_input()
{
    std::string line;
    std::getline(std::cin, line);
    std::function<int(std::string)> handler;
    handler = [](std::string c) {
        return std::system(c.c_str()); // $ Alert[taint.cmd-injection]
    };
    return handler(line);
}

int fixed_wrappers()
{
    std::function<int(const std::string &)> handler;
    handler = run_fixed;
    auto later = std::async(std::launch::async, run_fixed, std::string("sync"));
    return std::invoke(run_fixed, std::string("uptime")) + handler("df -h") + later.get();
}
