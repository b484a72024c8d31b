// The `scan` and `rules` commands: load rules, plan the sources, analyze
// each translation unit in an isolated worker, merge, report.
#pragma once

#include "frontend/cli.h"

#include <string>
#include <vector>

namespace sluice {

/// Runs `sluice scan`; returns the process exit code.
int runScan(const ScanOptions &opts, const std::vector<std::string> &commandLine);

/// Runs `sluice rules list|show`; returns the process exit code.
int runRules(const RulesOptions &opts);

/// The directory holding the built-in rules: <exe dir>/../rules when it
/// exists (a build tree or an install), else the source tree's rules/.
std::string builtinRulesDir();

} // namespace sluice
