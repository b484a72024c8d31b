// The whole-program step after every worker: the taint link (with the
// internal policies behaviours need), capabilities settled by it, the
// manifest, and the behaviours. One place for the order these run in, used
// by `sluice scan`, `sluice capabilities` and the tests.
#pragma once

#include "analyzer/capabilities.h"
#include "analyzer/facts.h"
#include "analyzer/link.h"
#include "analyzer/link_units.h"
#include "analyzer/model.h"
#include "analyzer/program_graph.h"

#include <functional>
#include <vector>

namespace sluice {

struct ProgramAnalysis {
  std::vector<report::Finding> findings;  // taint rules, then behaviours
  /// Points into the units analyzed; empty after analyzePrograms linked
  /// several programs (their manifest entries' `fn` and `reached` then
  /// index graphs that are gone).
  ProgramGraph graph;
  Manifest manifest;
  LinkStats stats;
  bool behaviorsIncomplete = false;       // a behaviour search hit its budget
  bool outOfMemory = false;               // std::bad_alloc after the link
  std::vector<LinkUnit> programs;         // analyzePrograms: how the units were linked
};

/// Links `units` (capabilities waiting for a handle are settled in place)
/// and decides taint findings, the manifest and behaviour findings.
/// `stop`, polled between call-graph components and sink functions, ends
/// the step early (stats.cancelled): what was decided so far is returned.
/// `budget` bounds the taint link (see LinkBudget); a std::bad_alloc after
/// it (capabilities, manifest, behaviours) keeps the taint findings and
/// sets `behaviorsIncomplete`.
ProgramAnalysis analyzeProgram(std::vector<facts::TUFacts> &units, const RuleSet &rules,
                               const std::function<bool()> &stop = {},
                               const LinkBudget &budget = {});

} // namespace sluice

namespace sluice {

/// analyzeProgram over each program of `units` (see linkUnits), with what
/// is left of the budget's time for each; findings found in several
/// programs (a shared file) are reported once, and the manifests are
/// concatenated in program order. Up to `threads` programs are linked at
/// once (largest first); the result does not depend on how many, apart
/// from what the time and memory budgets cut (the work budgets are per
/// program and deterministic). After a program the stop cancelled, the
/// programs after it in program order are left out, as one at a time.
ProgramAnalysis analyzePrograms(std::vector<facts::TUFacts> &units, const RuleSet &rules,
                                const std::function<bool()> &stop = {},
                                const LinkBudget &budget = {}, unsigned threads = 1);

} // namespace sluice
