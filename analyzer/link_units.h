// Which translation units link into one program.
//
// A source tree often holds several programs (examples/, tools/, a dump of
// generated samples), and linking them as one lets one program's getenv
// reach another program's system() through two same-named functions. A
// linker never joins two definitions of one external symbol, so neither do
// we. The rule, as a build would decide it:
//   1. Modules: the units of one build target when the compilation
//      database shows it (CMake's CMakeFiles/<target>.dir/ outputs), else
//      each unit alone.
//   2. A tree where no external function other than main is defined in
//      two files is one program: nothing can cross over between its
//      programs (the common case; redis's server, cli and benchmark share
//      a hundred files, and linking them apart tripled the link's time).
//   3. Otherwise each module defining main starts a program, which takes
//      the module defining each external function its members call and do
//      not define themselves: the only one, or among several the nearest
//      by directory to the main file (then the first by path), skipping
//      modules that define main or an external function the program
//      already has. A module can belong to several programs (a shared
//      util.c).
//   4. Modules no program took are linked as libraries: together, except
//      that modules defining the same external function go to different
//      groups.
// Calls through function pointers and virtual methods do not pull modules
// in; they are resolved within each program as before.
#pragma once

#include "analyzer/facts.h"

#include <string>
#include <vector>

namespace sluice {

struct LinkUnit {
  std::vector<size_t> units;  // indices into the input, sorted
  std::string mainFile;       // the file defining main; empty for a library group
};

/// The programs of `units`, ordered by main file (libraries last); every
/// unit is in at least one.
std::vector<LinkUnit> linkUnits(const std::vector<facts::TUFacts> &units);

} // namespace sluice
