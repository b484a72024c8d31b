// taint.cmd-injection (C++), indirect calls: virtual dispatch. A deploy step
// hierarchy is driven through a base-class pointer and a base-class
// reference with a value from the environment, so EVERY overrider of run()
// that reaches a sink must alert. Look-alikes: the overrider that only logs,
// and a second virtual method, label(), whose overriders all return
// literals that are then run.
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

namespace deploy {

class Step {
public:
    virtual ~Step() = default;
    virtual int run(const std::string &target) = 0;
    virtual const char *label() const = 0;
};

class ShellStep : public Step {
public:
    int run(const std::string &target) override
    {
        const std::string cmd = "rsync -a build/ " + target;
        return std::system(cmd.c_str()); // $ Alert[taint.cmd-injection]
    }
    const char *label() const override { return "echo shell-step"; }
};

class PipeStep : public Step {
public:
    int run(const std::string &target) override
    {
        std::FILE *p = ::popen(("ssh " + target + " uptime").c_str(), "r"); // $ Alert[taint.cmd-injection]
        return p ? ::pclose(p) : -1;
    }
    const char *label() const override { return "echo pipe-step"; }
};

class DryRunStep final : public Step {
public:
    int run(const std::string &target) override
    {
        std::printf("would deploy to %s\n", target.c_str());
        return 0;
    }
    const char *label() const override { return "echo dry-run"; }
};

int runAll(const std::vector<std::unique_ptr<Step>> &steps, const std::string &target)
{
    int rc = 0;
    for (const auto &s : steps) {
        rc |= std::system(s->label());
        rc |= s->run(target);
    }
    return rc;
}

int runOne(Step &step)
{
    const char *host = std::getenv("DEPLOY_HOST");
    return host ? step.run(host) : 0;
}

} // namespace deploy

int deploy_main(bool dry)
{
    std::vector<std::unique_ptr<deploy::Step>> steps;
    if (dry) {
        steps.push_back(std::make_unique<deploy::DryRunStep>());
    } else {
        steps.push_back(std::make_unique<deploy::ShellStep>());
        steps.push_back(std::make_unique<deploy::PipeStep>());
    }
    const char *target = std::getenv("DEPLOY_TARGET");
    deploy::ShellStep fallback;
    return deploy::runAll(steps, target ? target : "localhost:/srv") | deploy::runOne(fallback);
}
