// Baseline files: Sluice's line format and SARIF logs.
#include "reports/baseline.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  std::string text(reinterpret_cast<const char *>(data), size);
  std::vector<sluice::report::BaselineEntry> base;
  std::string error;
  if (sluice::report::parseBaseline(text, "fuzz.txt", base, error)) {
    sluice::report::ScanResult r;
    sluice::report::Finding f;
    f.ruleId = "taint.cmd-injection";
    f.fingerprint = "0123456789abcdef:1";
    r.findings.push_back(f);
    sluice::report::applyBaseline(r, base, "fuzz.txt");
  }
  return 0;
}
