// Capability manifests (the base of --diff) and allow lists.
#include "analyzer/capabilities.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  std::string text(reinterpret_cast<const char *>(data), size);
  std::vector<std::string> allow = sluice::parseAllowList(text);
  sluice::Manifest m;
  std::vector<sluice::NewCapability> added;
  std::string error;
  (void)sluice::diffManifest(m, text, allow, added, error);
  return 0;
}
