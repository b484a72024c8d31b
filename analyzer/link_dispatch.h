// Pieces of the link step that need none of its state (Clang-free).
#pragma once

#include "analyzer/facts.h"

#include <cstddef>
#include <vector>

namespace sluice::link {

/// Call sites with at least this many targets go through a dispatcher.
constexpr size_t kDispatchMinTargets = 8;
/// Pointer levels a dispatcher passes on (as deep as access paths go).
constexpr int kMaxDerefs = 3;

/// The strongly connected components of a graph given as successor lists
/// (Tarjan's algorithm, iterative): components come out callees first,
/// each sorted.
std::vector<std::vector<size_t>> components(std::vector<std::vector<size_t>> succ);

/// The facts of a dispatcher for one set of targets of the same type: a
/// function the link makes, with one call site per target (located at the
/// target's definition, so a trace reads "passed to 'target'" there), that
/// passes each of its `params` parameters at every pointer level to each
/// target and returns, and leaves behind its pointer parameters, what any
/// target does. Its summary is then the union of the targets' summaries.
facts::FunctionFacts dispatcherFacts(const std::vector<const facts::FunctionFacts *> &targets,
                                     int params, size_t serial);

} // namespace sluice::link
