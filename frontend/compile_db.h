// Which files to analyze and how to parse each: from a compilation database
// when there is one, otherwise from sensible defaults.
#pragma once

#include "frontend/compile_flags.h"
#include "frontend/tu_runner.h"

#include <string>
#include <vector>

namespace sluice {

struct SourceRequest {
  std::vector<std::string> paths;      // files or directories, as given
  std::string compileDbDir;            // -p; empty = look at the root and root/build
  std::string root;                    // absolute scan root
  std::vector<std::string> extraArgs;  // compiler arguments after `--` (trusted)
  std::vector<std::string> readableDirs;  // more directories Clang may read below
  /// Declaration headers of modelled libraries (the rules' headers/
  /// folders), searched after every real include directory, or before the
  /// system ones when `preferLibraryHeaders`.
  std::vector<std::string> libraryHeaderDirs;
  bool preferLibraryHeaders = false;
};

/// An input that is not analyzed, and why: a FIFO or device named like a
/// source file, a symlink out of the scan root, a database entry outside it.
struct SkippedInput {
  std::string file;                    // absolute
  std::string reason;
};

struct SourcePlan {
  std::vector<CompileJob> jobs;        // sorted by file, one per real file
  std::vector<std::string> compileDbs; // the databases used, most specific first
  std::vector<std::string> errors;     // unreadable inputs etc.; any error is fatal (exit 2)
  std::vector<SkippedInput> skipped;   // reported; they count as not analyzed
};

/// True for the file extensions scanned as translation units.
bool isSourceFile(const std::string &path);

SourcePlan planSources(const SourceRequest &req);

/// The default scan root for these inputs: the current directory when every
/// input lies below it, otherwise their deepest common directory.
std::string defaultRoot(const std::vector<std::string> &paths);

} // namespace sluice
