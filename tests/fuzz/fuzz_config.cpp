// .sluice.yml, and the path globs its exclusions use.
#include "frontend/config.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  std::string text(reinterpret_cast<const char *>(data), size);
  sluice::ScanConfig config;
  std::vector<sluice::RuleError> errors;
  if (sluice::parseConfig(text, "/repo/.sluice.yml", config, errors))
    for (const std::string &g : config.exclude) {
      (void)sluice::pathGlobMatches(g, "src/a/b.c");
      (void)sluice::pathGlobMatches(g, g);
    }
  return 0;
}
