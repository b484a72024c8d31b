// The whole-program link step (see link.h): the driver. Components of the
// call graph bottom-up, each to its fixpoint; the budgets and the degraded
// mode; a function's visit and what its callees do at each call. The
// Linker's other parts are named in link_linker.h.
#include "analyzer/link.h"

#include "analyzer/link_dispatch.h"
#include "analyzer/link_linker.h"
#include "analyzer/process_memory.h"
#include "analyzer/program_graph.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace sluice {

namespace link::detail {

/// Rounds of one strongly connected component's fixpoint before giving up;
/// each round visits every function of the component.
constexpr size_t kMaxRounds = 200;
/// Copies of functions per set of callbacks (CallbackCopies): at most this
/// many, plus one per this many functions of the program.
constexpr size_t kMinCallbackCopies = 256;
constexpr size_t kFunctionsPerCallbackCopy = 4;
/// Work units after which a finished component's freed memory is handed back.
constexpr size_t kTrimAfterWork = 1000000;

Linker::Linker(const std::vector<facts::TUFacts> &units, const std::vector<Policy> &policies,
               const std::function<bool()> &stop, const LinkBudget &budget)
    : policies_(policies), shapes_(units), stop_(stop), budget_(budget) {
  ProgramGraph g = ProgramGraph::build(units);
  CallbackCopies copies =
      copyForCallbacks(g, units, kMinCallbackCopies + g.fns.size() / kFunctionsPerCallbackCopy);
  for (size_t i = 0; i < g.fns.size(); ++i) {
    fns_.push_back(Fn{});
    fns_.back().f = g.fns[i];
    fns_.back().callees = std::move(g.callees[i]);
  }
  stats_.callEdges = g.callEdges;
  stats_.functions = fns_.size();
  for (size_t k = 0; k < copies.of.size(); ++k) {
    fns_.push_back(Fn{});
    fns_.back().f = g.fns[copies.of[k]];
    fns_.back().callees = std::move(copies.callees[k]);
  }
  for (size_t i = 0; i < fns_.size(); ++i)
    firstVisit_.push_back({i < g.fns.size() ? i : copies.of[i - g.fns.size()], i});
  stats_.callbackCopies = copies.of.size();
  stats_.superseded = copies.superseded;
  stats_.copiesCapped = copies.capped;
  addDispatchers();
  size_t facts = 0;
  for (size_t i = 0, id = 0; i < fns_.size(); ++i) {
    sinkBase_.push_back(id);
    id += fns_[i].f->sinks.size();
    facts += fns_[i].f->sinks.size() + fns_[i].f->flows.size();
  }
  facts = std::max(facts, budget_.minFacts);
  if (budget_.workPerFact > 0)  // saturating: a huge budget is no limit
    stats_.maxWork = budget_.workPerFact > ~size_t(0) / std::max<size_t>(facts, 1)
                         ? ~size_t(0)
                         : budget_.workPerFact * facts;
}

void Linker::addDispatchers() {
  size_t real = fns_.size();
  std::map<std::vector<size_t>, int> params;  // target set -> arguments passed
  auto eligible = [&](const std::vector<size_t> &targets) {
    if (targets.size() < kDispatchMinTargets)
      return false;
    for (size_t h : targets)
      if (fns_[h].f->variadicIndex >= 0)
        return false;  // its `...` stands for a varying number of arguments
    return true;
  };
  for (size_t fi = 0; fi < real; ++fi)
    for (size_t c = 0; c < fns_[fi].callees.size(); ++c)
      if (eligible(fns_[fi].callees[c])) {
        int &n = params[fns_[fi].callees[c]];
        n = std::max(n, fns_[fi].f->calls[c].argCount);
      }
  std::map<std::vector<size_t>, size_t> made;
  for (const auto &[targets, n] : params) {
    made[targets] = fns_.size();
    std::vector<const FunctionFacts *> fs;
    for (size_t h : targets)
      fs.push_back(fns_[h].f);
    dispatchers_.push_back(link::dispatcherFacts(fs, n, dispatchers_.size()));
    std::vector<std::vector<size_t>> callees;
    for (size_t h : targets)
      callees.push_back({h});
    fns_.push_back(Fn{});
    fns_.back().f = &dispatchers_.back();
    fns_.back().callees = std::move(callees);
  }
  for (size_t fi = 0; fi < real; ++fi)
    for (std::vector<size_t> &targets : fns_[fi].callees)
      if (auto it = made.find(targets); it != made.end())
        targets = {it->second};
}

std::vector<report::Finding> Linker::run() {
  // Bottom-up over the call graph's strongly connected components: each
  // is iterated to its fixpoint once, with its callees already final,
  // and then frozen.
  std::vector<std::vector<size_t>> callees;
  for (const Fn &fn : fns_) {
    callees.emplace_back();
    for (const std::vector<size_t> &c : fn.callees)
      callees.back().insert(callees.back().end(), c.begin(), c.end());
  }
  for (const std::vector<size_t> &scc : link::components(callees)) {
    if (stopped())
      break;
    bool begun = false;
    try {
      if (!overBudget()) {
        begun = true;
        linkComponent(scc);
      }
    } catch (const std::bad_alloc &) {
      outOfMemory();
    }
    if (!begun)
      for (size_t fi : scc)
        linkSinksOnly(fi);
    else if (degraded())  // the budget ran out inside it: half linked
      degradedFns_.insert(scc.begin(), scc.end());
    // What only the component itself reads is dropped once it is final:
    // its arguments to calls.
    for (size_t fi : scc) {
      for (auto it = fns_[fi].res.begin(); it != fns_[fi].res.end();)
        it = it->first.rfind("arg|", 0) == 0 ? fns_[fi].res.erase(it) : std::next(it);
      fns_[fi].argLog.clear();
    }
  }
  for (const Fn &fn : fns_)
    if (fn.widened || fn.f->widened)
      stats_.widened.push_back(fn.f->name);
  std::sort(stats_.widened.begin(), stats_.widened.end());
  std::sort(stats_.unconverged.begin(), stats_.unconverged.end());
  std::sort(stats_.cut.begin(), stats_.cut.end());
  for (size_t fi : degradedFns_)
    if (fi < stats_.functions + stats_.callbackCopies)  // not the link's own dispatchers
      stats_.degraded.push_back(fns_[fi].f->name);
  std::sort(stats_.degraded.begin(), stats_.degraded.end());
  for (std::vector<std::string> *names :
       {&stats_.widened, &stats_.degraded, &stats_.unconverged, &stats_.cut})  // copies: once
    names->erase(std::unique(names->begin(), names->end()), names->end());
  stats_.traceNodes = traces_.nodes();
  stats_.atoms = atoms_.size();
  return decide();
}

std::pair<size_t, size_t> Linker::order(size_t fi) const {
  return fi < firstVisit_.size() ? firstVisit_[fi] : std::make_pair(fi, fi);  // dispatchers last
}

void Linker::linkComponent(const std::vector<size_t> &scc) {
  // A visit settles a function against its callees' summaries; a
  // component that calls itself is visited again until none grows.
  auto started = std::chrono::steady_clock::now();
  size_t rounds = 1, workBefore = work();
  bool changed = false;
  if (scc.size() == 1 && !calls(scc[0], scc[0])) {
    visit(scc[0]);
  } else {
    // A worklist over the component: a function whose summary grew
    // queues its callers inside the component (and itself when it
    // recurses); at most kMaxRounds visits per member on average.
    // First in, first out: visiting callee-first by a post-order priority
    // was tried and lost three of tmux's findings (which atoms fill a
    // capped output depends on the order), for 15 % less time.
    std::set<size_t> members(scc.begin(), scc.end());
    std::map<size_t, std::vector<size_t>> callersIn;
    for (size_t fi : scc)
      for (const std::vector<size_t> &c : fns_[fi].callees)
        for (size_t h : c)
          if (members.count(h))
            callersIn[h].push_back(fi);
    for (auto &[h, v] : callersIn) {
      std::sort(v.begin(), v.end());
      v.erase(std::unique(v.begin(), v.end()), v.end());
    }
    std::vector<size_t> queue(scc.begin(), scc.end());
    std::sort(queue.begin(), queue.end(), [&](size_t a, size_t b) { return order(a) < order(b); });
    std::set<size_t> queued(scc.begin(), scc.end()), visited;
    size_t visits = 0, budget = kMaxRounds * scc.size();
    size_t workBudget = componentWork(scc.size()), workStart = work();
    for (size_t q = 0; q < queue.size(); ++q) {
      if (++visits > budget) {
        changed = true;
        break;
      }
      if (work() - workStart > workBudget) {
        // Its share is spent: the component keeps what it found, members
        // not visited yet are visited once (their own sources, and what
        // their callees hold so far), and the rest of the program is
        // linked as usual.
        for (size_t fi : scc)
          if (fi < stats_.functions + stats_.callbackCopies)  // not the link's own dispatchers
            stats_.cut.push_back(fns_[fi].f->name);
        for (size_t fi : queue)
          if (!overBudget() && visited.insert(fi).second)
            visit(fi, false);
        break;
      }
      if (degraded() || (visits % 16 == 0 && overBudget()))
        break;
      size_t fi = queue[q];
      queued.erase(fi);
      visited.insert(fi);
      if (progress_ && visits % 256 == 0)
        std::fprintf(stderr,
                     "link: component of %zu functions: %zu visits, %zu queued; "
                     "%zu entries offered, %zu stored, %zu atoms, %zu sink offers\n",
                     scc.size(), visits, queue.size() - q, stats_.entryOffers,
                     stats_.entriesStored, atoms_.size(), stats_.sinkOffers);
      if (!visit(fi, true))
        continue;
      for (size_t caller : callersIn[fi])
        if (queued.insert(caller).second)
          queue.push_back(caller);
    }
    rounds = (visits + scc.size() - 1) / scc.size();
    kept_.clear();
  }
  if (changed) {
    stats_.converged = false;
    for (size_t fi : scc)
      stats_.unconverged.push_back(fns_[fi].f->name);
  }
  stats_.rounds = std::max(stats_.rounds, rounds);
  noteComponent(scc, rounds, started, work() - workBefore);
  // A big component's expansions and visit states are freed by now; hand
  // the pages back before the next one (they stayed resident: redis).
  if (work() - workBefore > kTrimAfterWork)
    releaseFreedMemory();
}

bool Linker::stopped() {
  if (!stats_.cancelled && stop_ && stop_())
    stats_.cancelled = true;
  return stats_.cancelled;
}

bool Linker::overBudget() {
  if (degraded())
    return true;
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
  if (stats_.maxWork > 0 && work() >= stats_.maxWork) {
    stats_.degradedBy = "work";
    stats_.degradedAtMiB = residentMiB();
  } else if (budget_.maxSeconds > 0 && seconds > budget_.maxSeconds) {
    stats_.degradedBy = "time";
    stats_.degradedAtMiB = residentMiB();
  } else if (budget_.maxMemoryMiB > 0 && budget_.memoryMiB) {
    size_t mib = budget_.memoryMiB();
    if (mib <= budget_.maxMemoryMiB)
      return false;
    stats_.degradedBy = "memory";
    stats_.degradedAtMiB = mib;
  } else {
    return false;
  }
  kept_.clear();  // what recursive components kept for their next visits
  return true;
}

void Linker::outOfMemory() {
  reserve_.reset();
  kept_.clear();
  visit_ = VisitState{};
  if (!degraded()) {  // past a budget already: that stays the reason
    stats_.degradedBy = "out of memory";
    stats_.degradedAtMiB = residentMiB();
  }
}

void Linker::linkSinksOnly(size_t fi) {
  Fn &fn = fns_[fi];
  degradedFns_.insert(fi);
  try {
    visit_ = VisitState{};
    visit_.callVersion.assign(fn.callees.size(), 0);
    visit_.dependents.resize(fn.callees.size());
    for (size_t si = 0; si < fn.f->sinks.size(); ++si)
      runSink(fn, fi, si);
  } catch (const std::bad_alloc &) {
    outOfMemory();
  }
  visit_ = VisitState{};
}

size_t Linker::componentWork(size_t functions) const {
  size_t perFn = budget_.componentWorkPerFunction;
  size_t n = std::max<size_t>(functions, 16);
  if (perFn == 0 || perFn > ~size_t(0) / n)
    return ~size_t(0);
  return perFn * n;
}

void Linker::noteComponent(const std::vector<size_t> &scc, size_t rounds,
                           std::chrono::steady_clock::time_point started, size_t workDone) {
  LinkStats::Component c;
  c.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  c.rounds = rounds;
  c.functions = scc.size();
  c.example = fns_[scc[0]].f->name;
  if (progress_ && (c.seconds > 1 || workDone > 1000000))
    std::fprintf(stderr,
                 "link: component of %zu functions (e.g. %s): %.1f s, %zu rounds, work %zu\n",
                 scc.size(), c.example.c_str(), c.seconds, rounds, workDone);
  auto &v = stats_.slowest;
  auto at = std::find_if(v.begin(), v.end(), [&](const auto &x) { return x.seconds < c.seconds; });
  if (at - v.begin() < 10) {
    v.insert(at, std::move(c));
    if (v.size() > 10)
      v.pop_back();
  }
}

// ---- the call graph's components --------------------------------------------

bool Linker::calls(size_t a, size_t b) const {
  for (const std::vector<size_t> &c : fns_[a].callees)
    if (std::find(c.begin(), c.end(), b) != c.end())
      return true;
  return false;
}

// ---- visits -----------------------------------------------------------------

void Linker::dependOn(VisitState &v, const Atom &a, size_t item) {
  if (a.kind != Atom::CallRet && a.kind != Atom::CallOut)
    return;
  if (a.call < 0 || static_cast<size_t>(a.call) >= v.dependents.size())
    return;
  std::vector<size_t> &d = v.dependents[a.call];
  if (d.empty() || d.back() != item)
    d.push_back(item);
}

uint64_t Linker::calleeStamp(const Fn &fn, size_t c) const {
  uint64_t stamp = 0;
  for (size_t h : fn.callees[c])
    stamp += fns_[h].version;
  return stamp;
}

bool Linker::visit(size_t fi, bool keep) {
  Fn &fn = fns_[fi];
  const FunctionFacts &f = *fn.f;
  size_t nFlows = f.flows.size(), nSinks = f.sinks.size();
  if (auto k = kept_.find(fi); k != kept_.end()) {
    visit_ = std::move(k->second);
    kept_.erase(k);
    for (size_t c = 0; c < fn.callees.size(); ++c) {
      uint64_t stamp = calleeStamp(fn, c);
      if (stamp == visit_.calleeStamps[c])
        continue;
      visit_.calleeStamps[c] = stamp;
      ++visit_.callVersion[c];
      for (size_t item : visit_.dependents[c]) {
        // What reads the call's results runs again; of the targets'
        // effects only those of targets that grew (an indirect call of
        // hundreds of targets, one of which grew).
        if (item >= nFlows + nSinks) {
          size_t k = item - nFlows - nSinks;
          if (fns_[visit_.calleeItems[k].second].version == visit_.calleeItemVersion[k])
            continue;
        }
        if (!visit_.queued[item]) {
          visit_.queued[item] = 1;
          visit_.queue.push_back(item);
        }
      }
    }
    return runItems(fn, fi, nFlows, nSinks, keep);
  }
  visit_ = VisitState{};
  for (size_t c = 0; c < fn.callees.size(); ++c)
    visit_.calleeStamps.push_back(calleeStamp(fn, c));
  visit_.callVersion.assign(fn.callees.size(), 0);
  visit_.dependents.resize(fn.callees.size());
  for (size_t c = 0; c < fn.callees.size(); ++c)
    for (size_t h : fn.callees[c])
      visit_.calleeItems.push_back({c, h});
  size_t nItems = nFlows + nSinks + visit_.calleeItems.size();
  visit_.calleeItemVersion.assign(visit_.calleeItems.size(), 0);
  visit_.applied.assign(visit_.calleeItems.size(), {0, 0});
  visit_.argSeen.assign(visit_.calleeItems.size(), {});
  visit_.calleeBase = nFlows + nSinks;
  visit_.flowApplied.assign(nFlows, 0);
  for (size_t i = 0; i < nFlows; ++i)
    dependOn(visit_, f.flows[i].from, i);
  for (size_t si = 0; si < nSinks; ++si) {
    dependOn(visit_, f.sinks[si].from, nFlows + si);
    for (const Atom &h : f.sinks[si].handleFrom)
      dependOn(visit_, h, nFlows + si);
  }
  for (size_t k = 0; k < visit_.calleeItems.size(); ++k) {
    std::vector<size_t> &d = visit_.dependents[visit_.calleeItems[k].first];
    if (d.empty() || d.back() != nFlows + nSinks + k)
      d.push_back(nFlows + nSinks + k);
  }
  for (std::vector<size_t> &d : visit_.dependents) {
    std::sort(d.begin(), d.end());
    d.erase(std::unique(d.begin(), d.end()), d.end());
  }
  visit_.queued.assign(nItems, 1);
  for (size_t i = 0; i < nItems; ++i)
    visit_.queue.push_back(i);
  return runItems(fn, fi, nFlows, nSinks, keep);
}

bool Linker::runItems(Fn &fn, size_t fi, size_t nFlows, size_t nSinks, bool keep) {
  const FunctionFacts &f = *fn.f;
  for (size_t q = 0; q < visit_.queue.size(); ++q) {
    if (degraded() || (q % 1024 == 1023 && overBudget()))
      break;  // the function stays half linked; run() names it
    size_t item = visit_.queue[q];
    visit_.queued[item] = 0;
    if (item < nFlows)
      runFlow(fn, f.flows[item], item);
    else if (item < nFlows + nSinks)
      runSink(fn, fi, item - nFlows);
    else {
      size_t k = item - nFlows - nSinks;
      auto [c, h] = visit_.calleeItems[k];
      visit_.calleeItemVersion[k] = fns_[h].version;
      applyCallee(fn, c, h, k);
    }
  }
  bool changed = visit_.summaryChanged;
  if (changed)
    ++fn.version;
  if (keep) {
    visit_.queue.clear();
    visit_.summaryChanged = false;
    kept_[fi] = std::move(visit_);
  }
  visit_ = VisitState{};
  return changed;
}

void Linker::runFlow(Fn &fn, const facts::Flow &flow, size_t item) {
  const std::vector<Entry> &entries = expandCached(fn, factAtom(flow.from)).entries;
  size_t &applied = visit_.flowApplied[item];
  if (applied == entries.size())
    return;
  Chain own = one(traces_.span(flow.steps));
  std::string base = flow.to.baseKey();
  int argCall = flow.to.kind == Output::CallArg ? flow.to.call : -1;
  // Consecutive entries mostly go to one member: its slot is resolved once.
  std::optional<Slot> slot;
  const std::string *extra = nullptr;
  for (; applied < entries.size(); ++applied) {
    const Entry &e = entries[applied];
    if (!slot || *extra != e.extra) {
      slot = slotFor(fn, base, flow.to.path + e.extra);
      extra = &e.extra;
    }
    addEntryAt(fn, *slot, e.atom, chain({&e.trace, &own}), argCall);
  }
}

void Linker::runSink(Fn &fn, size_t fi, size_t si) {
  const facts::SinkFact &s = fn.f->sinks[si];
  std::vector<AtomId> handles;
  for (const Atom &h : s.handleFrom)
    for (const Entry &e : expandCached(fn, factAtom(h)).entries)
      handles.push_back(e.atom);
  // Settled once here, not per candidate (addSink takes it settled):
  // redis's descriptors gathered thousands of candidates.
  std::string required = s.requiredHandle;
  if (!settle(fn, required, handles))
    return;
  Chain own = one(traces_.span(s.steps));
  for (const Entry &e : expandCached(fn, factAtom(s.from)).entries)
    if (!sinkKnown(fn, sinkBase_[fi] + si, e.atom, required, handles))
      addSink(fn, sinkBase_[fi] + si, e.atom, &s, fn.f, chain({&e.trace, &own}), required,
            handles);
}

void Linker::applyCallee(Fn &fn, size_t c, size_t h, size_t k) {
  const Fn &callee = fns_[h];
  auto [oldSinks, oldWrites] = visit_.applied[k];
  std::map<std::string, size_t> &seen = visit_.argSeen[k];
  bool newArgs = false;
  forArgsOf(fn, c, [&](const std::string &base, size_t size) {
    auto it = seen.find(base);
    newArgs |= size > (it == seen.end() ? 0 : it->second);
  });
  // Snapshots: with recursion, fn and the callee are the same function.
  // Without new arguments only the callee's new entries apply: copy from
  // there (a callee of a large component has thousands). Sink entries are
  // never erased, so pointers to them stay valid.
  size_t sinkBase = newArgs ? 0 : oldSinks, writeBase = newArgs ? 0 : oldWrites;
  std::vector<const SinkEntry *> sinks(
      callee.paramSinks.begin() + static_cast<std::ptrdiff_t>(sinkBase), callee.paramSinks.end());
  std::vector<std::tuple<std::string, std::string, AtomId>> writes(
      callee.paramWrites.begin() + static_cast<std::ptrdiff_t>(writeBase),
      callee.paramWrites.end());
  std::map<std::string, size_t> before = seen;
  visit_.applied[k] = {callee.paramSinks.size(), callee.paramWrites.size()};
  forArgsOf(fn, c, [&](const std::string &base, size_t size) { seen[base] = size; });
  Chain call = one(callStep(fn, c, callee));
  // What the caller passes for one parameter atom, looked up once per
  // application: a callee's sinks and writes name the same few parameters
  // hundreds of times. Nothing below changes the call's argument outputs.
  std::map<std::pair<AtomId, bool>, std::vector<Entry>> passed;
  auto argsFor = [&](AtomId a, bool fresh) -> const std::vector<Entry> & {
    auto [it, added] = passed.try_emplace({a, fresh});
    if (added)
      it->second = argLookup(fn, c, callee, a, fresh ? nullptr : &before);
    return it->second;
  };
  for (size_t i = 0; i < sinks.size(); ++i) {
    const SinkEntry &se = *sinks[i];
    bool fresh = sinkBase + i >= oldSinks;
    // A sink that needs a handle combines two arguments. An entry
    // applied before, when the new arguments bring no candidate for the
    // handle, has the same candidates as then: only its data's new
    // arguments apply (nothing at all when its data is settled). When
    // they do bring one, it applies with every argument. Re-applying
    // every such entry whenever any argument grew was half of tmux's
    // sink offers.
    if (!fresh && std::any_of(se.handleFrom.begin(), se.handleFrom.end(), [&](AtomId h) {
          return atom(h).kind == Atom::Param && !argsFor(h, false).empty();
        }))
      fresh = true;
    if (!fresh && atom(se.atom).kind != Atom::Param)
      continue;
    std::vector<AtomId> handles;
    for (AtomId h : se.handleFrom) {
      if (atom(h).kind != Atom::Param) {
        handles.push_back(h);
        continue;
      }
      for (const Entry &e : argsFor(h, true))
        handles.push_back(e.atom);
    }
    std::string required = se.requiredHandle;
    if (!settle(fn, required, handles))
      continue;
    Chain inner = one(se.trace);  // read now: with recursion, addSink may improve it
    if (atom(se.atom).kind != Atom::Param) {
      // The data is settled (a value read by a name the caller gives is a
      // secret here or nothing); only the handle may still be the caller's.
      std::optional<AtomId> data = namedAtCall(fn, c, se.atom);
      if (data)
        addSink(fn, se.sinkId, *data, se.sink, se.in, chain({&call, &inner}), required, handles);
      continue;
    }
    for (const Entry &e : argsFor(se.atom, fresh)) {
      AtomId a = narrow(se.atom, e.atom);
      if (sinkKnown(fn, se.sinkId, a, required, handles))
        continue;
      addSink(fn, se.sinkId, a, se.sink, se.in, chain({&e.trace, &call, &inner}), required,
              handles);
    }
  }
  for (size_t i = 0; i < writes.size(); ++i) {
    bool fresh = writeBase + i >= oldWrites;
    const auto &[output, path, a] = writes[i];
    Chain inner = one(fns_[h].res[output][path][a]);
    for (const Entry &x : argsFor(a, fresh))
      addEntry(fn, output, path + x.extra, narrow(a, x.atom), chain({&x.trace, &call, &inner}));
  }
}

} // namespace link::detail

std::vector<report::Finding> linkProgram(const std::vector<facts::TUFacts> &units,
                                         const std::vector<Policy> &policies, LinkStats *stats,
                                         const std::function<bool()> &stop,
                                         const LinkBudget &budget) {
  link::detail::Linker l(units, policies, stop, budget);
  std::vector<report::Finding> out = l.run();
  if (stats)
    *stats = l.stats();
  return out;
}

} // namespace sluice
