#include "analyzer/program_analysis.h"
#include "analyzer/process_memory.h"

#include "analyzer/behaviors.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <optional>
#include <thread>
#include <chrono>
#include <map>
#include <new>
#include <set>

namespace sluice {

namespace {
/// Programs of at least this many units hand their freed memory back when
/// linked (malloc_trim walks every arena, so not after each small one).
constexpr size_t kTrimAfterUnits = 16;
} // namespace

namespace {

bool privilegedCapability(const facts::FunctionFacts &f) {
  for (const facts::Capability &c : f.capabilities)
    if (c.kind == "priv-change" || c.kind == "net-listen" || c.kind == "net-accept")
      return true;
  return false;
}

/// The functions that run where whoever runs the program may have less
/// power than the program itself: those reachable from an entry (`main`)
/// that reaches a change of user or group identity (a setuid program drops
/// or raises privileges) or a listening or accepting socket. Then their
/// command line and standard input are not just their operator's. A tree
/// of several programs decides per program: a build helper's main next to
/// a setuid tool keeps its notes. Without any main (a library), every
/// function counts when any function has such a capability.
std::set<size_t> privilegedFunctions(const ProgramGraph &g) {
  std::set<size_t> out;
  bool anyMain = false, anyPrivileged = false;
  for (size_t fi = 0; fi < g.fns.size(); ++fi) {
    anyPrivileged |= privilegedCapability(*g.fns[fi]);
    if (g.fns[fi]->entry != "main")
      continue;
    anyMain = true;
    std::vector<size_t> reach{fi};
    std::set<size_t> seen{fi};
    bool privileged = false;
    for (size_t i = 0; i < reach.size(); ++i) {
      privileged |= privilegedCapability(*g.fns[reach[i]]);
      for (const std::vector<size_t> &site : g.callees[reach[i]])
        for (size_t h : site)
          if (seen.insert(h).second)
            reach.push_back(h);
    }
    if (privileged)
      out.insert(reach.begin(), reach.end());
  }
  if (!anyMain && anyPrivileged)
    for (size_t fi = 0; fi < g.fns.size(); ++fi)
      out.insert(fi);
  return out;
}

/// Operator input (argv, standard input: source kind user-input) keeps the
/// level a policy's `levels` gives it, unless the finding's function runs
/// with privilege (above): then a lower level is raised back to the rule's
/// own.
void operatorInputLevels(std::vector<report::Finding> &findings, const RuleSet &rules,
                         const ProgramGraph &g) {
  std::set<size_t> privileged = privilegedFunctions(g);
  if (privileged.empty())
    return;
  std::set<std::string> ids;
  for (size_t fi : privileged)
    ids.insert(functionId(*g.fns[fi]));
  for (report::Finding &f : findings) {
    if (f.sourceKind != "user-input" || !ids.count(f.functionId))
      continue;
    const Policy *p = rules.policy(f.ruleId);
    if (p && f.level < p->info.defaultLevel)
      f.level = p->info.defaultLevel;
  }
}

} // namespace

ProgramAnalysis analyzeProgram(std::vector<facts::TUFacts> &units, const RuleSet &rules,
                               const std::function<bool()> &stop,
                               const LinkBudget &budget) {
  ProgramAnalysis out;
  // SLUICE_LINK_PROGRESS (a debugging aid): each phase's time.
  const bool progress = std::getenv("SLUICE_LINK_PROGRESS") != nullptr;
  auto phaseStart = std::chrono::steady_clock::now();
  auto phase = [&](const char *name) {
    auto now = std::chrono::steady_clock::now();
    if (progress)
      std::fprintf(stderr, "link: phase %s %.2f s\n", name,
                   std::chrono::duration<double>(now - phaseStart).count());
    phaseStart = now;
  };
  // Behaviours' flow conditions and handle-waiting capabilities ride along
  // as internal policies; their findings are inputs, not results.
  std::vector<Policy> policies = rules.policies;
  for (Policy &p : behaviorFlowPolicies(rules.behaviors))
    policies.push_back(std::move(p));
  policies.push_back(capabilityHandlePolicy());
  std::vector<report::Finding> flows, confirmations;
  for (report::Finding &f : linkProgram(units, policies, &out.stats, stop, budget))
    (isFlowPolicyId(f.ruleId)               ? flows
     : isCapabilityHandlePolicyId(f.ruleId) ? confirmations
                                            : out.findings)
        .push_back(std::move(f));
  phase("link");
  if (out.stats.cancelled) {
    out.graph = ProgramGraph::build(units);
    operatorInputLevels(out.findings, rules, out.graph);
    return out;
  }
  bool levelsDecided = false;
  try {
    settleCapabilities(units, confirmations);
    out.graph = ProgramGraph::build(units);
    operatorInputLevels(out.findings, rules, out.graph);
    levelsDecided = true;
    phase("graph");
    out.manifest = buildManifest(out.graph, rules);
    phase("manifest");
    std::vector<report::Finding> found = evaluateBehaviors(
        out.graph, out.manifest, rules, flows, out.findings, &out.behaviorsIncomplete);
    phase("behaviours");
    for (report::Finding &f : found)
      out.findings.push_back(std::move(f));
  } catch (const std::bad_alloc &) {
    // The taint findings stand; behaviours (and the manifest) may be cut.
    out.behaviorsIncomplete = true;
    out.outOfMemory = true;
    if (!levelsDecided)  // who runs what is unknown: operator input at the rules' levels
      for (report::Finding &f : out.findings)
        if (const Policy *p = rules.policy(f.ruleId); p && f.sourceKind == "user-input")
          f.level = std::max(f.level, p->info.defaultLevel);
  }
  return out;
}

namespace {

void mergeStats(LinkStats &into, const LinkStats &from) {
  into.functions += from.functions;
  into.callbackCopies += from.callbackCopies;
  into.superseded += from.superseded;
  into.copiesCapped = into.copiesCapped || from.copiesCapped;
  into.callEdges += from.callEdges;
  into.rounds = std::max(into.rounds, from.rounds);
  into.converged = into.converged && from.converged;
  into.cancelled = into.cancelled || from.cancelled;
  auto addSorted = [](std::vector<std::string> &a, const std::vector<std::string> &b) {
    a.insert(a.end(), b.begin(), b.end());
    std::sort(a.begin(), a.end());
    a.erase(std::unique(a.begin(), a.end()), a.end());
  };
  addSorted(into.unconverged, from.unconverged);
  addSorted(into.cut, from.cut);
  addSorted(into.widened, from.widened);
  addSorted(into.degraded, from.degraded);
  into.traceNodes += from.traceNodes;
  into.atoms += from.atoms;
  into.entryOffers += from.entryOffers;
  into.entriesStored += from.entriesStored;
  into.entriesDropped += from.entriesDropped;
  into.entriesKnown += from.entriesKnown;
  into.sinkOffers += from.sinkOffers;
  into.slowest.insert(into.slowest.end(), from.slowest.begin(), from.slowest.end());
  std::stable_sort(into.slowest.begin(), into.slowest.end(),
                   [](const auto &a, const auto &b) { return a.seconds > b.seconds; });
  if (into.slowest.size() > 10)
    into.slowest.resize(10);
  if (into.degradedBy.empty() && !from.degradedBy.empty()) {
    into.degradedBy = from.degradedBy;
    into.degradedAtMiB = from.degradedAtMiB;
    into.maxWork = from.maxWork;  // the program that degraded first
  }
}

/// What makes two findings the same report.
std::string findingKey(const report::Finding &f) {
  std::string k = f.ruleId + "|" + f.location.file + ":" + std::to_string(f.location.line) + ":" +
                  std::to_string(f.location.column) + "|" + f.sinkApi + "|" + f.sourceApi + "|" +
                  f.message;
  if (!f.flow.empty())
    k += "|" + f.flow.front().location.file + ":" + std::to_string(f.flow.front().location.line) +
         ":" + std::to_string(f.flow.front().location.column);
  return k;
}

/// Sources listed with a finding beside the one its flow shows.
constexpr size_t kMaxOtherSources = 16;

/// One finding per rule and sink: the other sources that reach the same
/// sink become related locations of the one shown, which has the highest
/// level and then the shortest flow. A server's request handler reached
/// from sixteen reads of the socket is one thing to review, not sixteen
/// (redis: 987 findings on 106 sinks). Findings without a source
/// (behaviours) are left as they are.
void oneFindingPerSink(std::vector<report::Finding> &findings) {
  using report::Finding;
  std::map<std::string, std::vector<size_t>> bySink;
  for (size_t i = 0; i < findings.size(); ++i) {
    const Finding &f = findings[i];
    if (f.sourceApi.empty())
      continue;
    bySink[f.ruleId + "|" + f.functionId + "|" + f.location.file + ":" +
           std::to_string(f.location.line) + ":" + std::to_string(f.location.column) + "|" +
           f.sinkApi]
        .push_back(i);
  }
  std::vector<char> drop(findings.size(), 0);
  for (auto &[key, group] : bySink) {
    if (group.size() < 2)
      continue;
    // Whatever order the findings came in: the first by level, flow
    // length, then the canonical order of findings.
    std::sort(group.begin(), group.end(), [&](size_t a, size_t b) {
      const Finding &x = findings[a], &y = findings[b];
      if (x.level != y.level)
        return x.level > y.level;
      if (x.flow.size() != y.flow.size())
        return x.flow.size() < y.flow.size();
      return report::findingLess(x, y);
    });
    Finding &shown = findings[group[0]];
    std::set<std::string> listed;
    size_t more = 0;
    for (size_t k = 1; k < group.size(); ++k) {
      const Finding &other = findings[group[k]];
      drop[group[k]] = 1;
      if (other.flow.empty())
        continue;
      const report::Location &at = other.flow.front().location;
      std::string msg = "also reached from " + describeSourceKind(other.sourceKind) + " '" +
                        other.sourceApi + "'";
      if (!listed.insert(at.file + ":" + std::to_string(at.line) + ":" +
                         std::to_string(at.column) + "|" + msg)
               .second)
        continue;
      if (listed.size() > kMaxOtherSources) {
        ++more;
        continue;
      }
      shown.related.push_back({at, msg});
    }
    size_t others = listed.size();
    if (others > 0)
      shown.message += " (and " + std::to_string(others) + " other source" +
                       (others == 1 ? "" : "s") + (more ? ", " + std::to_string(more) +
                                                             " of them not listed" : "") +
                       ")";
  }
  size_t out = 0;
  for (size_t i = 0; i < findings.size(); ++i)
    if (!drop[i]) {
      if (out != i)
        findings[out] = std::move(findings[i]);
      ++out;
    }
  findings.resize(out);
}

} // namespace

ProgramAnalysis analyzePrograms(std::vector<facts::TUFacts> &units, const RuleSet &rules,
                                const std::function<bool()> &stop, const LinkBudget &budget,
                                unsigned threads) {
  std::vector<LinkUnit> programs = linkUnits(units);
  if (programs.size() == 1) {
    ProgramAnalysis out = analyzeProgram(units, rules, stop, budget);
    oneFindingPerSink(out.findings);
    out.programs = std::move(programs);
    return out;
  }
  // Programs share units (a library linked into several), so each links
  // its own copy of their facts. Largest first, so that the longest link
  // starts at once and the small ones fill the other threads.
  std::vector<size_t> byUnits(programs.size());
  for (size_t i = 0; i < byUnits.size(); ++i)
    byUnits[i] = i;
  std::stable_sort(byUnits.begin(), byUnits.end(), [&](size_t a, size_t b) {
    return programs[a].units.size() > programs[b].units.size();
  });
  // A unit in one program only is moved into that program's copy and
  // back afterwards (settled in place, as a single program's are); only
  // the shared ones are copied, so the facts are not held twice.
  std::vector<unsigned> uses(units.size(), 0);
  for (const LinkUnit &lu : programs)
    for (size_t u : lu.units)
      ++uses[u];
  std::vector<std::optional<ProgramAnalysis>> done(programs.size());
  std::vector<std::exception_ptr> failed(programs.size());
  std::atomic<size_t> next{0};
  auto started = std::chrono::steady_clock::now();
  const bool progress = std::getenv("SLUICE_LINK_PROGRESS") != nullptr;  // a debugging aid
  auto work = [&] {
    for (size_t k; (k = next.fetch_add(1)) < byUnits.size();) {
      size_t i = byUnits[k];
      try {
        LinkBudget b = budget;
        if (budget.maxSeconds > 0) {
          double used =
              std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
          b.maxSeconds = std::max(budget.maxSeconds - used, 1e-3);  // 0 would mean no limit
        }
        std::vector<facts::TUFacts> part;
        part.reserve(programs[i].units.size());
        for (size_t u : programs[i].units)
          part.push_back(uses[u] == 1 ? std::move(units[u]) : units[u]);
        auto giveBack = [&] {
          for (size_t j = 0; j < part.size(); ++j)
            if (uses[programs[i].units[j]] == 1)
              units[programs[i].units[j]] = std::move(part[j]);
        };
        auto t0 = std::chrono::steady_clock::now();
        try {
          done[i] = analyzeProgram(part, rules, stop, b);
        } catch (...) {
          giveBack();
          throw;
        }
        giveBack();
        if (part.size() >= kTrimAfterUnits)
          releaseFreedMemory();  // a big program's link state is gone
        if (progress)
          std::fprintf(stderr, "link: program %s: %zu units, %.2f s\n",
                       programs[i].mainFile.c_str(), part.size(),
                       std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
                           .count());
      } catch (...) {
        failed[i] = std::current_exception();
      }
    }
  };
  threads = static_cast<unsigned>(std::clamp<size_t>(threads, 1, programs.size()));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t)
    pool.emplace_back(work);
  work();
  for (std::thread &t : pool)
    t.join();
  ProgramAnalysis out;
  std::set<std::string> seen, seenEntries;
  for (size_t i = 0; i < programs.size(); ++i) {
    if (failed[i])
      std::rethrow_exception(failed[i]);
    ProgramAnalysis &one = *done[i];
    for (report::Finding &f : one.findings)
      if (seen.insert(findingKey(f)).second)
        out.findings.push_back(std::move(f));
    for (EntryPoint &e : one.manifest.entries) {
      std::string key = e.why + "|" + e.name + "|" + e.location.file + ":" +
                        std::to_string(e.location.line) + ":" + std::to_string(e.location.column);
      if (seenEntries.insert(key).second)
        out.manifest.entries.push_back(std::move(e));
    }
    mergeStats(out.stats, one.stats);
    out.behaviorsIncomplete = out.behaviorsIncomplete || one.behaviorsIncomplete;
    out.outOfMemory = out.outOfMemory || one.outOfMemory;
    if (one.stats.cancelled)
      break;
  }
  oneFindingPerSink(out.findings);
  out.programs = std::move(programs);
  return out;
}

} // namespace sluice
