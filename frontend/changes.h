// --changed-since: which lines changed since a git reference, so a gate can
// report the findings whose flow touches a change while the whole program
// is still analyzed (an old sink fed by a new source is caught).
#pragma once

#include "reports/finding.h"

#include <map>
#include <utility>
#include <vector>
#include <string>

namespace sluice {

struct ChangedLines {
  /// By file as in report::Location::file (relative to the scan root when
  /// under it): the changed lines of the working tree against the merge
  /// base of the reference and HEAD, as inclusive ranges [first, last]
  /// (first = last = 0: the whole file, new or untracked).
  std::map<std::string, std::vector<std::pair<unsigned, unsigned>>> lines;
  void add(const std::string &file, unsigned first, unsigned last);
  /// Sorts and merges the ranges; call once after the last add().
  void finish();
  bool touches(const report::Location &l) const;
};

/// Runs git (never through a shell; hooks, fsmonitor, external diff and
/// textconv drivers off) in `root`. On failure returns false with a message
/// naming the reference and git's own error.
bool changedLinesSince(const std::string &root, const std::string &ref, ChangedLines &out,
                       std::string &error);

/// Parses `git diff --unified=0` output into `out`; paths in the diff are
/// relative to `topLevel`, and are re-expressed relative to `root`.
void parseUnifiedDiff(const std::string &diff, const std::string &topLevel,
                      const std::string &root, ChangedLines &out);

/// Keeps the findings whose sink, flow steps or related locations touch a
/// changed line; counts the others in r.changes.
void keepFindingsTouching(report::ScanResult &r, const ChangedLines &changes,
                          const std::string &ref);

} // namespace sluice
