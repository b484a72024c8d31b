// The one loader for rule files: built-in models and policies under rules/
// and user files given with --rules go through the same code path.
#pragma once

#include "analyzer/model.h"
#include "analyzer/yaml_tree.h"

#include <string>
#include <vector>

namespace sluice {

/// Parses one YAML rule document held in `text` (named `fileName` in
/// errors) and appends its models and policies to `into`. Returns false and
/// appends to `errors` when the text is invalid; nothing from an invalid
/// file is added.
bool loadRuleText(const std::string &text, const std::string &fileName, RuleSet &into,
                  std::vector<RuleError> &errors);

/// Loads every *.yaml / *.yml file below each directory (sorted by path, so
/// the result does not depend on directory order), then checks the set as a
/// whole (duplicate rule ids, policies naming unknown kinds). Directories
/// that do not exist are errors.
bool loadRuleDirs(const std::vector<std::string> &dirs, RuleSet &into,
                  std::vector<RuleError> &errors);

} // namespace sluice
