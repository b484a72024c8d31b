// taint.cmd-injection (model rows): wrappers that hand their argument on.
// std::move, std::ref / std::cref (through std::reference_wrapper::get),
// std::as_const, std::forward in a perfect-forwarding helper, and
// std::make_pair / std::make_tuple read back with .first / std::get.
// Look-alikes: a moved-from literal, and a pair whose tainted member is
// never used (reported for now: the members of a pair are not told apart).
// Not found yet: std::reference_wrapper::get is not modelled, and the
// make_pair / make_tuple row only reads its first argument.
#include <cstdlib>
#include <functional>
#include <iostream>
#include <string>
#include <tuple>
#include <utility>

template <typename S>
int run_forwarded(S &&cmd)
{
    const std::string local(std::forward<S>(cmd));
    return std::system(local.c_str()); // $ Alert[taint.cmd-injection]
}

int run_moved()
{
    std::string line;
    std::getline(std::cin, line);
    std::string owned = std::move(line);
    return std::system(std::as_const(owned).c_str()); // $ Alert[taint.cmd-injection]
}

int run_by_reference()
{
    std::string line;
    std::getline(std::cin, line);
    auto r = std::ref(line);
    auto cr = std::cref(line);
    std::system(r.get().c_str()); // $ Alert[taint.cmd-injection]
    return std::system(cr.get().c_str()); // $ Alert[taint.cmd-injection]
}

int run_env_forwarded()
{
    const char *hook = std::getenv("PRE_COMMIT_HOOK");
    return run_forwarded(std::string(hook ? hook : "true"));
}

int run_named_action(const std::string &name)
{
    std::string action;
    std::getline(std::cin, action);
    const auto first = std::make_pair(action, name);
    const auto second = std::make_pair(name, action);
    const auto triple = std::make_tuple(1, name, action);
    std::system(first.first.c_str()); // $ Alert[taint.cmd-injection]
    std::system(second.second.c_str()); // $ Alert[taint.cmd-injection]
    return std::system(std::get<2>(triple).c_str()); // $ Alert[taint.cmd-injection]
}

int run_moved_literal()
{
    std::string cmd = "sync";
    const std::string final_cmd = std::move(cmd);
    return std::system(final_cmd.c_str());
}

int run_labelled()
{
    std::string label;
    std::getline(std::cin, label);
    const std::pair<std::string, std::string> job("uptime", label);
    std::cout << "running " << job.second << '\n';
    return std::system(job.first.c_str()); // $ SPURIOUS: Alert[taint.cmd-injection]
}
