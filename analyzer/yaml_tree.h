// A small YAML tree with positions, for the formats Sluice reads itself
// (rule files, .sluice.yml): llvm::yaml's tree is lazy and tied to its
// stream, so documents are copied into YNode first.
#pragma once

#include <string>
#include <vector>

namespace sluice {

/// A located problem in an input file (rule file, configuration).
struct RuleError {
  std::string file;
  unsigned line = 0;
  unsigned column = 0;
  std::string message;
  /// "file:line:col: error: message", the form editors understand.
  std::string str() const;
};

struct YEntry;

/// A fully parsed YAML node with its position.
struct YNode {
  enum Kind { Scalar, Sequence, Mapping, Null } kind = Null;
  std::string value;                                   // Scalar
  std::vector<YNode> items;                            // Sequence
  std::vector<YEntry> entries;                         // Mapping, in order
  unsigned line = 0, column = 0;
};

/// One key and its value in a mapping (`for (auto &[k, v] : n.entries)`).
struct YEntry {
  YNode key, value;
};

/// Parses YAML text into documents. Syntax errors, aliases (not supported)
/// and nesting deeper than kMaxYamlDepth are appended to `errors` with their
/// positions, and the result is false.
bool parseYaml(const std::string &text, const std::string &fileName, std::vector<YNode> &docs,
               std::vector<RuleError> &errors);

constexpr unsigned kMaxYamlDepth = 64;

} // namespace sluice
