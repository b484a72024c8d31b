// The pre-merge gate around a scan: the repository's .sluice.yml, in-source
// suppressions, a baseline, and --changed-since. Everything here runs in the
// main process, before the analysis (configuration) or after the findings
// are canonical (the rest).
#pragma once

#include "analyzer/model.h"
#include "frontend/cli.h"
#include "frontend/compile_db.h"
#include "frontend/config.h"
#include "reports/finding.h"

#include <optional>
#include <string>

namespace sluice {

/// Reads --config, or .sluice.yml in --root or the current directory, and
/// folds it into `opts` (flags win; lists add up). False after printing the
/// errors (exit 2).
bool applyConfig(ScanOptions &opts, std::optional<ScanConfig> &config);

/// Disables the rules that `config`'s rules.enable does not name. False
/// after printing an error when a glob names no rule.
bool restrictRules(RuleSet &rules, const ScanConfig &config);

/// Is `file` (absolute, or relative to `root`) excluded by paths.exclude?
bool isExcluded(const ScanConfig &config, const std::string &root, const std::string &file);

/// Drops the translation units paths.exclude names; returns how many.
size_t excludeJobs(SourcePlan &plan, const ScanConfig &config, const std::string &root);

/// After canonicalize(r): drops findings in excluded files, applies the
/// in-source suppressions and the baseline, writes --write-baseline, and
/// keeps only the findings touching --changed-since's changes. False after
/// printing an error (exit 2): an unreadable or invalid baseline, git
/// failing, a baseline that cannot be written.
bool applyGate(report::ScanResult &r, const ScanOptions &opts, const ScanConfig *config,
               const std::string &root);

/// Findings that fail the scan: at or above --fail-on, not suppressed, not
/// in the baseline.
size_t gatingFindings(const report::ScanResult &r, const ScanOptions &opts);

} // namespace sluice
