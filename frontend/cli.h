// Command-line parsing. Hand-written (no global option registry) so that the
// subcommands, their help and their errors stay under our control.
#pragma once

#include "frontend/audit.h"
#include "reports/finding.h"

#include <string>
#include <vector>

namespace sluice {

/// Documented exit codes (also in `sluice --help` and the README).
enum ExitCode : int {
  ExitClean = 0,        // no findings at or above --fail-on, every file analyzed
  ExitFindings = 1,     // findings at or above --fail-on
  ExitUsage = 2,        // bad invocation, unreadable input, invalid rule files
  ExitIncomplete = 3,   // no such findings, but some file could not be (fully) analyzed
};

enum class Format { Text, Sarif, Json };

/// How the declaration headers shipped with the rules (rules/headers/, and
/// headers/ of every --rules directory) are used.
enum class LibraryHeaders {
  Fallback,  // only where the real header is not installed (default)
  Bundled,   // before the installed ones: results that do not depend on
             // which libraries this machine has
  None,      // not at all
};

struct ScanOptions {
  std::vector<std::string> paths;
  std::string compileDbDir;
  Format format = Format::Text;
  std::string output;                 // -o; empty = stdout
  std::string sarifFile;              // --sarif
  unsigned jobs = 0;                  // 0 = number of cores
  report::Level failOn = report::Level::Warning;
  bool failOnNone = false;
  bool failOnSet = false;             // --fail-on given (overrides the configuration)
  // The gate (see 'sluice scan --help'):
  std::string baseline;               // --baseline <file>
  std::string writeBaseline;          // --write-baseline <file>
  std::string changedSince;           // --changed-since <git ref>
  std::string configFile;             // --config <file>; default <root>/.sluice.yml
  bool noConfig = false;              // --no-config
  std::string manifestFile;           // --manifest <file>: the capability manifest too
  std::string cacheDir;               // --cache <dir> (or cache: in .sluice.yml)
  bool noCache = false;               // --no-cache
  std::vector<std::string> ruleDirs;  // --rules
  std::vector<std::string> disabled;  // --disable
  bool noBuiltinRules = false;
  LibraryHeaders libraryHeaders = LibraryHeaders::Fallback;  // --library-headers
  unsigned timeoutSeconds = 300;
  unsigned long memoryMiB = 8192;
  /// Budget of the whole-program step (see LinkBudget): resident memory of
  /// the main process in MiB (-1: 40 % of physical memory; 0: none) and
  /// wall time in seconds (0: none).
  long linkMemoryMiB = -1;
  unsigned linkTimeoutSeconds = 600;
  /// Work per fact (see LinkBudget::workPerFact; 0: none): the budget that
  /// degrades the same way on every machine.
  unsigned long linkWorkPerFact = 1000;
  /// Work per function of one recursive component (see
  /// LinkBudget::componentWorkPerFunction; 0: none).
  unsigned long linkComponentWork = 20000;
  std::string root;                   // --root; empty = default
  std::vector<std::string> extraArgs; // after --
  bool quiet = false;
  enum class Color { Auto, Always, Never } color = Color::Auto;  // --color
  bool stats = false;                 // timing and memory on stderr
  // `sluice capabilities` only:
  bool capabilities = false;          // print the capability manifest instead
  std::string diffBase;               // --diff <base-manifest.json>
  std::string allowFile;              // --allow <file>; default .sluice/capabilities-allowed
};

struct RulesOptions {
  std::string action;                 // "list" or "show"
  std::string id;                     // for show
  std::vector<std::string> ruleDirs;
  bool noBuiltinRules = false;
};

struct Command {
  enum Kind { Help, Version, Scan, Rules, Capabilities, Audit } kind = Help;
  std::string helpTopic;              // "", "scan", "rules", "capabilities", "audit"
  ScanOptions scan;
  RulesOptions rules;
  AuditOptions audit;
};

/// Parses argv; on error returns false with a message for stderr.
bool parseCommandLine(int argc, const char *const *argv, Command &out, std::string &error);

std::string mainHelp();
std::string scanHelp();
std::string rulesHelp();
std::string capabilitiesHelp();

} // namespace sluice
