// Which files to analyze and how to parse each: from a compilation database
// when there is one, otherwise from sensible defaults.
#pragma once

#include "frontend/tu_runner.h"

#include <string>
#include <vector>

namespace sluice {

struct SourceRequest {
  std::vector<std::string> paths;      // files or directories, as given
  std::string compileDbDir;            // -p; empty = look at the root and root/build
  std::string root;                    // absolute scan root
  std::vector<std::string> extraArgs;  // compiler arguments after `--`
};

struct SourcePlan {
  std::vector<CompileJob> jobs;        // sorted by file
  std::string compileDb;               // the database used, if any
  std::vector<std::string> errors;     // unreadable inputs etc.; any error is fatal (exit 2)
};

/// True for the file extensions scanned as translation units.
bool isSourceFile(const std::string &path);

SourcePlan planSources(const SourceRequest &req);

/// The default scan root for these inputs: the current directory when every
/// input lies below it, otherwise their deepest common directory.
std::string defaultRoot(const std::vector<std::string> &paths);

} // namespace sluice
