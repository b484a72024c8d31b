// Runs Clang on one translation unit and the analyzer over its AST.
#pragma once

#include "analyzer/model.h"
#include "analyzer/taint_analysis.h"
#include "frontend/compile_flags.h"

#include <string>
#include <vector>

namespace sluice {

/// How to parse one file: a compiler command line as a build would run it
/// (argv[0] is the compiler) and the directory it runs in.
struct CompileJob {
  std::string file;                  // absolute, symlinks resolved
  std::string directory;
  std::vector<std::string> command;  // filtered; includes argv[0] and the file
  std::vector<std::string> readable; // directories Clang may read below
  std::vector<DroppedFlag> dropped;  // build flags not passed to Clang
  std::vector<std::string> libraryHeaderDirs;  // see SourceRequest
  /// The build target the database's output path names (CMake:
  /// CMakeFiles/<target>.dir/...), or empty (see linkUnits).
  std::string target;
};

/// What analyzing one translation unit produced, and how well parsing went.
struct TUOutcome {
  std::string file;                  // as reported (relative to the root)
  TUAnalysis analysis;
  unsigned parseErrors = 0;          // error diagnostics Clang emitted
  std::vector<std::string> firstErrors;  // "file:line:col: message", at most a few
  bool frontendFailed = false;       // Clang could not produce an AST at all
  std::vector<std::string> refusedReads;  // "PATH (why)": what the sandbox did not let Clang read
  /// Includes no directory had: "NAME (FILE:LINE)". The parse went on
  /// without them; what they would have declared is unknown to Clang.
  std::vector<std::string> missingHeaders;
  /// Includes served by the bundled library declarations (names as written).
  std::vector<std::string> bundledHeaders;
  /// When a second parse declared the names missing headers left unknown
  /// (see UnknownNames): what it declared. Empty otherwise.
  std::string recoveredNames;
  /// The files Clang read (absolute, real paths), for the cache.
  std::vector<std::string> filesRead;
};

/// Parses and analyzes the job in this process. Never builds or runs the
/// code: Clang only parses (-fsyntax-only).
TUOutcome analyzeTU(const CompileJob &job, const RuleSet &rules, const std::string &root);

/// Parses and analyzes source text held in memory as `fileName` (tests,
/// editor integrations). `args` are compiler arguments without the file.
TUOutcome analyzeCode(const std::string &code, const std::string &fileName,
                      const std::vector<std::string> &args, const RuleSet &rules);

/// Serialization for the worker pipe.
std::string encodeOutcome(const TUOutcome &o);
bool decodeOutcome(const std::string &text, TUOutcome &o, std::string &error);

} // namespace sluice
