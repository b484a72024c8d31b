// blind-expect: taint.search-path
// Build worker that receives a job description over TCP, selects the toolchain it names and runs make.
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sstream>
#include <string>

struct JobSpec {
    std::string target = "all";
    std::string toolchain;
    std::string preload;
};

static JobSpec parseSpec(const std::string &text) {
    JobSpec spec;
    std::istringstream in(text);
    std::string key, value;
    while (in >> key >> value) {
        if (key == "target") spec.target = value;
        else if (key == "toolchain") spec.toolchain = value;
        else if (key == "preload") spec.preload = value;
    }
    return spec;
}

static void applyToolchain(const JobSpec &spec) {
    if (!spec.toolchain.empty()) {
        const char *old = std::getenv("PATH");
        std::string path = spec.toolchain + "/bin:" + (old ? old : "/usr/bin:/bin");
        setenv("PATH", path.c_str(), 1);
    }
    if (!spec.preload.empty()) {
        static std::string entry;
        entry = "LD_PRELOAD=" + spec.preload;
        putenv(const_cast<char *>(entry.c_str()));
    }
}

static int runMake(const std::string &target) {
    pid_t pid = fork();
    if (pid == 0) {
        execlp("make", "make", "-C", "/srv/build", target.c_str(), (char *)nullptr);
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int main() {
    int srv = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(9100);
    addr.sin_addr.s_addr = htonl(INADDR_ANY);
    if (bind(srv, reinterpret_cast<sockaddr *>(&addr), sizeof addr) < 0 || listen(srv, 4) < 0) {
        perror("listen");
        return 1;
    }
    int client = accept(srv, nullptr, nullptr);
    if (client < 0) return 1;
    char buf[1024];
    ssize_t n = recv(client, buf, sizeof buf - 1, 0);
    if (n <= 0) return 1;
    buf[n] = '\0';
    JobSpec spec = parseSpec(buf);
    applyToolchain(spec);
    int rc = runMake(spec.target);
    std::string reply = "exit " + std::to_string(rc) + "\n";
    send(client, reply.data(), reply.size(), 0);
    close(client);
    close(srv);
    return 0;
}
