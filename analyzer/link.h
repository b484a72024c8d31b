// The whole-program link step: resolves the symbolic atoms of every
// function's facts across calls and files, then decides findings against the
// policies. Clang-free and cheap: it only touches facts.
#pragma once

#include "analyzer/facts.h"
#include "analyzer/model.h"
#include "reports/finding.h"

#include <functional>
#include <set>
#include <string>
#include <vector>

namespace sluice {

struct LinkStats {
  size_t functions = 0;
  size_t callEdges = 0;
  size_t rounds = 0;                     // most rounds one component needed
  bool converged = true;
  bool cancelled = false;                // stopped by the caller's stop()
  std::vector<std::string> unconverged;  // functions of components that did not converge
  std::vector<std::string> widened;      // functions whose summary hit a cap
  size_t traceNodes = 0;                 // memory indicators
  size_t atoms = 0;
  /// The components that took longest: seconds, rounds, size, a member.
  struct Component {
    double seconds = 0;
    size_t rounds = 0, functions = 0;
    std::string example;
  };
  std::vector<Component> slowest;  // at most 10, slowest first
};

/// Links the facts of every translation unit of one program and returns the
/// findings. A function defined in a header and seen by several units is
/// taken once (same USR, same file); same-USR definitions in different files
/// (`main` of separate programs) are all kept and calls reach each.
std::vector<report::Finding> linkProgram(const std::vector<facts::TUFacts> &units,
                                         const std::vector<Policy> &policies,
                                         LinkStats *stats = nullptr,
                                         const std::function<bool()> &stop = {});

} // namespace sluice
