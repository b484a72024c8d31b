// Source text as the gate reads it: sluice-ignore comments (a small lexer
// over strangers' code) and rule globs.
#include "reports/suppressions.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  std::string_view text(reinterpret_cast<const char *>(data), size);
  for (const auto &s : sluice::report::findSuppressionComments(text))
    for (const std::string &r : s.rules) (void)sluice::report::ruleGlobMatches(r, "taint.cmd-injection");
  return 0;
}
