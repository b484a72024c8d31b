// The program's call graph over function facts: which definitions each
// call site may reach (direct calls by USR, virtual calls by overriders,
// unresolved function pointers by signature among address-taken
// functions). Shared by the taint link step and the capability engine so
// that both see the same program.
#pragma once

#include "analyzer/facts.h"

#include <cstddef>
#include <set>
#include <string>
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

/// Per function of `g`: whether it may be called from where the facts do
/// not show (address taken, virtual, an entry point, no name), so that its
/// parameters may hold anything. `addressTaken`: the units' USRs whose
/// address is taken.
std::vector<char> openFunctions(const ProgramGraph &g, const std::set<std::string> &addressTaken);

/// Copies of functions for the taint link, one per set of functions the
/// callers pass as callbacks (`walk(root, visit)` calling `visit(root)`,
/// or a walker that stores its parameter in a member of a state struct
/// and calls through that member further down). In a copy, a call through
/// such a parameter or member reaches what that caller passed, not what
/// any caller passes; direct calls that hand the callback on reach copies
/// too. Copy k is node `fns.size() + k`.
struct CallbackCopies {
  std::vector<size_t> of;  // per copy: the function copied (index into fns)
  /// Per copy, per call site: nodes (functions or copies), sorted.
  std::vector<std::vector<std::vector<size_t>>> callees;
  /// Functions with copies that no function without copies reaches any
  /// more (every call passing them known callbacks reaches a copy), and
  /// that nothing unseen calls: their calls are dropped (the copies do the
  /// same work with precise targets).
  size_t superseded = 0;
  bool capped = false;  // the limit stopped some copies (those calls keep the union)
};

/// Makes the copies and points the calls of `g` (and of the copies) at
/// them. At most `maxCopies` copies, and a bounded number per function;
/// beyond that a call keeps the union of every caller's callbacks.
CallbackCopies copyForCallbacks(ProgramGraph &g, const std::vector<facts::TUFacts> &units,
                                size_t maxCopies);

} // namespace sluice
