// Worker isolation: each translation unit is analyzed in a forked child
// process, so that a crash, a hang or runaway memory in one cannot take the
// others' findings down with it.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace sluice {

struct WorkerLimits {
  unsigned jobs = 1;               // children at once
  unsigned timeoutSeconds = 300;   // per job; 0 = none
  unsigned long memoryMiB = 8192;  // address-space limit per child; 0 = none
  /// Called in the parent at least every 200 ms and after each job ends:
  /// jobs finished so far, and the jobs running now (oldest first).
  std::function<void(size_t done, const std::vector<size_t> &running)> progress;
};

/// How one job ended.
struct WorkerResult {
  bool ok = false;          // the child exited 0 and sent a payload
  std::string payload;      // what the child's work function returned
  std::string failure;      // when !ok: "crashed (signal 11: Segmentation fault)", "timed out after 60 s", ...
  bool interrupted = false; // stopped or never started because the scan was interrupted
  long maxRssKiB = 0;       // the child's peak resident set size
  double seconds = 0;       // the child's wall-clock time
};

/// Runs work(i) for i in [0, n) in child processes, at most limits.jobs at a
/// time, and returns the results in job order. The work function runs in the
/// child only; its return value travels back through a pipe.
std::vector<WorkerResult> runInWorkers(size_t n, const WorkerLimits &limits,
                                       const std::function<std::string(size_t)> &work);

/// SIGTERM, SIGINT and SIGHUP ask a running scan to stop: runInWorkers ends
/// its workers, marks what did not finish as interrupted and returns, so the
/// caller can still report what was found. A second signal ends the process.
void installStopHandlers();
/// The signal that asked the scan to stop, or 0.
int stopSignal();

/// The stack a worker's analysis thread gets under a memory limit.
size_t workerStackBytes(unsigned long memoryMiB);

/// The smallest --max-memory a worker can run Clang in (address space).
constexpr unsigned long kMinWorkerMemoryMiB = 1024;

} // namespace sluice
