// The pre-merge gate; see gate.h.
#include "frontend/gate.h"

#include "frontend/changes.h"
#include "frontend/files.h"
#include "reports/baseline.h"
#include "reports/suppressions.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <cstdio>
#include <iostream>

namespace sluice {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

bool applyConfig(ScanOptions &opts, std::optional<ScanConfig> &config) {
  if (opts.noConfig) return true;
  std::string file = opts.configFile;
  if (file.empty()) {
    llvm::SmallString<256> candidate(opts.root.empty() ? "." : opts.root);
    path::append(candidate, ".sluice.yml");
    if (!fs::exists(candidate)) return true;
    file = std::string(candidate.str());
  }
  file = absolutePath(file);
  ScanConfig c;
  std::vector<RuleError> errors;
  if (!loadConfig(file, c, errors)) {
    for (const RuleError &e : errors) std::cerr << e.str() << "\n";
    std::cerr << "sluice: invalid configuration; nothing was scanned\n";
    return false;
  }
  if (opts.paths.empty() && opts.compileDbDir.empty()) opts.paths = c.include;
  if (opts.compileDbDir.empty() && c.compileCommands) opts.compileDbDir = *c.compileCommands;
  if (!opts.failOnSet && c.failOn) {
    if (*c.failOn == "none")
      opts.failOnNone = true;
    else
      report::parseLevel(*c.failOn, opts.failOn);
  }
  if (opts.baseline.empty() && c.baseline) opts.baseline = *c.baseline;
  if (opts.cacheDir.empty() && c.cache) opts.cacheDir = *c.cache;
  // Configured rule folders first, so that flags' folders come after them.
  opts.ruleDirs.insert(opts.ruleDirs.begin(), c.ruleFolders.begin(), c.ruleFolders.end());
  opts.disabled.insert(opts.disabled.end(), c.disable.begin(), c.disable.end());
  c.directory = realPathOr(c.directory);
  // Say so: a repository's own file decides what is scanned and reported.
  if (!opts.quiet)
    std::cerr << "sluice: using " << file << " (--no-config to ignore it)\n";
  config = std::move(c);
  return true;
}

bool restrictRules(RuleSet &rules, const ScanConfig &config) {
  if (config.enable.empty()) return true;
  std::vector<std::string> ids;
  for (const Policy &p : rules.policies) ids.push_back(p.info.id);
  for (const Behavior &b : rules.behaviors) ids.push_back(b.info.id);
  for (const std::string &g : config.enable) {
    bool any = false;
    for (const std::string &id : ids) any = any || report::ruleGlobMatches(g, id);
    if (!any) {
      std::cerr << config.file << ": error: rules.enable: '" << g
                << "' names no rule (see 'sluice rules list')\n";
      return false;
    }
  }
  for (const std::string &id : ids) {
    bool on = false;
    for (const std::string &g : config.enable) on = on || report::ruleGlobMatches(g, id);
    if (!on) rules.disable(id);
  }
  return true;
}

bool isExcluded(const ScanConfig &config, const std::string &root, const std::string &file) {
  if (config.exclude.empty() || file.empty()) return false;
  std::string abs = path::is_absolute(file) ? file : root + "/" + file;
  std::string rel = pathBelow(config.directory, realPathOr(abs));
  if (rel.empty()) rel = pathBelow(config.directory, abs);
  if (rel.empty()) return false;
  for (const std::string &g : config.exclude)
    if (pathGlobMatches(g, rel)) return true;
  return false;
}

size_t excludeJobs(SourcePlan &plan, const ScanConfig &config, const std::string &root) {
  size_t before = plan.jobs.size();
  std::erase_if(plan.jobs, [&](const CompileJob &j) { return isExcluded(config, root, j.file); });
  return before - plan.jobs.size();
}

bool applyGate(report::ScanResult &r, const ScanOptions &opts, const ScanConfig *config,
               const std::string &root) {
  if (config && !config->exclude.empty())
    std::erase_if(r.findings, [&](const report::Finding &f) {
      return isExcluded(*config, root, f.location.file);
    });

  report::applySuppressions(r, [&](const std::string &file) -> std::optional<std::string> {
    std::string why;
    return readRegularFile(path::is_absolute(file) ? file : root + "/" + file, 64u << 20, why);
  });

  if (!opts.baseline.empty()) {
    std::string why;
    std::optional<std::string> text = readRegularFile(opts.baseline, 512u << 20, why);
    if (!text) {
      std::cerr << opts.baseline << ": error: cannot read the baseline: " << why << "\n";
      return false;
    }
    std::vector<report::BaselineEntry> base;
    std::string error;
    if (!report::parseBaseline(*text, opts.baseline, base, error)) {
      std::cerr << error << "\n";
      return false;
    }
    report::applyBaseline(r, base, opts.baseline);
  }

  if (!opts.writeBaseline.empty()) {
    // Written like a report: complete or absent. Its folder is created, but
    // inside the scanned tree never through a symlink (a hostile checkout
    // could point .sluice/ anywhere).
    std::string target = absolutePath(opts.writeBaseline), why;
    std::string parent(path::parent_path(target));
    std::string realRoot = realPathOr(root);
    if (!makeOwnDirectory(realRoot, parent, why) ||
        !writeOwnFile(target, report::writeBaseline(r), why)) {
      std::cerr << opts.writeBaseline << ": error: cannot write the baseline: " << why << "\n";
      return false;
    }
  }

  if (!opts.changedSince.empty()) {
    ChangedLines changes;
    std::string error;
    if (!changedLinesSince(root, opts.changedSince, changes, error)) {
      std::cerr << "sluice: error: " << error << "\n";
      return false;
    }
    keepFindingsTouching(r, changes, opts.changedSince);
    if (!r.baseline.file.empty()) {
      // New and unchanged count what is reported; fixed counts the whole base.
      r.baseline.added = r.baseline.unchanged = r.baseline.updated = 0;
      for (const report::Finding &f : r.findings)
        (f.baselineState == report::Finding::Baseline::New         ? r.baseline.added
         : f.baselineState == report::Finding::Baseline::Unchanged ? r.baseline.unchanged
                                                                   : r.baseline.updated)++;
    }
  }
  return true;
}

size_t gatingFindings(const report::ScanResult &r, const ScanOptions &opts) {
  // Writing a baseline accepts every finding there is.
  if (!opts.writeBaseline.empty()) return 0;
  size_t n = 0;
  for (const report::Finding &f : r.findings)
    if (!opts.failOnNone && f.level >= opts.failOn && f.level != report::Level::None &&
        !f.suppressed && f.baselineState != report::Finding::Baseline::Unchanged)
      ++n;
  return n;
}

} // namespace sluice
