// Shared by the unit tests that run real code through Clang.
#pragma once

#include "analyzer/rules_loader.h"

#include <catch2/catch.hpp>

namespace sluice::testing {

/// The repository's built-in rules, loaded once.
inline const RuleSet &builtinRules() {
  static RuleSet rules = [] {
    RuleSet r;
    std::vector<RuleError> errors;
    REQUIRE(loadRuleDirs({SLUICE_SOURCE_DIR "/rules"}, r, errors));
    return r;
  }();
  return rules;
}

} // namespace sluice::testing
