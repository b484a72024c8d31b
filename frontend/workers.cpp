#include "frontend/workers.h"

#include "llvm/Support/ErrorHandling.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <exception>
#include <cstdlib>
#include <cstring>
#include <algorithm>
#include <fcntl.h>
#include <map>
#include <poll.h>
#include <pthread.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#define SLUICE_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SLUICE_ASAN 1
#endif
#endif

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
      _exit(3);  // kExitWriteFailed
    off += static_cast<size_t>(w);
  }
}

volatile std::sig_atomic_t gStopSignal = 0;

void onStopSignal(int sig) {
  if (gStopSignal) {
    // A second request: stop now. Workers die with us (PR_SET_PDEATHSIG).
    std::signal(sig, SIG_DFL);
    std::raise(sig);
    return;
  }
  gStopSignal = sig;
}

// Exit codes a child uses to say how it failed (0 = payload sent).
constexpr int kExitWriteFailed = 3, kExitOutOfMemory = 4, kExitException = 5,
              kExitOutOfStack = 6;

// The analysis runs on a thread with a large stack of its own, so deeply
// nested code (a 20,000-term expression) that Clang parses does not
// overflow ours; if it still does, the guard page says so.
char *gGuardLow = nullptr;
size_t gGuardSize = 0;

void onSegv(int sig, siginfo_t *info, void *) {
  char *addr = static_cast<char *>(info->si_addr);
  if (gGuardLow && addr >= gGuardLow && addr < gGuardLow + gGuardSize)
    _exit(kExitOutOfStack);
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

struct ThreadJob {
  const std::function<std::string(size_t)> *work;
  size_t job;
  std::string payload;
  int code = 0;
};

void *threadMain(void *p) {
  // The overflow handler needs a stack that is not the overflowed one.
  static char altStack[64 << 10];
  stack_t ss{}, previous{};
  ss.ss_sp = altStack;
  ss.ss_size = sizeof altStack;
#ifndef SLUICE_ASAN  // ASan has its own alternate stack and unmaps whatever is set at thread exit
  sigaltstack(&ss, &previous);
#endif
  auto *t = static_cast<ThreadJob *>(p);
  try {
    t->payload = (*t->work)(t->job);
  } catch (const std::bad_alloc &) {
    t->code = kExitOutOfMemory;
  } catch (const std::exception &e) {
    std::fprintf(stderr, "sluice worker: internal error: %s\n", e.what());
    t->code = kExitException;
  } catch (...) {
    t->code = kExitException;
  }
  // A sanitizer runtime may own the thread's previous alternate stack and
  // free it when the thread ends: give it back.
#ifndef SLUICE_ASAN
  sigaltstack(&previous, nullptr);
#endif
  return nullptr;
}

/// Runs the job on a thread with `stackBytes` of stack; false when the
/// thread could not be made (then the job did not run).
bool runOnLargeStack(ThreadJob &t, size_t stackBytes) {
  size_t guard = 1 << 20;
  void *mem = mmap(nullptr, stackBytes + guard, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (mem == MAP_FAILED)
    return false;
  mprotect(mem, guard, PROT_NONE);  // stacks grow down: the guard is at the bottom
  gGuardLow = static_cast<char *>(mem);
  gGuardSize = guard;
  struct sigaction sa{};
  sa.sa_sigaction = onSegv;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGSEGV, &sa, nullptr);
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstack(&attr, static_cast<char *>(mem) + guard, stackBytes);
  pthread_t th;
  bool started = pthread_create(&th, &attr, threadMain, &t) == 0;
  pthread_attr_destroy(&attr);
  if (started)
    pthread_join(th, nullptr);
  return started;
}

[[noreturn]] void childMain(int fd, size_t job, const WorkerLimits &limits,
                            const std::function<std::string(size_t)> &work) {
  // Crash signals end the child with the signal, so the parent can report
  // it, whatever handlers the parent process had installed; stop requests
  // are the parent's to handle, and the child dies with the parent.
  for (int sig : {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTERM, SIGINT, SIGHUP})
    std::signal(sig, SIG_DFL);
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  // LLVM's allocators report a failed allocation through this handler and
  // abort by default; under --max-memory that is running out of memory, so
  // it is said so instead of "crashed (signal 6)".
  llvm::install_bad_alloc_error_handler(
      [](void *, const char *, bool) { _exit(kExitOutOfMemory); }, nullptr);
  if (getppid() == 1)
    _exit(kExitException);  // the parent is already gone
  // Nothing a scanned file names can read the terminal or a pipe.
  int devnullIn = ::open("/dev/null", O_RDONLY);
  if (devnullIn >= 0) {
    ::dup2(devnullIn, STDIN_FILENO);
    ::close(devnullIn);
  }
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
#ifndef SLUICE_ASAN  // ASan reserves terabytes of address space
  if (limits.memoryMiB) {
    rlimit rl{};
    rl.rlim_cur = rl.rlim_max = static_cast<rlim_t>(limits.memoryMiB) << 20;
    setrlimit(RLIMIT_AS, &rl);
  }
#endif
  ThreadJob t{&work, job, {}, 0};
  if (!runOnLargeStack(t, workerStackBytes(limits.memoryMiB)))
    _exit(kExitOutOfMemory);
  if (t.code)
    _exit(t.code);
  writeAll(fd, t.payload);
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
    if (code == kExitOutOfMemory)
      return "ran out of memory (limit " + std::to_string(limits.memoryMiB) + " MiB)";
    if (code == kExitOutOfStack)
      return "ran out of stack (" + std::to_string(workerStackBytes(limits.memoryMiB) >> 20) +
             " MiB) on deeply nested code";
    if (code == kExitException)
      return "stopped on an internal error (an exception in Sluice, a bug to report; "
             "SLUICE_WORKER_STDERR=1 shows it)";
    return "worker exited with status " + std::to_string(code);
  }
  return "worker ended abnormally";
}

} // namespace

size_t workerStackBytes(unsigned long memoryMiB) {
  size_t mib = memoryMiB ? std::clamp<unsigned long>(memoryMiB / 8, 64, 512) : 512;
  return mib << 20;
}

void installStopHandlers() {
  struct sigaction sa{};
  sa.sa_handler = onStopSignal;
  sigemptyset(&sa.sa_mask);
  for (int sig : {SIGTERM, SIGINT, SIGHUP})
    sigaction(sig, &sa, nullptr);
}

int stopSignal() { return gStopSignal; }

std::vector<WorkerResult> runInWorkers(size_t n, const WorkerLimits &limits,
                                       const std::function<std::string(size_t)> &work) {
  std::vector<WorkerResult> results(n);
  std::vector<Running> running;
  size_t next = 0, done = 0;
  unsigned jobs = limits.jobs ? limits.jobs : 1;

  while (next < n || !running.empty()) {
    if (gStopSignal) {
      // Asked to stop: end every worker, and report what never finished.
      for (Running &r : running) {
        kill(r.pid, SIGKILL);
        while (waitpid(r.pid, nullptr, 0) < 0 && errno == EINTR) {
        }
        ::close(r.fd);
        results[r.job].interrupted = true;
        results[r.job].failure = "was stopped: the scan was interrupted";
      }
      running.clear();
      for (; next < n; ++next) {
        results[next].interrupted = true;
        results[next].failure = "did not start: the scan was interrupted";
      }
      break;
    }
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
      ++done;
    }
    if (limits.progress) {
      std::vector<size_t> now;
      for (const Running &r : running)
        now.push_back(r.job);
      limits.progress(done, now);
    }
  }
  return results;
}

} // namespace sluice
