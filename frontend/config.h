// .sluice.yml: a repository's scan settings, so CI, editors and people run
// the same scan. Command-line flags override it.
//
//   paths:
//     include: [src, tools]        # scanned when the command line names no path
//     exclude: ["third_party/**"]  # not analyzed, and no findings reported in them
//   rules:
//     enable: ["taint.*"]          # only these rules (ids or globs)
//     disable: [taint.format-string]
//     folders: [sluice-rules]      # extra rule folders, like --rules
//   fail-on: error                 # like --fail-on
//   baseline: .sluice/baseline.txt # like --baseline
//   compile-commands: build        # like -p
//   cache: .sluice/cache           # like --cache
//
// Relative paths are relative to the file's directory. An unknown key or a
// value of the wrong shape is an error naming the file, line and column
// (exit 2).
#pragma once

#include "analyzer/yaml_tree.h"

#include <optional>
#include <string>
#include <vector>

namespace sluice {

struct ScanConfig {
  std::string file;                      // where it was read from (absolute)
  std::string directory;                 // its directory
  std::vector<std::string> include;      // absolute
  std::vector<std::string> exclude;      // globs, relative to `directory`
  std::vector<std::string> enable;       // rule ids or globs; empty = all
  std::vector<std::string> disable;
  std::vector<std::string> ruleFolders;  // absolute
  std::optional<std::string> failOn;     // level name, checked
  std::optional<std::string> baseline;   // absolute
  std::optional<std::string> compileCommands;  // absolute
  std::optional<std::string> cache;            // absolute
};

/// Parses the text of a configuration file named `file` (absolute).
bool parseConfig(const std::string &text, const std::string &file, ScanConfig &out,
                 std::vector<RuleError> &errors);

/// Reads `file`; an unreadable file is an error.
bool loadConfig(const std::string &file, ScanConfig &out, std::vector<RuleError> &errors);

/// Does `path` (relative, '/'-separated) match `glob`? '*' and '?' stay
/// within one path segment, '**' spans segments, a trailing '/' or a glob
/// naming a directory matches everything below it.
bool pathGlobMatches(const std::string &glob, const std::string &path);

} // namespace sluice
