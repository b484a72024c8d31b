// The whole-program link step: resolves the symbolic atoms of every
// function's facts across calls and files, then decides findings against the
// policies. Clang-free and cheap: it only touches facts.
#pragma once

#include "analyzer/facts.h"
#include "analyzer/model.h"
#include "analyzer/process_memory.h"
#include "reports/finding.h"

#include <functional>
#include <set>
#include <string>
#include <vector>

namespace sluice {

struct LinkStats {
  size_t functions = 0;
  /// Copies of functions per set of callbacks their callers pass
  /// (CallbackCopies), and functions whose calls the copies took over.
  size_t callbackCopies = 0, superseded = 0;
  bool copiesCapped = false;
  size_t callEdges = 0;
  size_t rounds = 0;                     // most rounds one component needed
  bool converged = true;
  bool cancelled = false;                // stopped by the caller's stop()
  std::vector<std::string> unconverged;  // functions of components that did not converge
  /// Functions of recursive components stopped by their share of work
  /// (LinkBudget::componentWorkPerFunction): their summaries hold what
  /// was found until then.
  std::vector<std::string> cut;
  std::vector<std::string> widened;      // functions whose summary hit a cap
  size_t traceNodes = 0;                 // memory indicators
  size_t atoms = 0;
  /// Work indicators: candidate entries offered to summaries, and of them
  /// those stored new, dropped by a full slot, or already known; sink
  /// candidates that were not known already (see sinkKnown).
  size_t entryOffers = 0, entriesStored = 0, entriesDropped = 0, entriesKnown = 0;
  size_t sinkOffers = 0;
  /// The components that took longest: seconds, rounds, size, a member.
  struct Component {
    double seconds = 0;
    size_t rounds = 0, functions = 0;
    std::string example;
  };
  std::vector<Component> slowest;  // at most 10, slowest first
  /// Why the step degraded ("work", "memory", "time", "out of memory"),
  /// empty when it did not: from then on functions were linked by their
  /// sinks only (see LinkBudget), and `degraded` names them.
  std::string degradedBy;
  size_t degradedAtMiB = 0;              // resident memory when it degraded
  size_t maxWork = 0;                    // the work budget in force (0: none)
  std::vector<std::string> degraded;
};

/// The work budget counts a program as at least this many facts, so a
/// small one is not cut (see LinkBudget).
constexpr size_t kLinkMinFacts = 10'000;

/// What the whole-program step may use. Reaching a limit never fails the
/// step: it degrades. The component being linked stops where it is, and
/// every function after it is linked by its sinks only (what its own
/// sources and its callees' finished summaries bring to its sinks), so its
/// findings within itself and from finished callees are still reported
/// while flows through its parameters, returns and globals are not. A
/// std::bad_alloc inside the step does the same, after releasing a
/// reserve held for that. Global resolution at decision time is skipped
/// once degraded. LinkStats::degradedBy says what happened.
///
/// Work (entries and sink entries offered, LinkStats) is the budget that
/// keeps a report deterministic: the same facts degrade at the same point
/// on any machine. Memory and time are backstops that depend on the
/// machine.
struct LinkBudget {
  /// Work per fact of the program (a flow or a sink of a function),
  /// counting at least `minFacts`; 0: no limit. Linear in the program's
  /// size.
  size_t workPerFact = 0;
  size_t minFacts = kLinkMinFacts;
  /// Work one recursive component may spend, per function of it (counting
  /// at least 16): past it the component stops where it is, unconverged,
  /// and the link goes on with the rest of the program (LinkStats::cut);
  /// 0: no limit. Deterministic like workPerFact.
  size_t componentWorkPerFunction = 0;
  size_t maxMemoryMiB = 0;  // resident memory of the process; 0: no limit
  double maxSeconds = 0;    // wall time of the link; 0: no limit
  /// How resident memory is read (tests substitute it).
  std::function<size_t()> memoryMiB = residentMiB;
};

/// Links the facts of every translation unit of one program and returns the
/// findings. A function defined in a header and seen by several units is
/// taken once (same USR, same file); same-USR definitions in different files
/// (`main` of separate programs) are all kept and calls reach each.
std::vector<report::Finding> linkProgram(const std::vector<facts::TUFacts> &units,
                                         const std::vector<Policy> &policies,
                                         LinkStats *stats = nullptr,
                                         const std::function<bool()> &stop = {},
                                         const LinkBudget &budget = {});

} // namespace sluice
