// git's unified diff output, as --changed-since reads it.
#include "frontend/changes.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  std::string text(reinterpret_cast<const char *>(data), size);
  sluice::ChangedLines lines;
  sluice::parseUnifiedDiff(text, "/repo", "/repo/src", lines);
  return 0;
}
