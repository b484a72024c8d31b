// taint.cmd-injection (model rows): standard containers holding commands.
// Tainted strings stored in std::deque, std::list, std::set,
// std::unordered_map, std::optional, std::pair, std::forward_list and
// std::multimap come back out through front(), back(), begin(), at(),
// value(), .second and find(). Look-alikes: a separate container of
// literals, and a container's size()/count() used as a number or a test.
#include <cstdlib>
#include <deque>
#include <forward_list>
#include <iostream>
#include <list>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>

int run_queued()
{
    std::deque<std::string> queue;
    std::string line;
    while (std::getline(std::cin, line))
        queue.push_back(line);
    return queue.empty() ? 0 : std::system(queue.front().c_str()); // $ Alert[taint.cmd-injection]
}

int run_latest_and_sorted()
{
    std::list<std::string> history;
    std::set<std::string> unique;
    const char *last = std::getenv("LAST_COMMAND");
    history.emplace_back(last ? last : "true");
    unique.insert(history.back());
    std::system(history.back().c_str()); // $ Alert[taint.cmd-injection]
    return std::system(unique.begin()->c_str()); // $ Alert[taint.cmd-injection]
}

int run_alias(const std::string &name)
{
    std::unordered_map<std::string, std::string> aliases;
    std::string key, value;
    std::cin >> key >> value;
    aliases[key] = value;
    if (aliases.count(name) == 0)
        return -1;
    return std::system(aliases.at(name).c_str()); // $ Alert[taint.cmd-injection]
}

std::optional<std::string> hook_for(const std::string &event)
{
    std::string name, action;
    while (std::getline(std::cin, name, '=') && std::getline(std::cin, action))
        if (name == event)
            return action;
    return std::nullopt;
}

int run_hook()
{
    const std::pair<std::string, std::optional<std::string>> hook("deploy", hook_for("deploy"));
    return hook.second ? std::system(hook.second.value().c_str()) : 0; // $ Alert[taint.cmd-injection]
}

int run_stage(const std::string &stage)
{
    std::forward_list<std::string> extra;
    const char *e = std::getenv("EXTRA_STAGE");
    extra.push_front(e ? e : "true");
    std::multimap<std::string, std::string> stages{{"build", "make -j4"}, {"test", "make check"}};
    const auto it = stages.find(stage);
    std::system(extra.front().c_str()); // $ Alert[taint.cmd-injection]
    return it == stages.end() ? -1 : std::system(it->second.c_str());
}

int report_queue_length()
{
    std::deque<std::string> pending;
    std::list<std::string> done;
    std::string line;
    while (std::getline(std::cin, line))
        pending.push_back(line);
    done.push_back("uptime");
    const std::string cmd = "logger queue=" + std::to_string(pending.size());
    std::system(done.front().c_str());
    return std::system(cmd.c_str());
}
