// Which compiler flags from a repository's build may reach Clang.
//
// A compile_commands.json comes with the code being scanned, so it is as
// untrusted as the code. Its flags are filtered through an allow list: only
// flags that change how the code parses (include paths, macros, language,
// standard, target, semantic -f/-m flags, warnings) are kept. Everything
// else is dropped: flags that write files (-MF, -Wp,-MD, --serialize-
// diagnostics, module caches), load code (-fplugin, -Xclang -load, -mllvm),
// read configuration or response files (--config, @file, -ivfsoverlay), or
// change what the driver does (-E, -###). Build-only flags that cannot
// change a parse (-c, -o, -O2, -g, the usual -MD -MF of a build) are dropped
// silently; every other dropped flag is reported.
#pragma once

#include <string>
#include <vector>

namespace sluice {

struct DroppedFlag {
  std::string flag;    // as written, with its value: "-Wp,-MD,/tmp/x.d"
  std::string reason;  // "writes files", "loads code", ...
};

struct FilteredCommand {
  std::vector<std::string> args;     // kept flags, without argv[0] and inputs
  bool cxx = false;                  // the driver or -x says C++
  std::string target;                // a triple implied by the compiler's name, if any
  std::vector<DroppedFlag> dropped;  // to report
};

/// Filters a build's command line (argv[0] is the compiler, inputs and
/// outputs included). `file` decides the language when neither the driver
/// name nor -x does.
FilteredCommand filterCompileCommand(const std::vector<std::string> &command,
                                     const std::string &file);

/// The directories named by include flags (-I, -isystem, -iquote,
/// -idirafter, --sysroot, and the directories of -include/-imacros files),
/// made absolute against `cwd`. Used for the user's own `--` arguments,
/// which are trusted: what they name may be read.
std::vector<std::string> includeDirsOf(const std::vector<std::string> &args,
                                       const std::string &cwd);

} // namespace sluice
