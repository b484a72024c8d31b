// The program's call graph over function facts: which definitions each
// call site may reach (direct calls by USR, virtual calls by overriders,
// unresolved function pointers by signature among address-taken
// functions). Shared by the taint link step and the capability engine so
// that both see the same program.
#pragma once

#include "analyzer/facts.h"

#include <cstddef>
#include <vector>

namespace sluice {

struct ProgramGraph {
  /// Every definition once. A function defined in a header and seen by
  /// several units is taken once (same USR, same file); same-USR
  /// definitions in different files (`main` of separate programs) are all
  /// kept and calls reach each.
  std::vector<const facts::FunctionFacts *> fns;
  /// Per function, per call site: indices into `fns`, sorted.
  std::vector<std::vector<std::vector<size_t>>> callees;
  size_t callEdges = 0;

  static ProgramGraph build(const std::vector<facts::TUFacts> &units);
};

} // namespace sluice
