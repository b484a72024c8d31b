// Plain data exchanged between the analyzer and the report writers.
// Nothing here may include Clang or LLVM headers: reports/ is Clang-free.
#pragma once

#include <string>
#include <vector>

namespace sluice::report {

enum class Level { None, Note, Warning, Error };

/// "none", "note", "warning", "error".
const char *levelName(Level l);
/// Parses a level name; returns false when the text is not a level.
bool parseLevel(const std::string &text, Level &out);

/// A place in a source file. `file` is relative to the scan root when the
/// file lies under it (forward slashes), otherwise absolute.
struct Location {
  std::string file;
  unsigned line = 0;      // 1-based; 0 = whole file
  unsigned column = 0;    // 1-based; 0 = unknown
  unsigned endLine = 0;
  unsigned endColumn = 0;
  std::string snippet;    // text of the source line (trimmed), may be empty
};

/// One step of a data flow, in order from source to sink.
struct FlowStep {
  Location location;
  std::string message;   // "untrusted data enters from 'getenv'"
  std::string kind;      // "source", "propagation", "call", "return", "sink"
};

struct RelatedLocation {
  Location location;
  std::string message;
};

struct Finding {
  std::string ruleId;
  Level level = Level::Warning;
  std::string message;
  Location location;                 // primary location: the sink
  std::string function;              // enclosing function of the primary location
  std::vector<FlowStep> flow;        // empty when the finding has no data flow
  std::vector<RelatedLocation> related;
  std::string sourceKind;            // e.g. "env"; empty when not a taint finding
  std::string sinkKind;              // e.g. "command"
  /// Internal: the enclosing function's identity (USR@file), which names
  /// do not give (static helpers, main of separate programs).
  std::string functionId;
  std::string sourceApi;             // e.g. "getenv"; taint findings only
  std::string sinkApi;               // e.g. "system"

  // Set after the analysis, never compared by findingLess():
  /// partialFingerprints.primaryLocationLineHash (see findingFingerprints());
  /// filled by canonicalize().
  std::string fingerprint;
  /// What reaches the sink, without line numbers (see evidenceHash()): a
  /// baselined finding whose evidence changed (a new source reaches the
  /// old sink) is Updated, not Unchanged. Filled by canonicalize().
  std::string evidence;
  /// An in-source `sluice-ignore[rule-id]: reason` comment hides the finding
  /// (see suppressions.h): it stays in SARIF with its justification, is not
  /// shown as text and never fails the gate.
  bool suppressed = false;
  std::string suppressionReason;
  Location suppressionLocation;      // where the comment is
  /// Against a --baseline: New, Unchanged, or Updated (same sink and rule,
  /// other sources or parts); None without a baseline.
  enum class Baseline { None, New, Unchanged, Updated } baselineState = Baseline::None;
};

struct RuleInfo {
  std::string id;                    // "taint.cmd-injection"
  std::string name;                  // "CommandInjection"
  std::string shortDescription;
  std::string fullDescription;
  std::string helpText;              // plain text
  std::string helpMarkdown;          // markdown with a bad and a fixed example
  Level defaultLevel = Level::Warning;
  std::vector<unsigned> cwes;        // 78
  std::string securitySeverity;      // "9.8" (SARIF property is a string)
  std::vector<std::string> tags;     // extra tags besides "security" and CWE tags
};

/// Something the tool has to say about its own run: a file it could not
/// analyze, a parse error, a timeout, a crashed worker.
struct Notification {
  std::string id;                    // "tu-parse-error", "tu-crash", "tu-timeout", ...
  Level level = Level::Error;
  std::string message;
  Location location;                 // at least the file
};

struct ScanResult {
  std::string toolVersion;
  std::string srcRoot;               // absolute directory, no trailing slash
  std::vector<std::string> commandLine;
  std::vector<RuleInfo> rules;       // every enabled rule, sorted by id
  std::vector<Finding> findings;     // sorted, deduplicated
  std::vector<Notification> notifications;
  std::vector<std::string> analyzedFiles;  // relative like Location::file
  /// Every file below the root the analysis read (headers included),
  /// relative like Location::file; where suppressions are looked for.
  std::vector<std::string> sourceFiles;
  unsigned filesFailed = 0;          // translation units not (fully) analyzed
  bool executionSuccessful = true;
  /// Filled by applyBaseline(): findings of the base that are gone (fixed)
  /// and those kept; `file` empty when no baseline was given.
  struct BaselineSummary {
    std::string file;
    size_t added = 0, unchanged = 0, updated = 0, absent = 0;
  } baseline;
  /// With --changed-since: the reference, and how many findings were left
  /// out because no step of their flow touches a changed line.
  struct ChangeFilter {
    std::string ref;
    size_t outside = 0;
  } changes;
};

/// The canonical order of findings (a total order over every field).
bool findingLess(const Finding &a, const Finding &b);

/// Sorts findings and notifications into the canonical order used by every
/// writer, and drops exact duplicates. Writers assume this has been called.
void canonicalize(ScanResult &r);

} // namespace sluice::report
