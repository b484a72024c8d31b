// compile_commands.json: Clang's parser, then Sluice's flag filter (what a
// hostile build may ask for).
#include "frontend/compile_flags.h"

#include "clang/Tooling/JSONCompilationDatabase.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  std::string text(reinterpret_cast<const char *>(data), size);
  std::string error;
  auto db = clang::tooling::JSONCompilationDatabase::loadFromBuffer(
      text, error, clang::tooling::JSONCommandLineSyntax::AutoDetect);
  if (!db) return 0;
  for (const clang::tooling::CompileCommand &c : db->getAllCompileCommands()) {
    sluice::FilteredCommand f = sluice::filterCompileCommand(c.CommandLine, c.Filename);
    (void)sluice::includeDirsOf(c.CommandLine, c.Directory);
    (void)f;
  }
  return 0;
}
