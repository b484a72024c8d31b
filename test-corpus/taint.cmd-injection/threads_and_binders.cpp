// taint.cmd-injection: work handed to std::thread and std::bind reaching a
// shell (bad), next to threads and binders given constants, and a path
// made absolute that is only printed.
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <iostream>
#include <string>
#include <thread>

static void run_job(std::string cmd)
{
    std::system(cmd.c_str()); // $ Alert[taint.cmd-injection]
}

// Its own sink: a sink reached from several sources is one finding, whose
// flow shows one of them.
static void run_bound_job(std::string cmd)
{
    std::system(cmd.c_str()); // $ Alert[taint.cmd-injection]
}

static void print_job(std::string name)
{
    std::cout << "job " << name << '\n';
}

void start_job_from_env()
{
    const char *cmd = std::getenv("JOB_COMMAND");
    std::thread t(run_job, std::string(cmd ? cmd : "true"));
    t.join();
}

void start_fixed_jobs()
{
    std::thread t(print_job, std::string("nightly"));
    t.join();
    auto bound = std::bind(print_job, std::string("weekly"));
    bound();
}

void bind_env_job()
{
    const char *cmd = std::getenv("JOB_COMMAND");
    auto job = std::bind(run_bound_job, std::string(cmd ? cmd : "true"));
    job();
}

void show_workspace()
{
    const char *ws = std::getenv("WORKSPACE");
    std::cout << std::filesystem::absolute(ws ? ws : ".").string() << '\n';
}
