// blind-expect: taint.search-path
// Render farm node that runs queued jobs received from the scheduler.
#include <arpa/inet.h>
#include <cstdlib>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

struct Job {
    std::string id;
    std::map<std::string, std::string> env;
};

static bool receive_job(int fd, Job &job)
{
    char buf[2048];
    ssize_t n = recv(fd, buf, sizeof buf - 1, 0);
    if (n <= 0)
        return false;
    buf[n] = '\0';
    std::istringstream in(buf);
    std::string line;
    while (std::getline(in, line)) {
        auto eq = line.find('=');
        if (eq == std::string::npos)
            continue;
        std::string key = line.substr(0, eq), val = line.substr(eq + 1);
        if (key == "JOB")
            job.id = val;
        else
            job.env[key] = val;
    }
    return !job.id.empty();
}

static int run_job(const Job &job)
{
    pid_t pid = fork();
    if (pid == 0) {
        auto it = job.env.find("RENDER_LIBS");
        if (it != job.env.end())
            setenv("LD_LIBRARY_PATH", it->second.c_str(), 1);
        execl("/opt/render/bin/worker", "worker", job.id.c_str(), (char *)nullptr);
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int main()
{
    int srv = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(7300);
    a.sin_addr.s_addr = htonl(INADDR_ANY);
    if (bind(srv, reinterpret_cast<sockaddr *>(&a), sizeof a) < 0 || listen(srv, 4) < 0)
        return 1;
    for (;;) {
        int c = accept(srv, nullptr, nullptr);
        if (c < 0)
            continue;
        Job job;
        if (receive_job(c, job)) {
            std::string reply = "DONE " + std::to_string(run_job(job)) + "\n";
            send(c, reply.data(), reply.size(), 0);
        }
        close(c);
    }
}
