// Rule and model YAML (the one loader for built-in and user rule files).
#include "analyzer/rules_loader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  std::string text(reinterpret_cast<const char *>(data), size);
  sluice::RuleSet rules;
  std::vector<sluice::RuleError> errors;
  if (sluice::loadRuleText(text, "fuzz.yaml", rules, errors))
    rules.finalize();
  for (const auto &e : errors) (void)e.str();
  return 0;
}
