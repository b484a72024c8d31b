#include "frontend/workers.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <poll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace sluice {

namespace {

using Clock = std::chrono::steady_clock;

struct Running {
  size_t job;
  pid_t pid;
  int fd;
  Clock::time_point started;
  std::string data;
  bool eof = false;
  bool killedForTime = false;
};

void writeAll(int fd, const std::string &s) {
  size_t off = 0;
  while (off < s.size()) {
    ssize_t w = ::write(fd, s.data() + off, s.size() - off);
    if (w < 0 && errno == EINTR)
      continue;
    if (w <= 0)
      _exit(3);
    off += static_cast<size_t>(w);
  }
}

[[noreturn]] void childMain(int fd, size_t job, const WorkerLimits &limits,
                            const std::function<std::string(size_t)> &work) {
  // Crash signals end the child with the signal, so the parent can report
  // it, whatever handlers the parent process had installed.
  for (int sig : {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT})
    std::signal(sig, SIG_DFL);
  // Clang's own summaries ("1 error generated.") are not for the user:
  // problems reach the report as notifications. SLUICE_WORKER_STDERR=1 keeps
  // them for debugging.
  const char *keep = std::getenv("SLUICE_WORKER_STDERR");
  if (!keep || std::string(keep) != "1") {
    int devnull = ::open("/dev/null", O_WRONLY);
    if (devnull >= 0) {
      ::dup2(devnull, STDERR_FILENO);
      ::close(devnull);
    }
  }
  if (limits.memoryMiB) {
    rlimit rl{};
    rl.rlim_cur = rl.rlim_max = static_cast<rlim_t>(limits.memoryMiB) << 20;
    setrlimit(RLIMIT_AS, &rl);
  }
  std::string payload;
  try {
    payload = work(job);
  } catch (const std::bad_alloc &) {
    _exit(4);
  } catch (...) {
    _exit(5);
  }
  writeAll(fd, payload);
  ::close(fd);
  _exit(0);
}

std::string describeStatus(int status, const Running &r, const WorkerLimits &limits) {
  if (r.killedForTime)
    return "timed out after " + std::to_string(limits.timeoutSeconds) + " s";
  if (WIFSIGNALED(status)) {
    int sig = WTERMSIG(status);
    return "crashed (signal " + std::to_string(sig) + ": " + strsignal(sig) + ")";
  }
  if (WIFEXITED(status)) {
    int code = WEXITSTATUS(status);
    if (code == 4)
      return "ran out of memory (limit " + std::to_string(limits.memoryMiB) + " MiB)";
    return "worker exited with status " + std::to_string(code);
  }
  return "worker ended abnormally";
}

} // namespace

std::vector<WorkerResult> runInWorkers(size_t n, const WorkerLimits &limits,
                                       const std::function<std::string(size_t)> &work) {
  std::vector<WorkerResult> results(n);
  std::vector<Running> running;
  size_t next = 0;
  unsigned jobs = limits.jobs ? limits.jobs : 1;

  while (next < n || !running.empty()) {
    while (next < n && running.size() < jobs) {
      int fds[2];
      if (pipe(fds) != 0) {
        results[next].failure = std::string("cannot create a pipe: ") + strerror(errno);
        ++next;
        continue;
      }
      std::fflush(nullptr);  // the child must not flush our buffers again
      pid_t pid = fork();
      if (pid < 0) {
        results[next].failure = std::string("cannot start a worker: ") + strerror(errno);
        ::close(fds[0]);
        ::close(fds[1]);
        ++next;
        continue;
      }
      if (pid == 0) {
        ::close(fds[0]);
        for (const Running &r : running)
          ::close(r.fd);
        childMain(fds[1], next, limits, work);
      }
      ::close(fds[1]);
      running.push_back(Running{next, pid, fds[0], Clock::now(), {}, false, false});
      ++next;
    }

    std::vector<pollfd> pfds;
    for (const Running &r : running)
      pfds.push_back(pollfd{r.fd, POLLIN, 0});
    int rc = poll(pfds.data(), pfds.size(), 200);
    if (rc < 0 && errno != EINTR)
      break;
    for (size_t i = 0; i < running.size(); ++i) {
      Running &r = running[i];
      if (!(pfds[i].revents & (POLLIN | POLLHUP | POLLERR)))
        continue;
      char buf[65536];
      ssize_t got = ::read(r.fd, buf, sizeof buf);
      if (got > 0)
        r.data.append(buf, static_cast<size_t>(got));
      else if (got == 0 || (errno != EINTR && errno != EAGAIN))
        r.eof = true;
    }
    auto now = Clock::now();
    for (Running &r : running)
      if (limits.timeoutSeconds && !r.killedForTime && !r.eof &&
          now - r.started > std::chrono::seconds(limits.timeoutSeconds)) {
        kill(r.pid, SIGKILL);
        r.killedForTime = true;
        r.eof = true;
      }
    for (size_t i = 0; i < running.size();) {
      Running &r = running[i];
      if (!r.eof) {
        ++i;
        continue;
      }
      int status = 0;
      rusage ru{};
      while (wait4(r.pid, &status, 0, &ru) < 0 && errno == EINTR) {
      }
      ::close(r.fd);
      WorkerResult &res = results[r.job];
      res.maxRssKiB = ru.ru_maxrss;
      res.seconds = std::chrono::duration<double>(Clock::now() - r.started).count();
      if (!r.killedForTime && WIFEXITED(status) && WEXITSTATUS(status) == 0) {
        res.ok = true;
        res.payload = std::move(r.data);
      } else {
        res.failure = describeStatus(status, r, limits);
      }
      running.erase(running.begin() + static_cast<long>(i));
    }
  }
  return results;
}

} // namespace sluice
