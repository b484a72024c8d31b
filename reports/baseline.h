// Baselines: the findings a repository already had when it adopted Sluice,
// so that a gate fails only on new ones. Findings are matched by rule id and
// fingerprint (findingFingerprints(): no line numbers, whitespace ignored),
// so edits above a finding do not make it new.
#pragma once

#include "reports/finding.h"

#include <string>
#include <vector>

namespace sluice::report {

struct BaselineEntry {
  std::string ruleId;
  std::string fingerprint;           // "<16 hex digits>:<n>"
  std::string evidence;              // evidenceHash(); empty when unknown
};

/// Parses a baseline: the text format writeBaseline() writes, or a SARIF log
/// (a previous run's report; results without a fingerprint are an error).
/// On failure returns false and sets `error` to "file:line: message".
bool parseBaseline(const std::string &text, const std::string &fileName,
                   std::vector<BaselineEntry> &out, std::string &error);

/// The baseline of `r`: one line per finding (suppressed ones included),
/// sorted, after a header that names the format:
///
///   # sluice baseline 1
///   # <fingerprint> <rule-id> <evidence> <file>:<line> (the location is informative)
///   0123456789abcdef:1 taint.cmd-injection 89abcdef01234567 src/run.c:12
std::string writeBaseline(const ScanResult &r);

/// Marks each finding against `base` (each entry matches at most one
/// finding): Unchanged when rule and fingerprint match and so does the
/// evidence (or the entry has none), Updated when only the evidence
/// differs (another source now reaches the sink), New otherwise. Fills
/// r.baseline, `file` naming it.
void applyBaseline(ScanResult &r, const std::vector<BaselineEntry> &base,
                   const std::string &file);

} // namespace sluice::report
