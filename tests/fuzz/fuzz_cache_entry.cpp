// Cache entries (after authentication) and the worker payload they hold.
#include "frontend/cache.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  std::string text(reinterpret_cast<const char *>(data), size);
  sluice::CacheEntry entry;
  size_t line = 0;
  std::string why;
  (void)sluice::parseCacheEntry(text, std::string(64, 'a'), entry, line, why);
  sluice::TUOutcome outcome;
  (void)sluice::decodeOutcome(entry.payload.empty() ? text : entry.payload, outcome, why);
  return 0;
}
