#include "frontend/scan.h"

#include "analyzer/program_analysis.h"
#include "analyzer/rules_loader.h"
#include "frontend/cache.h"
#include "frontend/compile_db.h"
#include "frontend/gate.h"
#include "frontend/tu_runner.h"
#include "frontend/workers.h"
#include "reports/json.h"
#include "reports/sarif.h"
#include "reports/text.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <map>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <memory>
#include <optional>
#include <iostream>
#include <thread>

#include <sys/ioctl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace sluice {

namespace fs = llvm::sys::fs;

std::string builtinRulesDir() {
  std::string exe = fs::getMainExecutable(nullptr, reinterpret_cast<void *>(&builtinRulesDir));
  if (!exe.empty()) {
    llvm::SmallString<256> dir(llvm::sys::path::parent_path(exe));
    llvm::sys::path::append(dir, "..", "rules");
    llvm::sys::path::remove_dots(dir, true);
    if (fs::is_directory(dir))
      return std::string(dir.str());
  }
  return SLUICE_RULES_DIR;
}

namespace {

bool loadRules(const std::vector<std::string> &extra, bool noBuiltin, RuleSet &rules) {
  std::vector<std::string> dirs;
  if (!noBuiltin)
    dirs.push_back(builtinRulesDir());
  dirs.insert(dirs.end(), extra.begin(), extra.end());
  std::vector<RuleError> errors;
  if (loadRuleDirs(dirs, rules, errors))
    return true;
  for (const RuleError &e : errors)
    std::cerr << e.str() << "\n";
  std::cerr << "sluice: invalid rule files; nothing was scanned\n";
  return false;
}

/// The headers/ folders of the rule directories, the user's first (theirs
/// win over the built-in ones), made absolute with symlinks resolved (the
/// sandbox and the include watcher compare real paths).
std::vector<std::string> libraryHeaderDirs(const std::vector<std::string> &extra,
                                           bool noBuiltin) {
  std::vector<std::string> dirs = extra, out;
  if (!noBuiltin)
    dirs.push_back(builtinRulesDir());
  for (const std::string &d : dirs) {
    llvm::SmallString<256> h(d), real;
    llvm::sys::path::append(h, "headers");
    if (fs::is_directory(h) && !fs::real_path(h, real))
      out.push_back(std::string(real.str()));
  }
  return out;
}

/// Writes a report so that it is either complete or absent: a regular file
/// is written beside its target and renamed over it; anything else (a
/// terminal, /dev/stdout, a pipe) is written in place and checked.
bool writeFile(const std::string &path, const std::string &text) {
  fs::file_status st;
  bool special = !fs::status(path, st) && !fs::is_regular_file(st);
  std::string tmp = special ? path : path + ".sluice-tmp";
  std::FILE *f = std::fopen(tmp.c_str(), "wb");
  bool ok = f && std::fwrite(text.data(), 1, text.size(), f) == text.size();
  ok = f && std::fflush(f) == 0 && ok;
  ok = f && std::fclose(f) == 0 && ok;
  if (ok && !special && std::rename(tmp.c_str(), path.c_str()) != 0)
    ok = false;
  if (!ok) {
    int err = errno;
    if (!special)
      std::remove(tmp.c_str());
    std::cerr << path << ": error: cannot write the report: " << std::strerror(err) << "\n";
    return false;
  }
  return true;
}

/// Writes to standard output and checks that it arrived (a closed pipe or a
/// full disk is an error, not a report).
bool writeStdout(const std::string &text) {
  std::cout << text << std::flush;
  if (!std::cout || std::fflush(stdout) != 0) {
    std::cerr << "sluice: error: cannot write the report to standard output\n";
    return false;
  }
  return true;
}

report::Notification fileNotification(const std::string &id, const std::string &file,
                                      const std::string &message) {
  report::Notification n;
  n.id = id;
  n.level = report::Level::Error;
  n.message = message;
  n.location.file = file;
  return n;
}

/// Folds one worker's outcome into the scan result. Findings are kept even
/// when the file had parse errors; the file then counts as not fully analyzed.
void merge(const CompileJob &job, const WorkerResult &w, const std::string &root,
           report::ScanResult &out, std::vector<facts::TUFacts> &units,
           const std::function<void(const TUOutcome &)> &decoded = {}) {
  std::string file = reportPath(job.file, root);
  if (!w.ok) {
    std::string id = w.interrupted                                  ? "tu-interrupted"
                     : w.failure.rfind("timed out", 0) == 0         ? "tu-timeout"
                     : w.failure.rfind("ran out of memory", 0) == 0 ? "tu-out-of-memory"
                                                                    : "tu-crash";
    out.notifications.push_back(
        fileNotification(id, file, "could not analyze " + file + ": the worker " + w.failure));
    ++out.filesFailed;
    return;
  }
  TUOutcome o;
  std::string error;
  if (!decodeOutcome(w.payload, o, error)) {
    out.notifications.push_back(fileNotification(
        "tu-crash", file, "could not analyze " + file + ": bad worker output (" + error + ")"));
    ++out.filesFailed;
    return;
  }
  if (decoded)
    decoded(o);
  out.analyzedFiles.push_back(file);
  for (const std::string &read : o.filesRead) {
    std::string rel = reportPath(read, root);
    if (!rel.empty() && rel[0] != '/')
      out.sourceFiles.push_back(std::move(rel));
  }
  o.analysis.facts.file = file;
  o.analysis.facts.target = job.target;
  units.push_back(std::move(o.analysis.facts));
  // Per-file conditions that did not stop the analysis, each listed once.
  auto listed = [&](const char *id, report::Level level, const std::string &head,
                    const std::vector<std::string> &items, const char *sep,
                    const std::string &tail = "") {
    if (items.empty())
      return;
    std::string msg = file + ": " + head;
    for (const std::string &x : items)
      msg += sep + x;
    report::Notification n = fileNotification(id, file, msg + tail);
    n.level = level;
    out.notifications.push_back(std::move(n));
  };
  listed("tu-read-refused", report::Level::Warning,
         "Sluice's sandbox did not let Clang read these files (only the scan root, system "
         "headers and directories given after '--' are readable):",
         o.refusedReads, "\n  ");
  listed("tu-missing-headers", report::Level::Warning,
         "headers not found; Clang parsed the file without them, so what they declare is "
         "unknown to it (pass their directories after '--', e.g. -- -I vendor/include, or scan "
         "with the build's compile_commands.json):",
         o.missingHeaders, "\n  ",
         o.recoveredNames.empty()
             ? ""
             : "\nthe parse was repeated with what their uses show declared: " + o.recoveredNames);
  listed("tu-bundled-headers", report::Level::Note,
         "parsed with Sluice's bundled declarations of these library headers (see "
         "--library-headers):",
         o.bundledHeaders, " ");
  // A function skipped (no CFG) or cut off (visit budget) leaves the file
  // not fully analyzed: exit 3, never "nothing found".
  bool skippedCode = false;
  for (auto &n : o.analysis.notifications) {
    skippedCode |= n.id == "cfg-failed" || n.id == "fixpoint-budget";
    out.notifications.push_back(std::move(n));
  }
  if (o.frontendFailed) {
    out.notifications.push_back(fileNotification(
        "tu-frontend-failed", file, "could not analyze " + file + ": Clang could not parse it"));
    ++out.filesFailed;
  } else if (o.parseErrors) {
    std::string msg = fmt::format("{} had {} parse error{}; Sluice analyzed what Clang could "
                                  "recover, so findings may be incomplete",
                                  file, o.parseErrors, o.parseErrors == 1 ? "" : "s");
    for (const std::string &e : o.firstErrors)
      msg += "\n  " + e;
    out.notifications.push_back(fileNotification("tu-parse-error", file, msg));
    ++out.filesFailed;
  } else if (skippedCode) {
    ++out.filesFailed;
  }
}

/// The default memory budget of the whole-program step: 40 % of physical
/// memory (workers have finished by then; the rest is the system's), and
/// at most 80 % of a limit this process runs under: its address-space
/// limit (ulimit -v) or its cgroup's memory.max (a container, a CI job).
size_t defaultLinkMemoryMiB() {
  long pages = sysconf(_SC_PHYS_PAGES), size = sysconf(_SC_PAGESIZE);
  if (pages <= 0 || size <= 0)
    return 0;
  size_t mib = static_cast<size_t>(pages) / 1024 * static_cast<size_t>(size) / 1024 * 2 / 5;
  auto cap = [&mib](unsigned long long bytes) {
    mib = std::min<size_t>(mib, static_cast<size_t>(bytes >> 20) * 4 / 5);
  };
  rlimit as{};
  if (getrlimit(RLIMIT_AS, &as) == 0 && as.rlim_cur != RLIM_INFINITY)
    cap(as.rlim_cur);
  std::ifstream cg("/sys/fs/cgroup/memory.max");
  unsigned long long max = 0;
  if (cg >> max && max > 0)  // "max" (no limit) does not parse as a number
    cap(max);
  return mib;
}

/// How the files were split into programs, when they were (see linkUnits).
report::Notification programsNotification(const std::vector<LinkUnit> &programs,
                                          const std::vector<facts::TUFacts> &units) {
  size_t libraries = 0;
  std::string list;
  size_t shown = 0;
  for (const LinkUnit &p : programs) {
    if (p.mainFile.empty()) {
      ++libraries;
      continue;
    }
    if (++shown <= 20)
      list += fmt::format("\n  {} ({} file{})", p.mainFile, p.units.size(),
                          p.units.size() == 1 ? "" : "s");
  }
  if (shown > 20)
    list += fmt::format("\n  and {} more", shown - 20);
  std::string msg = fmt::format(
      "the {} files form {} programs, linked separately (a linker would not join two "
      "definitions of one function): one per file defining main, with the files defining what "
      "it calls{}:{}",
      units.size(), programs.size(),
      libraries ? fmt::format(", and {} group{} of files no program uses", libraries,
                              libraries == 1 ? "" : "s")
                : std::string(),
      list);
  report::Notification n = fileNotification("link-programs", "", msg);
  n.level = report::Level::Note;
  return n;
}

/// Names a few functions of a list, and how many more there are.
std::string someFunctions(const std::vector<std::string> &names) {
  constexpr size_t kShown = 12;
  std::string out;
  for (size_t i = 0; i < names.size() && i < kShown; ++i)
    out += (i ? ", " : "") + ("'" + names[i] + "'");
  if (names.size() > kShown)
    out += fmt::format(" and {} more", names.size() - kShown);
  return out;
}

/// What planning left out: inputs not analyzed (each counts as a file not
/// analyzed) and, per reason, the build flags that never reached Clang.
void planNotifications(const SourcePlan &plan, const std::string &root,
                       report::ScanResult &out) {
  for (const SkippedInput &s : plan.skipped) {
    std::string file = reportPath(s.file, root);
    out.notifications.push_back(
        fileNotification("input-skipped", file, "did not analyze " + file + ": " + s.reason));
    ++out.filesFailed;
  }
  struct Seen {
    unsigned files = 0;
    std::string first;
  };
  std::map<std::string, std::map<std::string, Seen>> byReason;
  for (const CompileJob &job : plan.jobs)
    for (const DroppedFlag &d : job.dropped) {
      Seen &s = byReason[d.reason][d.flag];
      if (s.files++ == 0)
        s.first = reportPath(job.file, root);
    }
  for (const auto &[reason, flags] : byReason) {
    std::string msg = "compiler flags from the compilation database not passed to Clang (" +
                      reason + "):";
    size_t shown = 0;
    for (const auto &[flag, seen] : flags) {
      if (++shown > 20) {
        msg += fmt::format("\n  and {} more", flags.size() - 20);
        break;
      }
      msg += fmt::format("\n  '{}' in {} file{} (first {})", flag, seen.files,
                         seen.files == 1 ? "" : "s", seen.first);
    }
    report::Notification n = fileNotification("compile-flags-dropped", flags.begin()->second.first, msg);
    n.level = reason.rfind("not on", 0) == 0 ? report::Level::Note : report::Level::Warning;
    out.notifications.push_back(std::move(n));
  }
}

/// `sluice capabilities`: the manifest, or what it adds to a base manifest.
int writeCapabilities(const ScanOptions &opts, const Manifest &manifest,
                      const report::ScanResult &result, const std::string &root) {
  for (const report::Notification &n : result.notifications)
    if (!opts.quiet && n.level == report::Level::Error)
      std::cerr << (n.location.file.empty() ? "sluice" : n.location.file) << ": warning: "
                << n.message << "\n";
  std::string text;
  bool newUnallowed = false;
  if (opts.diffBase.empty()) {
    text = opts.format == Format::Json ? manifestJson(manifest, SLUICE_VERSION)
                                       : manifestText(manifest);
  } else {
    std::ifstream in(opts.diffBase, std::ios::binary);
    if (!in) {
      std::cerr << opts.diffBase << ": error: cannot read the base manifest\n";
      return ExitUsage;
    }
    std::string base((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::string allowPath = opts.allowFile;
    if (allowPath.empty()) {
      llvm::SmallString<256> p(root);
      llvm::sys::path::append(p, ".sluice", "capabilities-allowed");
      if (fs::exists(p))
        allowPath = std::string(p.str());
    }
    std::vector<std::string> allow;
    if (!allowPath.empty()) {
      std::ifstream a(allowPath, std::ios::binary);
      if (!a) {
        std::cerr << allowPath << ": error: cannot read the allow list\n";
        return ExitUsage;
      }
      allow = parseAllowList(
          std::string((std::istreambuf_iterator<char>(a)), std::istreambuf_iterator<char>()));
    }
    std::vector<NewCapability> added;
    std::string error;
    if (!diffManifest(manifest, base, allow, added, error)) {
      std::cerr << opts.diffBase << ": error: " << error << "\n";
      return ExitUsage;
    }
    nlohmann::ordered_json j = nlohmann::ordered_json::array();
    for (const NewCapability &n : added) {
      newUnallowed |= !n.allowed;
      if (opts.format == Format::Json) {
        j.push_back({{"capability", n.key},
                     {"kind", n.use.cap.kind},
                     {"value", n.use.cap.value},
                     {"api", n.use.cap.api},
                     {"entry", n.entry},
                     {"file", n.use.cap.location.file},
                     {"line", n.use.cap.location.line},
                     {"allowed", n.allowed}});
      } else {
        text += fmt::format("{}:{}: {}: new capability: {}{} via '{}' (reached from '{}')\n",
                            n.use.cap.location.file, n.use.cap.location.line,
                            n.allowed ? "note" : "warning", describeCapability(n.use.cap.kind),
                            n.use.cap.value.empty() ? "" : " '" + n.use.cap.value + "'",
                            n.use.cap.api, n.entry);
      }
    }
    if (opts.format == Format::Json)
      text = j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    else if (added.empty())
      text = "no new capabilities\n";
  }
  if (opts.output.empty() ? !writeStdout(text) : !writeFile(opts.output, text))
    return ExitUsage;
  if (stopSignal())
    return ExitIncomplete;
  if (newUnallowed)
    return ExitFindings;
  return result.executionSuccessful ? ExitClean : ExitIncomplete;
}

/// Colours in the text report: --color, else only on a terminal.
bool useColor(const ScanOptions &opts) {
  if (opts.color != ScanOptions::Color::Auto)
    return opts.color == ScanOptions::Color::Always;
  const char *term = std::getenv("TERM");
  const char *noColor = std::getenv("NO_COLOR");
  return opts.output.empty() && ::isatty(STDOUT_FILENO) && !(noColor && *noColor) &&
         !(term && std::string(term) == "dumb");
}

/// One line on stderr, rewritten in place, for scans a person watches: files
/// done of all, elapsed time, a file being analyzed; then the link. Silent
/// when stderr is not a terminal or with -q.
class Progress {
public:
  Progress(bool wanted, size_t total, size_t cached) : total_(total), cached_(cached) {
    const char *term = std::getenv("TERM");
    on_ = wanted && ::isatty(STDERR_FILENO) && !(term && std::string(term) == "dumb");
  }
  ~Progress() { clear(); }

  void files(size_t done, const std::string &current) {
    auto now = std::chrono::steady_clock::now();
    if (!on_ || now - last_ < std::chrono::milliseconds(250))
      return;
    last_ = now;
    std::string line = fmt::format("sluice: {}/{} files, {:.0f} s", cached_ + done, total_,
                                   std::chrono::duration<double>(now - start_).count());
    if (cached_)
      line += fmt::format(" ({} from the cache)", cached_);
    if (!current.empty())
      line += ", " + current;
    say(line);
  }

  void say(std::string line) {
    if (!on_)
      return;
    // File names come from the scanned tree: no control characters reach
    // the terminal.
    for (char &c : line)
      if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
        c = '?';
    winsize ws{};
    size_t width = ::ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col ? ws.ws_col : 80;
    if (line.size() >= width)
      line = line.substr(0, width - 1);
    std::cerr << "\r\033[K" << line << std::flush;
    shown_ = true;
  }

  void clear() {
    if (on_ && shown_)
      std::cerr << "\r\033[K" << std::flush;
    shown_ = false;
  }

private:
  bool on_ = false, shown_ = false;
  size_t total_, cached_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now(), last_{};
};

} // namespace

int runScan(const ScanOptions &given, const std::vector<std::string> &commandLine) {
  ScanOptions opts = given;
  std::optional<ScanConfig> config;
  if (!applyConfig(opts, config))
    return ExitUsage;
  if (opts.paths.empty() && opts.compileDbDir.empty()) {
    std::cerr << "sluice: error: no input: give files or directories to scan (see 'sluice scan "
                 "--help'), or list them under paths.include in .sluice.yml\n";
    return ExitUsage;
  }
  RuleSet rules;
  if (!loadRules(opts.ruleDirs, opts.noBuiltinRules, rules))
    return ExitUsage;
  // Disabled first (from flags and rules.disable), then rules.enable keeps
  // what it names of the rest.
  for (const std::string &id : opts.disabled)
    if (!rules.disable(id)) {
      std::cerr << "sluice: error: '" << id << "' (--disable"
                << (config ? " or rules.disable in " + config->file : std::string())
                << ") names no rule (see 'sluice rules list')\n";
      return ExitUsage;
    }
  if (config && !restrictRules(rules, *config))
    return ExitUsage;

  SourceRequest req;
  req.paths = opts.paths;
  req.compileDbDir = opts.compileDbDir;
  req.extraArgs = opts.extraArgs;
  if (opts.libraryHeaders != LibraryHeaders::None)
    req.libraryHeaderDirs = libraryHeaderDirs(opts.ruleDirs, opts.noBuiltinRules);
  req.preferLibraryHeaders = opts.libraryHeaders == LibraryHeaders::Bundled;
  if (!opts.root.empty()) {
    llvm::SmallString<256> r(opts.root);
    fs::make_absolute(r);
    llvm::sys::path::remove_dots(r, true);
    if (!fs::is_directory(r)) {
      std::cerr << opts.root << ": error: --root is not a directory\n";
      return ExitUsage;
    }
    req.root = std::string(r.str());
  } else {
    req.root = defaultRoot(opts.paths);
  }
  {
    // Files are named by their real paths; so is the root, or a root reached
    // through a symlink would report every file as absolute (and match no
    // baseline or --changed-since line).
    llvm::SmallString<256> real;
    if (!fs::real_path(req.root, real))
      req.root = std::string(real.str());
  }
  SourcePlan plan = planSources(req);
  if (!plan.errors.empty()) {
    for (const std::string &e : plan.errors)
      std::cerr << e << "\n";
    return ExitUsage;
  }
  if (config)
    excludeJobs(plan, *config, req.root);
  if (plan.jobs.empty() && plan.skipped.empty()) {
    std::cerr << "sluice: error: no C or C++ source files (.c .cc .cpp .cxx) under the given paths\n";
    return ExitUsage;
  }

  auto started = std::chrono::steady_clock::now();
  WorkerLimits limits;
  limits.jobs = opts.jobs ? opts.jobs : std::max(1u, std::thread::hardware_concurrency());
  limits.timeoutSeconds = opts.timeoutSeconds;
  limits.memoryMiB = opts.memoryMiB;
  installStopHandlers();
  // The cache answers for the units whose inputs did not change; workers
  // analyze the rest.
  std::unique_ptr<FactsCache> cache;
  if (!opts.cacheDir.empty() && !opts.noCache) {
    std::vector<std::string> dirs;
    if (!opts.noBuiltinRules)
      dirs.push_back(builtinRulesDir());
    dirs.insert(dirs.end(), opts.ruleDirs.begin(), opts.ruleDirs.end());
    std::vector<std::string> enabled;
    for (const Policy &p : rules.policies)
      enabled.push_back(p.info.id);
    for (const Behavior &b : rules.behaviors)
      enabled.push_back(b.info.id);
    std::string why;
    cache = FactsCache::open(opts.cacheDir, req.root, scanContext(dirs, enabled), why);
    if (!cache && !opts.quiet)
      std::cerr << "sluice: warning: " << why << "\n";
  }
  std::vector<WorkerResult> results(plan.jobs.size());
  std::vector<size_t> toAnalyze;
  std::vector<bool> fromCache(plan.jobs.size(), false);
  for (size_t i = 0; i < plan.jobs.size(); ++i) {
    std::optional<std::string> hit = cache ? cache->load(plan.jobs[i]) : std::nullopt;
    if (hit) {
      results[i].ok = true;
      results[i].payload = std::move(*hit);
      fromCache[i] = true;
    } else {
      toAnalyze.push_back(i);
    }
  }
  Progress progress(!opts.quiet, plan.jobs.size(), plan.jobs.size() - toAnalyze.size());
  limits.progress = [&](size_t done, const std::vector<size_t> &running) {
    progress.files(done, running.empty() ? std::string()
                                         : reportPath(plan.jobs[toAnalyze[running.front()]].file,
                                                      req.root));
  };
  std::vector<WorkerResult> fresh = runInWorkers(
      toAnalyze.size(), limits, [&](size_t k) {
        return encodeOutcome(analyzeTU(plan.jobs[toAnalyze[k]], rules, req.root));
      });
  for (size_t k = 0; k < toAnalyze.size(); ++k)
    results[toAnalyze[k]] = std::move(fresh[k]);

  report::ScanResult result;
  result.toolVersion = SLUICE_VERSION;
  result.srcRoot = req.root;
  // The command line is deliberately not recorded: -j, output paths and the
  // working directory would make reports of the same code differ.
  (void)commandLine;
  for (const Policy &p : rules.policies)
    result.rules.push_back(p.info);
  for (const Behavior &b : rules.behaviors)
    result.rules.push_back(b.info);
  // Per-file facts are linked into one program before findings are decided,
  // so flows may cross files.
  std::vector<facts::TUFacts> units;
  planNotifications(plan, req.root, result);
  for (size_t i = 0; i < plan.jobs.size(); ++i) {
    std::function<void(const TUOutcome &)> store;
    if (cache && !fromCache[i])
      store = [&, i](const TUOutcome &o) {
        if (!o.frontendFailed)
          cache->store(plan.jobs[i], results[i].payload, o);
      };
    merge(plan.jobs[i], results[i], req.root, result, units, store);
    if (fromCache[i])
      results[i].payload.clear();  // the facts are in `units` now
  }
  if (cache && !opts.quiet)
    for (const std::string &w : cache->stats().warnings)
      std::cerr << "sluice: warning: " << w << "\n";
  if (const char *dump = std::getenv("SLUICE_DUMP_FACTS")) {
    // A debugging aid for engine and model work: every unit's facts.
    std::ofstream out(dump);
    for (const facts::TUFacts &u : units)
      out << facts::toJson(u) << "\n";
  }
  progress.say(fmt::format("linking {} unit{} into whole programs", units.size(),
                           units.size() == 1 ? "" : "s"));
  auto linkStart = std::chrono::steady_clock::now();
  // A stop during the workers still links what finished (that is what the
  // report holds); a stop during the link ends it between components.
  bool stoppedBefore = stopSignal() != 0;
  LinkBudget budget;
  budget.maxMemoryMiB = opts.linkMemoryMiB < 0 ? defaultLinkMemoryMiB()
                                               : static_cast<size_t>(opts.linkMemoryMiB);
  budget.maxSeconds = opts.linkTimeoutSeconds;
  budget.workPerFact = opts.linkWorkPerFact;
  budget.componentWorkPerFunction = opts.linkComponentWork;
  ProgramAnalysis program = analyzePrograms(
      units, rules, [stoppedBefore] { return !stoppedBefore && stopSignal() != 0; }, budget,
      limits.jobs);
  progress.clear();
  const LinkStats &stats = program.stats;
  const Manifest &manifest = program.manifest;
  if (program.programs.size() > 1)
    result.notifications.push_back(programsNotification(program.programs, units));
  result.findings = std::move(program.findings);
  if (program.behaviorsIncomplete)
    result.notifications.push_back(fileNotification(
        "behavior-budget", "",
        "a behaviour search stopped at its step budget in a very large scope; behaviour "
        "findings may be incomplete"));
  double linkSeconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - linkStart).count();
  if (stats.cancelled)
    result.notifications.push_back(fileNotification(
        "link-interrupted", "",
        "the scan was interrupted during the whole-program step; findings across files are "
        "incomplete"));
  if (!stats.converged)
    result.notifications.push_back(fileNotification(
        "link-budget", "",
        fmt::format("the whole-program link did not converge for {} function{} ({}); findings "
                    "may be incomplete",
                    stats.unconverged.size(), stats.unconverged.size() == 1 ? "" : "s",
                    someFunctions(stats.unconverged))));
  if (!stats.cut.empty())
    result.notifications.push_back(fileNotification(
        "link-component-budget", "",
        fmt::format("{} function{} of recursive call cycles spent their share of the "
                    "whole-program step ({} entries offered per function, "
                    "--link-component-work) and kept the summaries found until then; flows "
                    "through them may be missed: {}",
                    stats.cut.size(), stats.cut.size() == 1 ? "" : "s", opts.linkComponentWork,
                    someFunctions(stats.cut))));
  if (!stats.degradedBy.empty()) {
    std::string why =
        stats.degradedBy == "work"
            ? fmt::format("reached its work budget of {} entries offered ({} per fact, "
                          "--link-work)",
                          stats.maxWork, opts.linkWorkPerFact)
        : stats.degradedBy == "time"
            ? fmt::format("reached its time budget of {} s (--link-timeout)",
                          opts.linkTimeoutSeconds)
        : stats.degradedBy == "memory"
            ? fmt::format("reached its memory budget of {} MiB (--link-memory)",
                          budget.maxMemoryMiB)
            : std::string("ran out of memory");
    std::string cut = stats.degraded.empty()
                          ? std::string("while deciding findings")
                          : fmt::format("; {} function{} ({}) linked by their sinks only",
                                        stats.degraded.size(),
                                        stats.degraded.size() == 1 ? "" : "s",
                                        someFunctions(stats.degraded));
    result.notifications.push_back(fileNotification(
        "link-degraded", "",
        // The resident size is named only when memory was the budget: it
        // differs from run to run, and a work budget's report must not.
        fmt::format("the whole-program step {}{}{}, and globals read by the remaining sinks "
                    "not resolved: flows through parameters, results and globals may be missed",
                    why,
                    stats.degradedBy == "work" || stats.degradedBy == "time"
                        ? std::string()
                        : fmt::format(" (main process at {} MiB)", stats.degradedAtMiB),
                    cut)));
  }
  if (program.outOfMemory)
    result.notifications.push_back(fileNotification(
        "program-out-of-memory", "",
        "the capability and behaviour step ran out of memory; taint findings are complete "
        "as far as the link went, behaviour findings and the manifest may be cut"));
  if (!stats.widened.empty()) {
    report::Notification n = fileNotification(
        "summary-widened", "",
        fmt::format("{} function{} hit a summary bound ({} origins or {} member paths per "
                    "output, or a bound inside the function; analyzer/README.md lists them); "
                    "flows through {} may be missed: {}",
                    stats.widened.size(), stats.widened.size() == 1 ? "" : "s",
                    facts::kMaxAtomsPerOutput, facts::kMaxPathsPerOutput,
                    stats.widened.size() == 1 ? "it" : "them", someFunctions(stats.widened)));
    n.level = report::Level::Note;
    result.notifications.push_back(std::move(n));
  }
  bool incomplete = result.filesFailed || !stats.converged || stats.cancelled ||
                    !stats.degradedBy.empty() || program.outOfMemory;
  result.executionSuccessful = !incomplete;
  report::canonicalize(result);
  if (opts.capabilities)
    return writeCapabilities(opts, manifest, result, req.root);
  if (!applyGate(result, opts, config ? &*config : nullptr, req.root))
    return ExitUsage;
  if (!opts.manifestFile.empty() &&
      !writeFile(opts.manifestFile, manifestJson(manifest, SLUICE_VERSION)))
    return ExitUsage;

  std::string text;
  switch (opts.format) {
  case Format::Text:
    text = report::writeText(result, useColor(opts));
    break;
  case Format::Sarif:
    text = report::writeSarif(result);
    break;
  case Format::Json:
    text = report::writeJson(result);
    break;
  }
  if (opts.output.empty() ? !writeStdout(text) : !writeFile(opts.output, text))
    return ExitUsage;
  if (!opts.sarifFile.empty() && !writeFile(opts.sarifFile, report::writeSarif(result)))
    return ExitUsage;

  size_t gating = gatingFindings(result, opts);
  if (!opts.quiet && (opts.format != Format::Text || !opts.output.empty())) {
    size_t suppressed = 0, unchanged = 0;
    for (const report::Finding &f : result.findings) {
      suppressed += f.suppressed;
      unchanged += f.baselineState == report::Finding::Baseline::Unchanged && !f.suppressed;
    }
    std::string extra;
    if (suppressed) extra += fmt::format(", {} suppressed", suppressed);
    if (!result.baseline.file.empty())
      extra += fmt::format(", {} in the baseline, {} fixed since", unchanged, result.baseline.absent);
    if (!result.changes.ref.empty())
      extra += fmt::format(", {} outside the changes", result.changes.outside);
    std::cerr << fmt::format("sluice: {} finding{}{}, {} at or above --fail-on; {} file{} "
                             "analyzed, {} not fully analyzed\n",
                             result.findings.size(), result.findings.size() == 1 ? "" : "s", extra,
                             gating, plan.jobs.size(), plan.jobs.size() == 1 ? "" : "s",
                             result.filesFailed);
  }
  if (opts.stats) {
    long peak = 0;
    double slowest = 0;
    for (const WorkerResult &w : results) {
      peak = std::max(peak, w.maxRssKiB);
      slowest = std::max(slowest, w.seconds);
    }
    double wall =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::cerr << fmt::format("sluice: stats: files={} jobs={} wall-s={:.3f} link-s={:.3f} "
                             "slowest-file-s={:.3f} peak-worker-rss-kib={} functions={} "
                             "call-edges={} link-rounds={} callback-copies={}{}\n",
                             plan.jobs.size(), limits.jobs, wall, linkSeconds, slowest, peak,
                             stats.functions, stats.callEdges, stats.rounds,
                             stats.callbackCopies, stats.copiesCapped ? " (capped)" : "");
    if (cache)
      std::cerr << fmt::format("sluice: stats: cache={} hits={} misses={} stale={} corrupt={} "
                               "stored={}\n",
                               cache->directory(), cache->stats().hits, cache->stats().misses,
                               cache->stats().stale, cache->stats().corrupt,
                               cache->stats().stored);
  }
  if (int sig = stopSignal()) {
    std::cerr << fmt::format("sluice: interrupted by signal {} ({}); the report holds what was "
                             "found before\n",
                             sig, strsignal(sig));
    return ExitIncomplete;
  }
  if (gating)
    return ExitFindings;
  if (incomplete)
    return ExitIncomplete;
  return ExitClean;
}

int runRules(const RulesOptions &opts) {
  RuleSet rules;
  if (!loadRules(opts.ruleDirs, opts.noBuiltinRules, rules))
    return ExitUsage;
  auto join = [](const std::vector<std::string> &v) {
    std::string s;
    for (const auto &x : v)
      s += (s.empty() ? "" : ",") + x;
    return s;
  };
  if (opts.action == "models") {
    static const char *roles[] = {"source", "sink", "propagate", "sanitize", "handle", "callback",
                                  "validate", "capability"};
    for (const ModelRow &r : rules.rows) {
      nlohmann::ordered_json j;
      j["origin"] = r.origin.file + ":" + std::to_string(r.origin.line);
      j["role"] = roles[static_cast<int>(r.role)];
      j["kind"] = r.kind;
      j["functions"] = r.functions;
      j["why"] = r.why;
      std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    }
    return ExitClean;
  }
  auto cweList = [](const report::RuleInfo &info, const char *first, const char *sep) {
    std::string s;
    for (unsigned c : info.cwes)
      s += (s.empty() ? first : sep) + std::to_string(c);
    return s;
  };
  auto row = [&](const report::RuleInfo &info, const std::string &sources,
                 const std::string &sinks) {
    std::cout << fmt::format("{:<36} {:<8} {:<10} {:<40} {}\n", info.id,
                             report::levelName(info.defaultLevel), cweList(info, "", ","),
                             sources, sinks);
  };
  if (opts.action == "list") {
    std::cout << fmt::format("{:<36} {:<8} {:<10} {:<40} {}\n", "RULE", "LEVEL", "CWE",
                             "SOURCES", "SINKS");
    for (const Policy &p : rules.policies)
      row(p.info, join(p.sourceKinds), join(p.sinkKinds));
    for (const Behavior &b : rules.behaviors)
      row(b.info, "behaviour, scope " + b.scope, "");
    std::cout << fmt::format("{} rules ({} taint, {} behaviours), {} model rows\n",
                             rules.policies.size() + rules.behaviors.size(),
                             rules.policies.size(), rules.behaviors.size(), rules.rows.size());
    return ExitClean;
  }
  const Behavior *b = rules.behavior(opts.id);
  const Policy *p = rules.policy(opts.id);
  if (!b && !p) {
    std::cerr << "sluice: error: unknown rule '" << opts.id << "' (see 'sluice rules list')\n";
    return ExitUsage;
  }
  const report::RuleInfo &info = b ? b->info : p->info;
  std::cout << info.id << " (" << info.name << ")\n"
            << "level: " << report::levelName(info.defaultLevel)
            << "   security-severity: " << info.securitySeverity << "   "
            << cweList(info, "CWE-", ", CWE-") << "\n";
  if (b)
    std::cout << "behaviour over scope: " << b->scope << "\n";
  else
    std::cout << "sources: " << join(p->sourceKinds) << "   sinks: " << join(p->sinkKinds) << "\n";
  std::cout << "defined in: " << (b ? b->origin.file : p->origin.file) << "\n\n"
            << info.shortDescription << "\n\n"
            << info.fullDescription << "\n\n"
            << info.helpMarkdown << "\n";
  return ExitClean;
}

} // namespace sluice
