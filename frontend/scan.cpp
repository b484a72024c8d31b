#include "frontend/scan.h"

#include "analyzer/link.h"
#include "analyzer/rules_loader.h"
#include "frontend/compile_db.h"
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

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <thread>

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

bool writeFile(const std::string &path, const std::string &text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  out.close();
  if (!out) {
    std::cerr << path << ": error: cannot write the report\n";
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
           report::ScanResult &out, std::vector<facts::TUFacts> &units) {
  std::string file = reportPath(job.file, root);
  if (!w.ok) {
    std::string id = w.failure.rfind("timed out", 0) == 0 ? "tu-timeout" : "tu-crash";
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
  out.analyzedFiles.push_back(file);
  units.push_back(std::move(o.analysis.facts));
  for (auto &n : o.analysis.notifications)
    out.notifications.push_back(std::move(n));
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
  }
}

} // namespace

int runScan(const ScanOptions &opts, const std::vector<std::string> &commandLine) {
  RuleSet rules;
  if (!loadRules(opts.ruleDirs, opts.noBuiltinRules, rules))
    return ExitUsage;
  for (const std::string &id : opts.disabled)
    if (!rules.disable(id)) {
      std::cerr << "sluice: error: --disable names unknown rule '" << id
                << "' (see 'sluice rules list')\n";
      return ExitUsage;
    }

  SourceRequest req;
  req.paths = opts.paths;
  req.compileDbDir = opts.compileDbDir;
  req.extraArgs = opts.extraArgs;
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
  SourcePlan plan = planSources(req);
  if (!plan.errors.empty()) {
    for (const std::string &e : plan.errors)
      std::cerr << e << "\n";
    return ExitUsage;
  }
  if (plan.jobs.empty()) {
    std::cerr << "sluice: error: no C or C++ source files (.c .cc .cpp .cxx) under the given paths\n";
    return ExitUsage;
  }

  auto started = std::chrono::steady_clock::now();
  WorkerLimits limits;
  limits.jobs = opts.jobs ? opts.jobs : std::max(1u, std::thread::hardware_concurrency());
  limits.timeoutSeconds = opts.timeoutSeconds;
  limits.memoryMiB = opts.memoryMiB;
  std::vector<WorkerResult> results = runInWorkers(
      plan.jobs.size(), limits,
      [&](size_t i) { return encodeOutcome(analyzeTU(plan.jobs[i], rules, req.root)); });

  report::ScanResult result;
  result.toolVersion = SLUICE_VERSION;
  result.srcRoot = req.root;
  // The command line is deliberately not recorded: -j, output paths and the
  // working directory would make reports of the same code differ.
  (void)commandLine;
  for (const Policy &p : rules.policies)
    result.rules.push_back(p.info);
  // Per-file facts are linked into one program before findings are decided,
  // so flows may cross files.
  std::vector<facts::TUFacts> units;
  for (size_t i = 0; i < plan.jobs.size(); ++i)
    merge(plan.jobs[i], results[i], req.root, result, units);
  if (const char *dump = std::getenv("SLUICE_DUMP_FACTS")) {
    // A debugging aid for engine and model work: every unit's facts.
    std::ofstream out(dump);
    for (const facts::TUFacts &u : units)
      out << facts::toJson(u) << "\n";
  }
  auto linkStart = std::chrono::steady_clock::now();
  LinkStats stats;
  result.findings = linkProgram(units, rules.policies, &stats);
  double linkSeconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - linkStart).count();
  if (!stats.converged)
    result.notifications.push_back(fileNotification(
        "link-budget", "", "the whole-program link did not converge; findings may be incomplete"));
  result.executionSuccessful = result.filesFailed == 0;
  report::canonicalize(result);

  std::string text;
  switch (opts.format) {
  case Format::Text:
    text = report::writeText(result);
    break;
  case Format::Sarif:
    text = report::writeSarif(result);
    break;
  case Format::Json:
    text = report::writeJson(result);
    break;
  }
  if (opts.output.empty())
    std::cout << text << std::flush;
  else if (!writeFile(opts.output, text))
    return ExitUsage;
  if (!opts.sarifFile.empty() && !writeFile(opts.sarifFile, report::writeSarif(result)))
    return ExitUsage;

  size_t gating = 0;
  for (const report::Finding &f : result.findings)
    if (!opts.failOnNone && f.level >= opts.failOn && f.level != report::Level::None)
      ++gating;
  if (!opts.quiet && (opts.format != Format::Text || !opts.output.empty()))
    std::cerr << fmt::format("sluice: {} finding{}, {} file{} analyzed, {} not fully analyzed\n",
                             result.findings.size(), result.findings.size() == 1 ? "" : "s",
                             plan.jobs.size(), plan.jobs.size() == 1 ? "" : "s",
                             result.filesFailed);
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
                             "call-edges={} link-rounds={}\n",
                             plan.jobs.size(), limits.jobs, wall, linkSeconds, slowest, peak,
                             stats.functions, stats.callEdges, stats.rounds);
  }
  if (gating)
    return ExitFindings;
  if (result.filesFailed)
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
                                  "validate"};
    for (const ModelRow &r : rules.rows) {
      nlohmann::ordered_json j;
      j["origin"] = r.origin.file + ":" + std::to_string(r.origin.line);
      j["role"] = roles[static_cast<int>(r.role)];
      j["kind"] = r.kind;
      j["functions"] = r.functions;
      j["why"] = r.why;
      std::cout << j.dump() << "\n";
    }
    return ExitClean;
  }
  if (opts.action == "list") {
    std::cout << fmt::format("{:<26} {:<8} {:<10} {:<40} {}\n", "RULE", "LEVEL", "CWE",
                             "SOURCES", "SINKS");
    for (const Policy &p : rules.policies) {
      std::string cwes;
      for (unsigned c : p.info.cwes)
        cwes += (cwes.empty() ? "" : ",") + std::to_string(c);
      std::cout << fmt::format("{:<26} {:<8} {:<10} {:<40} {}\n", p.info.id,
                               report::levelName(p.info.defaultLevel), cwes, join(p.sourceKinds),
                               join(p.sinkKinds));
    }
    std::cout << fmt::format("{} rules, {} model rows\n", rules.policies.size(), rules.rows.size());
    return ExitClean;
  }
  const Policy *p = rules.policy(opts.id);
  if (!p) {
    std::cerr << "sluice: error: unknown rule '" << opts.id << "' (see 'sluice rules list')\n";
    return ExitUsage;
  }
  std::string cwes;
  for (unsigned c : p->info.cwes)
    cwes += (cwes.empty() ? "CWE-" : ", CWE-") + std::to_string(c);
  std::cout << p->info.id << " (" << p->info.name << ")\n"
            << "level: " << report::levelName(p->info.defaultLevel)
            << "   security-severity: " << p->info.securitySeverity << "   " << cwes << "\n"
            << "sources: " << join(p->sourceKinds) << "   sinks: " << join(p->sinkKinds) << "\n"
            << "defined in: " << p->origin.file << "\n\n"
            << p->info.shortDescription << "\n\n"
            << p->info.fullDescription << "\n\n"
            << p->info.helpMarkdown << "\n";
  return ExitClean;
}

} // namespace sluice
