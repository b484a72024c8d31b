// In-source suppressions: a comment `sluice-ignore[rule-id]: reason` on a
// finding's line, or alone on the line above it, hides that finding. The
// reason is required; it becomes the SARIF suppression's justification.
#pragma once

#include "reports/finding.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sluice::report {

/// One `sluice-ignore[...]` comment as written.
struct SuppressionComment {
  unsigned line = 0;                 // 1-based
  unsigned column = 0;               // of "sluice-ignore"
  bool aloneOnLine = false;          // nothing but the comment on its line
  std::vector<std::string> rules;    // ids or globs ('*' matches any run of characters)
  std::string reason;                // trimmed; required
  std::string problem;               // why the comment is malformed; empty when valid
};

/// Every suppression comment in `text` (a C or C++ source). Only the marker
/// inside a `//` or `/* */` comment counts; string literals are skipped.
std::vector<SuppressionComment> findSuppressionComments(std::string_view text);

/// Does `pattern` (a rule id, '*' matching any run of characters) match `id`?
bool ruleGlobMatches(std::string_view pattern, std::string_view id);

/// Reads a file named as in Location::file (relative to the scan root or
/// absolute); nullopt when it cannot be read.
using SourceReader = std::function<std::optional<std::string>(const std::string &file)>;

/// Marks the findings that a valid comment suppresses, and adds a
/// notification for every malformed comment ("invalid-suppression": a
/// warning without a reason or rule list, a note for a rule that is off or
/// unknown) and every valid one that matches no finding
/// ("unused-suppression", note). Looks at the files of r.analyzedFiles,
/// r.sourceFiles (headers the analysis read) and the findings. Expects canonicalize(r) to have run; keeps the order.
void applySuppressions(ScanResult &r, const SourceReader &read);

} // namespace sluice::report
