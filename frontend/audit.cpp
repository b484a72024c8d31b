// `sluice audit`; see audit.h.
#include "frontend/audit.h"

#include "frontend/files.h"
#include "frontend/workers.h"
#include "reports/audit.h"
#include "reports/sarif.h"  // fnv1a64

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace sluice {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;
using json = nlohmann::ordered_json;

namespace {

// A file's text, or "" when it is missing or not a regular file.
std::string readText(const std::string &file) {
  std::string why;
  return readRegularFile(file, UINT64_MAX, why).value_or("");
}

bool writeText(const std::string &file, const std::string &text) {
  std::string why;
  if (writeOwnFile(file, text, why)) return true;
  std::cerr << file << ": error: " << why << "\n";
  return false;
}

// A folder name made of safe characters.
std::string safeName(const std::string &p) {
  std::string base = path::filename(llvm::StringRef(p).rtrim('/')).str();
  std::string out;
  for (char c : base)
    out += (std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-') ? c : '_';
  if (out.empty() || out == "." || out == "..") out = "repo";
  return out;
}

struct Running {
  size_t entry;
  pid_t pid;
  std::chrono::steady_clock::time_point started, termAt{};
  bool termSent = false;
};

// Starts `sluice scan` for one repository; its output goes to scan.log.
pid_t startScan(const std::string &exe, const AuditEntry &e, const std::string &dir,
                const AuditOptions &opts) {
  std::vector<std::string> args = {exe,
                                   "scan",
                                   e.path,
                                   "--root",
                                   e.path,
                                   "--no-config",  // the repository does not choose what is audited
                                   "--no-cache",
                                   "--fail-on",
                                   "none",
                                   "-q",
                                   "-j",
                                   "1",
                                   "--format",
                                   "sarif",
                                   "-o",
                                   dir + "/scan.sarif",
                                   "--manifest",
                                   dir + "/capabilities.json",
                                   "--max-memory",
                                   std::to_string(std::max<unsigned long>(1024, opts.repoMemoryMiB)),
                                   "--link-memory",
                                   std::to_string(opts.repoMemoryMiB * 3 / 4)};
  if (!opts.scanArgs.empty()) {
    args.push_back("--");
    args.insert(args.end(), opts.scanArgs.begin(), opts.scanArgs.end());
  }
  std::string log = dir + "/scan.log";
  std::fflush(nullptr);
  pid_t pid = fork();
  if (pid != 0) return pid;
  // Child: its own process group (so a stop reaches its workers), output
  // to the log, then the scan (its memory budget is --max-memory for the
  // workers and --link-memory for its main process).
  setpgid(0, 0);
  // If the audit dies (a second Ctrl-C, a kill), its scans stop too.
  prctl(PR_SET_PDEATHSIG, SIGTERM);
  if (getppid() == 1) _exit(127);
  int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  int in = ::open("/dev/null", O_RDONLY);
  if (fd >= 0) {
    dup2(fd, STDOUT_FILENO);
    dup2(fd, STDERR_FILENO);
  }
  if (in >= 0) dup2(in, STDIN_FILENO);
  std::vector<char *> argv;
  for (std::string &a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  execv(exe.c_str(), argv.data());
  _exit(127);
}

} // namespace

bool inShard(const std::string &listed, unsigned index, unsigned count) {
  if (count <= 1) return true;
  return report::fnv1a64(listed) % count == index - 1;
}

bool readAuditInputs(const std::vector<std::string> &inputs, std::vector<AuditEntry> &out,
                     std::string &error) {
  llvm::SmallString<256> cwd;
  fs::current_path(cwd);
  std::set<std::string> seen;
  auto add = [&](const std::string &listed, const std::string &abs) {
    if (seen.insert(abs).second) out.push_back({listed, abs, ""});
  };
  for (const std::string &input : inputs) {
    fs::file_status st;
    if (fs::status(input, st)) {
      error = input + ": error: no such file or folder";
      return false;
    }
    if (st.type() == fs::file_type::directory_file) {
      std::vector<std::string> children;
      std::error_code ec;
      for (fs::directory_iterator it(input, ec), end; it != end && !ec; it.increment(ec)) {
        std::string name = path::filename(it->path()).str();
        if (!name.empty() && name[0] != '.' && fs::is_directory(it->path())) children.push_back(name);
      }
      std::sort(children.begin(), children.end());
      for (const std::string &c : children)
        add(c, absolutePath(std::string(cwd.str()), input + "/" + c));
    } else if (st.type() == fs::file_type::regular_file) {
      std::string text = readText(input);
      std::string base = absolutePath(std::string(cwd.str()), std::string(path::parent_path(input)));
      std::istringstream lines(text);
      std::string line;
      for (size_t n = 1; std::getline(lines, line); ++n) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        size_t b = line.find_first_not_of(" \t");
        if (b == std::string::npos || line[b] == '#') continue;
        line = line.substr(b, line.find_last_not_of(" \t") - b + 1);
        std::string abs = absolutePath(base, line);
        if (!fs::is_directory(abs)) {
          error = input + ":" + std::to_string(n) + ": error: '" + line + "' is not a folder";
          return false;
        }
        add(line, abs);
      }
    } else {
      error = input + ": error: neither a list file nor a folder";
      return false;
    }
  }
  // Folder names, made unique by a hash of the absolute path where needed.
  std::map<std::string, size_t> uses;
  for (const AuditEntry &e : out) ++uses[safeName(e.path)];
  for (AuditEntry &e : out) {
    e.id = safeName(e.path);
    if (uses[e.id] > 1) e.id += fmt::format("-{:08x}", report::fnv1a64(e.path) & 0xffffffffu);
  }
  return true;
}

namespace {

report::AuditRun runOf(const std::string &dir, const std::string &id, const std::string &sarifRef) {
  report::AuditRun run;
  run.id = id;
  run.sarifFile = sarifRef;
  try {
    json s = json::parse(readText(dir + "/status.json"));
    run.path = s.value("path", "");
    run.state = s.value("state", "failed");
    run.exitCode = s.value("exitCode", -1);
    run.seconds = s.value("seconds", 0.0);
    run.error = s.value("error", "");
  } catch (const std::exception &) {
    run.state = "failed";
    run.error = "no status (the audit stopped before this repository ended)";
  }
  return run;
}

int writeReport(const std::string &outDir, const std::vector<report::AuditRun> &runs,
                const std::vector<std::string> &dirs, bool quiet) {
  std::vector<json> repos;
  bool allComplete = true;
  for (size_t i = 0; i < runs.size(); ++i) {
    json r = report::summarizeAuditRepo(runs[i], readText(dirs[i] + "/scan.sarif"),
                                        readText(dirs[i] + "/capabilities.json"));
    allComplete = allComplete && r.value("complete", false);
    repos.push_back(std::move(r));
  }
  json rep = report::auditReport(std::move(repos), SLUICE_VERSION);
  if (!writeText(outDir + "/summary.json", rep.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n") ||
      !writeText(outDir + "/report.html", report::auditHtml(rep)))
    return 2;
  if (!quiet) {
    std::cerr << fmt::format("sluice audit: {} repositories", runs.size());
    for (const auto &[risk, n] : rep["byRisk"].items()) std::cerr << fmt::format(", {} {}", n.get<size_t>(), risk);
    std::cerr << "; " << outDir << "/report.html\n";
  }
  return allComplete ? 0 : 3;
}

} // namespace

int runAudit(const AuditOptions &opts) {
  if (std::error_code ec = fs::create_directories(opts.outDir + "/repos")) {
    std::cerr << opts.outDir << ": error: cannot create the output folder: " << ec.message() << "\n";
    return 2;
  }
  if (!opts.mergeDirs.empty()) {
    // Join earlier outputs (shards): every repository folder they hold.
    std::vector<report::AuditRun> runs;
    std::vector<std::string> dirs;
    std::set<std::string> ids;
    for (const std::string &m : opts.mergeDirs) {
      std::string reposDir = absolutePath(".", m) + "/repos";
      if (!fs::is_directory(reposDir)) {
        std::cerr << m << ": error: not an audit output (no repos/ folder)\n";
        return 2;
      }
      std::vector<std::string> names;
      std::error_code ec;
      for (fs::directory_iterator it(reposDir, ec), end; it != end && !ec; it.increment(ec))
        if (fs::is_directory(it->path())) names.push_back(path::filename(it->path()).str());
      std::sort(names.begin(), names.end());
      for (const std::string &n : names) {
        if (!ids.insert(n).second) {
          std::cerr << m << ": warning: repository '" << n << "' is in more than one input; the first is kept\n";
          continue;
        }
        std::string dir = reposDir + "/" + n;
        runs.push_back(runOf(dir, n, dir + "/scan.sarif"));
        dirs.push_back(dir);
      }
    }
    return writeReport(opts.outDir, runs, dirs, opts.quiet);
  }

  std::vector<AuditEntry> all;
  std::string error;
  if (!readAuditInputs(opts.inputs, all, error)) {
    std::cerr << error << "\n";
    return 2;
  }
  std::vector<AuditEntry> mine;
  for (const AuditEntry &e : all)
    if (inShard(e.listed, opts.shardIndex, opts.shardCount)) mine.push_back(e);

  std::string exe = fs::getMainExecutable(nullptr, reinterpret_cast<void *>(&runAudit));
  unsigned jobs = opts.jobs ? opts.jobs : std::max(1u, std::thread::hardware_concurrency());
  installStopHandlers();
  std::vector<std::string> dirs;
  std::vector<size_t> todo;
  size_t skipped = 0;
  for (size_t i = 0; i < mine.size(); ++i) {
    std::string dir = opts.outDir + "/repos/" + mine[i].id;
    dirs.push_back(dir);
    if (!opts.force && fs::exists(dir + "/status.json")) {
      ++skipped;
      continue;
    }
    fs::create_directories(dir);
    for (const char *f : {"/status.json", "/scan.sarif", "/capabilities.json", "/scan.log"})
      fs::remove(dir + f);
    todo.push_back(i);
  }
  if (!opts.quiet)
    std::cerr << fmt::format("sluice audit: {} repositories{}; {} already done, {} to scan\n",
                             mine.size(),
                             opts.shardCount > 1 ? fmt::format(" in shard {}/{} (of {})", opts.shardIndex,
                                                                opts.shardCount, all.size())
                                                 : "",
                             skipped, todo.size());

  std::vector<Running> running;
  size_t next = 0, finished = 0;
  auto finish = [&](const Running &r, int status) {
    if (r.termSent && stopSignal()) {
      // Stopped by the audit's own interruption: no status, so that the
      // next run scans it again (what it wrote is removed).
      for (const char *f : {"/scan.sarif", "/capabilities.json"})
        fs::remove(dirs[r.entry] + f);
      ++finished;
      return;
    }
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - r.started).count();
    json s = json::object();
    s["path"] = mine[r.entry].path;
    s["listed"] = mine[r.entry].listed;
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::string state = "done", why;
    if (r.termSent) {
      state = "timeout";
      why = fmt::format("stopped after its time budget of {} s", opts.repoTimeoutSeconds);
    } else if (WIFSIGNALED(status)) {
      state = "failed";
      why = fmt::format("the scan was killed by signal {} ({})", WTERMSIG(status), strsignal(WTERMSIG(status)));
    } else if (code == 2 || code == 127) {
      state = "failed";
      why = fmt::format("the scan exited with {} (see {}/scan.log)", code, dirs[r.entry]);
    }
    s["state"] = state;
    s["exitCode"] = code;
    s["seconds"] = secs;
    if (!why.empty()) s["error"] = why;
    writeText(dirs[r.entry] + "/status.json",
              s.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
    ++finished;
    if (!opts.quiet)
      std::cerr << fmt::format("sluice audit: [{}/{}] {} {} ({:.1f} s){}\n", finished, todo.size(),
                               mine[r.entry].id, state, secs, why.empty() ? "" : ": " + why);
  };
  while ((next < todo.size() && !stopSignal()) || !running.empty()) {
    while (next < todo.size() && running.size() < jobs && !stopSignal()) {
      size_t i = todo[next++];
      pid_t pid = startScan(exe, mine[i], dirs[i], opts);
      if (pid < 0) {
        std::cerr << "sluice audit: error: cannot start a scan\n";
        break;
      }
      running.push_back(Running{i, pid, std::chrono::steady_clock::now()});
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    auto now = std::chrono::steady_clock::now();
    for (size_t k = 0; k < running.size();) {
      Running &r = running[k];
      auto age = now - r.started;
      bool late = opts.repoTimeoutSeconds && age > std::chrono::seconds(opts.repoTimeoutSeconds);
      if ((late || stopSignal()) && !r.termSent) {
        // SIGTERM first: the scan stops its workers and writes what it found.
        kill(-r.pid, SIGTERM);
        r.termSent = true;
        r.termAt = now;
      } else if (r.termSent && now - r.termAt > std::chrono::seconds(30)) {
        kill(-r.pid, SIGKILL);
      }
      int status = 0;
      pid_t got = waitpid(r.pid, &status, WNOHANG);
      if (got == r.pid) {
        finish(r, status);
        running.erase(running.begin() + static_cast<long>(k));
      } else {
        ++k;
      }
    }
  }

  std::vector<report::AuditRun> runs;
  for (size_t i = 0; i < mine.size(); ++i)
    runs.push_back(runOf(dirs[i], mine[i].id, "repos/" + mine[i].id + "/scan.sarif"));
  int rc = writeReport(opts.outDir, runs, dirs, opts.quiet);
  if (stopSignal()) return 3;
  return rc;
}

std::string auditHelp() {
  return R"(Usage: sluice audit [options] <list-file | folder>... [-- <compiler arguments>]
       sluice audit --merge <audit-output>... -o <folder>

Scans many repositories, each as its own program, in child processes (one
that crashes or runs out of time costs only itself), and writes per
repository repos/<name>/scan.sarif, capabilities.json, scan.log and
status.json, plus summary.json and report.html (one file, no network) for
all of them. A list file names one repository per line ('#' comments;
relative to the list's folder); a folder stands for its child folders.
Repositories' own .sluice.yml files are ignored.

Options:
  -o <folder>          output folder (default sluice-audit)
  -j <n>               repositories scanned at once (default: cores), each
                       with one worker
  --force              scan again repositories that have a status already
                       (the default resumes: they are skipped)
  --repo-timeout <s>   time budget per repository (default 1800; then it
                       is stopped and reported with what was found)
  --repo-memory <MiB>  memory budget per repository's scan (default 4096)
  --shard <i>/<n>      scan only shard i of n (1-based; a stable share by a
                       hash of each listed path); join with --merge
  --merge <folder>...  join earlier outputs (shards) into -o's report
  -q, --quiet          no progress on stderr

Exit codes: 0 every repository scanned completely; 2 bad input (a list
line that is not a folder: file and line named); 3 some repository failed,
ran out of time or could not be fully analyzed, or the audit was
interrupted (the report holds what was done; run again to resume).
)";
}

} // namespace sluice
