// Level names and the canonical ordering of scan results.
//
// canonicalize() must give the same output for any permutation of its input,
// so every comparison below is a total order over *all* fields of a struct:
// elements that compare equal are exact duplicates and may be dropped.
#include "reports/finding.h"
#include "reports/sarif.h"  // findingFingerprints()

#include <algorithm>
#include <compare>
#include <tuple>

namespace sluice::report {

const char *levelName(Level l) {
  switch (l) {
  case Level::None: return "none";
  case Level::Note: return "note";
  case Level::Warning: return "warning";
  case Level::Error: return "error";
  }
  return "warning";
}

bool parseLevel(const std::string &text, Level &out) {
  for (Level l : {Level::None, Level::Note, Level::Warning, Level::Error}) {
    if (text == levelName(l)) {
      out = l;
      return true;
    }
  }
  return false;
}

namespace {

// Three-way comparisons over whole structs. Field order inside each function
// is the sort priority.

std::weak_ordering cmp(const Location &a, const Location &b) {
  return std::tie(a.file, a.line, a.column, a.endLine, a.endColumn, a.snippet) <=>
         std::tie(b.file, b.line, b.column, b.endLine, b.endColumn, b.snippet);
}

std::weak_ordering cmp(const FlowStep &a, const FlowStep &b) {
  if (auto c = cmp(a.location, b.location); c != 0) return c;
  return std::tie(a.message, a.kind) <=> std::tie(b.message, b.kind);
}

std::weak_ordering cmp(const RelatedLocation &a, const RelatedLocation &b) {
  if (auto c = cmp(a.location, b.location); c != 0) return c;
  return a.message <=> b.message;
}

// Lexicographic comparison of two vectors using the cmp() overloads above.
template <typename T>
std::weak_ordering cmpVec(const std::vector<T> &a, const std::vector<T> &b) {
  return std::lexicographical_compare_three_way(
      a.begin(), a.end(), b.begin(), b.end(),
      [](const T &x, const T &y) { return cmp(x, y); });
}

// Findings: file, line, column, ruleId, message, flow; then the remaining
// fields only to make the order total.
std::weak_ordering cmp(const Finding &a, const Finding &b) {
  const Location &la = a.location, &lb = b.location;
  if (auto c = std::tie(la.file, la.line, la.column, a.ruleId, a.message) <=>
               std::tie(lb.file, lb.line, lb.column, b.ruleId, b.message);
      c != 0)
    return c;
  if (auto c = cmpVec(a.flow, b.flow); c != 0) return c;
  if (auto c = cmp(la, lb); c != 0) return c;
  if (auto c = std::tie(a.level, a.function, a.sourceKind, a.sinkKind) <=>
               std::tie(b.level, b.function, b.sourceKind, b.sinkKind);
      c != 0)
    return c;
  return cmpVec(a.related, b.related);
}

// Notifications: file, line, id, message; then the rest.
std::weak_ordering cmp(const Notification &a, const Notification &b) {
  const Location &la = a.location, &lb = b.location;
  if (auto c = std::tie(la.file, la.line, a.id, a.message) <=>
               std::tie(lb.file, lb.line, b.id, b.message);
      c != 0)
    return c;
  if (auto c = cmp(la, lb); c != 0) return c;
  return a.level <=> b.level;
}

// Rules: id first; the rest only so that duplicate ids resolve deterministically.
std::weak_ordering cmp(const RuleInfo &a, const RuleInfo &b) {
  return std::tie(a.id, a.name, a.shortDescription, a.fullDescription, a.helpText,
                  a.helpMarkdown, a.defaultLevel, a.cwes, a.securitySeverity, a.tags) <=>
         std::tie(b.id, b.name, b.shortDescription, b.fullDescription, b.helpText,
                  b.helpMarkdown, b.defaultLevel, b.cwes, b.securitySeverity, b.tags);
}

// Sorts by cmp() and removes elements that compare equal to their predecessor.
template <typename T> void sortUnique(std::vector<T> &v) {
  std::sort(v.begin(), v.end(), [](const T &x, const T &y) { return cmp(x, y) < 0; });
  v.erase(std::unique(v.begin(), v.end(),
                      [](const T &x, const T &y) { return cmp(x, y) == 0; }),
          v.end());
}

} // namespace

bool findingLess(const Finding &a, const Finding &b) { return cmp(a, b) < 0; }

void canonicalize(ScanResult &r) {
  sortUnique(r.findings);
  sortUnique(r.notifications);
  // Fingerprints are computed once, over the whole result: a later filter
  // (a baseline, --changed-since) must not renumber the ones it keeps.
  bool missing = false;
  for (const Finding &f : r.findings) missing = missing || f.fingerprint.empty();
  if (missing) {
    std::vector<std::string> fps = findingFingerprints(r);
    for (size_t i = 0; i < r.findings.size(); ++i) {
      r.findings[i].fingerprint = std::move(fps[i]);
      r.findings[i].evidence = evidenceHash(r.findings[i]);
    }
  }

  // Rule ids must be unique (results refer to rules by index); of several
  // descriptors with one id, the first in the total order wins.
  sortUnique(r.rules);
  r.rules.erase(std::unique(r.rules.begin(), r.rules.end(),
                            [](const RuleInfo &x, const RuleInfo &y) { return x.id == y.id; }),
                r.rules.end());

  std::sort(r.sourceFiles.begin(), r.sourceFiles.end());
  r.sourceFiles.erase(std::unique(r.sourceFiles.begin(), r.sourceFiles.end()), r.sourceFiles.end());
  std::sort(r.analyzedFiles.begin(), r.analyzedFiles.end());
  r.analyzedFiles.erase(std::unique(r.analyzedFiles.begin(), r.analyzedFiles.end()),
                        r.analyzedFiles.end());
}

} // namespace sluice::report
