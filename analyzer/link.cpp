#include "analyzer/link.h"

#include "analyzer/link_dispatch.h"
#include "analyzer/link_tables.h"
#include "analyzer/program_graph.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstdio>
#include <deque>
#include <memory>
#include <new>
#include <map>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace sluice {

using facts::Atom;
using facts::FunctionFacts;
using facts::Output;

namespace {

using link::AtomId;
using link::TraceId;

/// Rounds of one strongly connected component's fixpoint before giving up;
/// each round visits every function of the component.
constexpr size_t kMaxRounds = 200;
/// Member paths are k-limited: a longer path is cut to its first members
/// and then stands for everything below them (pathsOverlap treats a prefix
/// as overlapping), so recursive structures cannot grow keys forever.
constexpr size_t kMaxPathMembers = 3;
/// Atoms kept per output and member path, and sink entries per function;
/// past these the function's summary is widened (further atoms are not
/// tracked there) and the function is named in a notification.
using facts::kMaxAtomsPerOutput;
constexpr size_t kMaxSinkEntries = 4096;
/// Atoms per output and member path, and per sink of a function, past which
/// further parameters and globals are dropped (the summary is widened).
/// Sources and handles keep the whole of kMaxAtomsPerOutput: they are what
/// findings are made of, and parameters arriving first had crowded them
/// out (tmux lost twelve findings). Storing further parameters at a
/// coarser member path instead (sound: a prefix stands for everything below
/// it) was measured and rejected: a coarse parameter reads every member of
/// the caller's argument, and sqlite3.c's recursive component offered ten
/// times the entries (680 M by its 3,328th visit, against 69 M when they
/// are dropped).
constexpr size_t kMaxDerivedAtoms = 8;
/// Atoms a sink's handle requirement may still resolve through.
constexpr size_t kMaxHandleCandidates = 16;
using link::kDispatchMinTargets;
/// Address space held back for the degraded end of the step after a
/// std::bad_alloc.
constexpr size_t kReserveBytes = size_t(64) << 20;
using facts::kMaxPathsPerOutput;

/// What may lie below each member name, over every unit of the program
/// (TUFacts::memberShapes): a name some unit does not know, or knows as
/// `void *` or a template parameter, may hold anything.
class MemberShapes {
public:
  explicit MemberShapes(const std::vector<facts::TUFacts> &units) {
    for (const facts::TUFacts &u : units)
      for (const facts::MemberShape &m : u.memberShapes) {
        Shape &s = shapes_[m.name];
        s.any |= m.any;
        if (!s.any)
          s.below.insert(m.below.begin(), m.below.end());
      }
  }
  /// Whether member `b` may lie directly below member `a`.
  bool mayHold(std::string_view a, std::string_view b) const {
    if (a.empty() || b.empty())
      return true;  // an anonymous member
    auto it = shapes_.find(a);
    return it == shapes_.end() || it->second.any || it->second.below.count(b);
  }

private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  using Names = std::unordered_set<std::string, Hash, std::equal_to<>>;
  struct Shape {
    bool any = false;
    Names below;
  };
  std::unordered_map<std::string, Shape, Hash, std::equal_to<>> shapes_;
};

/// A member path as the link stores it: k-limited (kMaxPathMembers), and
/// cut before a member that the one above it cannot hold. Paths composed
/// across calls (a callee's parameter member under the caller's argument
/// member) joined members of unrelated records: redis's Lua interpreter
/// grew 70,915 atoms such as `.len.stacksize.savedpc` (an integer has no
/// members). The cut keeps every flow: a prefix overlaps everything below.
std::string limitPath(const std::string &p, const MemberShapes &shapes) {
  size_t members = 0;
  std::string_view prev;
  for (size_t i = 0; i < p.size();) {
    size_t next = p.find('.', i + 1);
    std::string_view name =
        std::string_view(p).substr(i + 1, (next == std::string::npos ? p.size() : next) - i - 1);
    if (++members > kMaxPathMembers || (members > 1 && !shapes.mayHold(prev, name)))
      return p.substr(0, i);
    if (next == std::string::npos)
      return p;
    prev = name;
    i = next;
  }
  return p;
}

/// A trace under construction: parts in order, built into the rope only
/// when an entry is stored (most candidates lose to a known trace).
struct Chain {
  static constexpr size_t kParts = 8;
  TraceId parts[kParts] = {};
  size_t n = 0;
};

struct Entry {
  AtomId atom;
  Chain trace;
  /// From lookups only: the member below the demanded one where the atom
  /// was found (the demanded member holds it there).
  std::string extra;
};

/// Stored: an atom with the best trace known for it.
using AtomMap = std::map<AtomId, TraceId>;

struct SinkEntry {
  AtomId atom;
  const facts::SinkFact *sink = nullptr;
  const FunctionFacts *in = nullptr;
  size_t sinkId = 0;  // index among every sink fact of the program
  TraceId trace = 0;
  /// A handle the sink still needs (see SinkFact), and the atoms it may
  /// come from in this function's terms; empty once satisfied.
  std::string requiredHandle;
  std::vector<AtomId> handleFrom;
};

/// Identity of a sink entry: the sink, the atom reaching it, and the handle
/// it still needs with the atoms that may supply it.
using SinkKey = std::tuple<size_t, AtomId, std::string, std::vector<AtomId>>;

struct Fn {
  const FunctionFacts *f = nullptr;
  /// Output (without member path) -> member path -> atoms reaching it.
  std::map<std::string, std::map<std::string, AtomMap>> res;
  std::map<SinkKey, SinkEntry> sinks;        // best entry per identity
  /// (sink, atom) of the entries in `sinks` that need no handle, and of
  /// those dropped by a bound: checked before a candidate's trace is even
  /// built (see sinkKnown).
  std::unordered_set<uint64_t> plainSinks;
  /// Per sink id: how many atoms reach it without a handle to find
  /// (kMaxDerivedAtoms).
  std::unordered_map<size_t, uint32_t> atSink;
  size_t openSinks = 0;  // entries of `sinks` with a parameter, global or handle
  std::vector<std::vector<size_t>> callees;  // per call site
  bool widened = false;                      // a cap cut this summary
  uint64_t version = 0;                      // bumped whenever the summary grows
  /// What callers bring in at their call sites (applyCallee), in the order
  /// it appeared, so a caller applies only what is new since it last
  /// looked: sink entries on a parameter or waiting for a handle, and
  /// parameters stored into globals (output, member slot, atom).
  std::vector<const SinkEntry *> paramSinks;
  std::vector<std::tuple<std::string, std::string, AtomId>> paramWrites;
  /// Per call argument output ("arg|..."), its (member slot, atom) entries
  /// in the order they appeared: a callee item applies old summary parts
  /// only to arguments new since it last ran.
  std::map<std::string, std::vector<std::pair<std::string, AtomId>>> argLog;
};

class Linker {
public:
  Linker(const std::vector<facts::TUFacts> &units, const std::vector<Policy> &policies,
         const std::function<bool()> &stop, const LinkBudget &budget)
      : policies_(policies), shapes_(units), stop_(stop), budget_(budget) {
    ProgramGraph g = ProgramGraph::build(units);
    for (size_t i = 0; i < g.fns.size(); ++i) {
      fns_.push_back(Fn{});
      fns_.back().f = g.fns[i];
      fns_.back().callees = std::move(g.callees[i]);
    }
    stats_.callEdges = g.callEdges;
    stats_.functions = fns_.size();
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

  /// Call sites with many targets (a function pointer that every command
  /// handler matches, a virtual call with many overriders) go through one
  /// dispatcher per set of targets: a function the link makes, which
  /// passes its parameters to each target and returns what any of them
  /// returns. Its summary is the union of theirs, computed once, and each
  /// caller applies that one summary: redis's command table put 2,284
  /// functions in one component whose every visit paid every target of
  /// every indirect call.
  void addDispatchers() {
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

  std::vector<report::Finding> run() {
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
    for (size_t fi : degradedFns_)
      if (fi < stats_.functions)  // not the link's own dispatchers
        stats_.degraded.push_back(fns_[fi].f->name);
    std::sort(stats_.degraded.begin(), stats_.degraded.end());
    stats_.traceNodes = traces_.nodes();
    stats_.atoms = atoms_.size();
    return decide();
  }

  /// Links one component: visited until no member's summary grows (a
  /// component that does not call itself, once). Stops early when the
  /// budget runs out.
  void linkComponent(const std::vector<size_t> &scc) {
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
      std::set<size_t> queued(scc.begin(), scc.end());
      size_t visits = 0, budget = kMaxRounds * scc.size();
      size_t workBudget = componentWork(scc.size()), workStart = work();
      for (size_t q = 0; q < queue.size(); ++q) {
        if (++visits > budget || work() - workStart > workBudget) {
          changed = true;
          break;
        }
        if (degraded() || (visits % 16 == 0 && overBudget()))
          break;
        size_t fi = queue[q];
        queued.erase(fi);
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
  }

  const LinkStats &stats() const { return stats_; }

  bool stopped() {
    if (!stats_.cancelled && stop_ && stop_())
      stats_.cancelled = true;
    return stats_.cancelled;
  }

  bool degraded() const { return !stats_.degradedBy.empty(); }

  /// True once a limit of the budget is reached; the link degrades from
  /// then on (see LinkBudget).
  bool overBudget() {
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

  /// std::bad_alloc inside the step: the reserve is released so that what
  /// follows (sinks only, the decision, the report) has room.
  void outOfMemory() {
    reserve_.reset();
    kept_.clear();
    visit_ = VisitState{};
    if (!degraded()) {  // past a budget already: that stays the reason
      stats_.degradedBy = "out of memory";
      stats_.degradedAtMiB = residentMiB();
    }
  }

  /// The degraded link of one function: its sinks only, with what its own
  /// sources and its callees' finished summaries bring to them.
  void linkSinksOnly(size_t fi) {
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

private:
  /// Work done so far: summary and sink entries offered.
  size_t work() const { return stats_.entryOffers + stats_.sinkOffers; }
  /// The work a recursive component may spend before it stops unconverged:
  /// unlimited unless SLUICE_LINK_COMPONENT_WORK (per function, at least 16
  /// functions' worth) sets it, a debugging aid to study a per-component
  /// budget.
  size_t componentWork(size_t functions) const {
    static const char *env = std::getenv("SLUICE_LINK_COMPONENT_WORK");
    size_t perFn = env ? std::strtoull(env, nullptr, 10) : 0;
    size_t n = std::max<size_t>(functions, 16);
    if (!env || perFn > ~size_t(0) / n)
      return ~size_t(0);
    return perFn * n;
  }

  void noteComponent(const std::vector<size_t> &scc, size_t rounds,
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

private:
  // ---- the call graph's components ------------------------------------------

  bool calls(size_t a, size_t b) const {
    for (const std::vector<size_t> &c : fns_[a].callees)
      if (std::find(c.begin(), c.end(), b) != c.end())
        return true;
    return false;
  }

  // ---- traces ---------------------------------------------------------------

  static void append(Chain &c, TraceId t, link::TraceTable &tt) {
    if (!t)
      return;
    if (c.n == Chain::kParts) {
      TraceId all = 0;
      for (size_t i = 0; i < c.n; ++i)
        all = tt.concat(all, c.parts[i]);
      c.n = 1;
      c.parts[0] = all;
    }
    c.parts[c.n++] = t;
  }
  Chain chain(std::initializer_list<const Chain *> parts) {
    Chain out;
    for (const Chain *p : parts)
      for (size_t i = 0; i < p->n; ++i)
        append(out, p->parts[i], traces_);
    return out;
  }
  Chain one(TraceId t) {
    Chain c;
    append(c, t, traces_);
    return c;
  }
  link::TraceShape shape(const Chain &c) const {
    link::TraceShape s;
    for (size_t i = 0; i < c.n; ++i)
      s = link::TraceTable::combine(s, traces_.shape(c.parts[i]));
    return s;
  }
  TraceId build(const Chain &c) {
    TraceId t = 0;
    for (size_t i = 0; i < c.n; ++i)
      t = traces_.concat(t, c.parts[i]);
    return t;
  }
  /// The step of passing to (or returning from) `callee` at call site `c`
  /// of `fn`, made once per site and callee.
  TraceId callStep(const Fn &fn, size_t c, const Fn &callee, bool returning = false) {
    auto key = std::make_tuple(static_cast<size_t>(&fn - fns_.data()), c,
                               static_cast<size_t>(&callee - fns_.data()), returning);
    if (auto it = stepIds_.find(key); it != stepIds_.end())
      return it->second;
    TraceId id = traces_.step({fn.f->calls[c].location,
                               (returning ? "returned from '" : "passed to '") +
                                   callee.f->name + "'",
                               returning ? "return" : "call"});
    stepIds_.emplace(key, id);
    return id;
  }
  TraceId returnStep(const Fn &fn, size_t c, const Fn &callee) {
    return callStep(fn, c, callee, true);
  }

  // ---- atoms ----------------------------------------------------------------

  const Atom &atom(AtomId a) const { return atoms_.get(a); }
  /// An atom of the facts, interned once (the facts do not move during
  /// the link; a re-visited item would build and hash its key again).
  AtomId factAtom(const Atom &a) {
    if (auto it = factAtoms_.find(&a); it != factAtoms_.end())
      return it->second;
    AtomId id = atoms_.intern(a);  // before the memo: a throw leaves no entry
    factAtoms_.emplace(&a, id);
    return id;
  }
  AtomId withPath(AtomId a, const std::string &more) {
    if (more.empty())
      return a;
    // Memoized: lookups through argument members made this half of
    // redis's link time (an Atom copy, its key and a hash per call).
    auto &byPath = withPaths_[a];
    if (auto it = byPath.find(more); it != byPath.end())
      return it->second;
    AtomId out = a;
    Atom x = atom(a);
    std::string p = limitPath(x.path + more, shapes_);
    if (p != x.path) {
      x.path = std::move(p);
      out = atoms_.intern(x);
    }
    byPath.emplace(more, out);
    return out;
  }
  /// Resolving `through` (an atom a validator may have vouched for) to
  /// `actual`: `actual` inherits the sink kinds it was shown safe for.
  AtomId narrow(AtomId through, AtomId actual) {
    const Atom &t = atom(through);
    if (t.cleared.empty())
      return actual;
    Atom x = atom(actual);
    std::string c = facts::mergeCleared(x.cleared, t.cleared);
    if (c == x.cleared)
      return actual;
    x.cleared = std::move(c);
    return atoms_.intern(x);
  }

  /// Parameters and globals: atoms that callers (or the decision, for
  /// globals) still resolve, bounded by kMaxDerivedAtoms.
  bool isDerived(AtomId a) const {
    Atom::Kind k = atom(a).kind;
    return k == Atom::Param || k == Atom::Global;
  }

  static std::string argKey(int call, int index, int derefs) {
    Output o;
    o.kind = Output::CallArg;
    o.call = call;
    o.index = index;
    o.derefs = derefs;
    return o.baseKey();
  }

  /// Where an output's member `path` is stored: k-limited, and once the
  /// output holds many distinct members, widened to the first member and
  /// then to the whole object (a prefix stands for everything below it).
  std::string memberSlot(Fn &fn, const std::string &base, const std::string &path) {
    std::string p = limitPath(path, shapes_);
    auto it = fn.res.find(base);
    if (it == fn.res.end() || it->second.count(p) || it->second.size() < kMaxPathsPerOutput)
      return p;
    fn.widened = true;
    size_t second = p.find('.', 1);
    std::string first = second == std::string::npos ? p : p.substr(0, second);
    if (it->second.count(first) || it->second.size() < 2 * kMaxPathsPerOutput)
      return first;
    return "";
  }

  /// Stores atom `a` at output `base`, member `path`, or a better trace for
  /// it. `argCall`: the call site when the output is one of its arguments
  /// (what depends on that call is then run again), else -1.
  void addEntry(Fn &fn, const std::string &base, const std::string &path, AtomId a,
                const Chain &c, int argCall = -1) {
    ++stats_.entryOffers;
    std::string slot = memberSlot(fn, base, path);
    AtomMap &m = fn.res[base][slot];
    auto it = m.find(a);
    if (it == m.end()) {
      if (m.size() >= kMaxAtomsPerOutput || (m.size() >= kMaxDerivedAtoms && isDerived(a))) {
        fn.widened = true;
        ++stats_.entriesDropped;
        return;
      }
      ++stats_.entriesStored;
      m.emplace(a, build(c));
      if (atom(a).kind == Atom::Param && base.rfind("glob|", 0) == 0)
        fn.paramWrites.emplace_back(base, std::move(slot), a);
      else if (argCall >= 0)
        fn.argLog[base].emplace_back(std::move(slot), a);
      argChanged(argCall);
      return;
    }
    ++stats_.entriesKnown;
    // A better trace for a known atom is kept but propagates no further:
    // what reaches where is unchanged, and around a large recursive
    // component trace improvements alone kept hundreds of functions busy
    // (tmux). Traces stay deterministic (the visit order is fixed), if not
    // always the shortest.
    if (shape(c) < traces_.shape(it->second))
      it->second = build(c);
  }

  /// The atoms that reach output `base` at member `path` of `fn`: parts
  /// stored at an enclosing member (or the whole object) count, with the
  /// rest of the path added to what they stand for; parts stored inside the
  /// member count as they are.
  std::vector<Entry> lookup(const Fn &fn, const std::string &base, const std::string &path) {
    auto it = fn.res.find(base);
    if (it == fn.res.end())
      return {};
    return lookupIn(it->second, path);
  }
  std::vector<Entry> lookupIn(const std::map<std::string, AtomMap> &byPath,
                              const std::string &path) {
    std::vector<Entry> out;
    for (const auto &[q, amap] : byPath) {
      if (!facts::pathsOverlap(q, path))
        continue;
      for (const auto &[a, t] : amap)
        out.push_back(entryAt(q, a, t, path));
    }
    return out;
  }
  /// Atom `a`, stored at member `q`, as read at member `path`.
  Entry entryAt(const std::string &q, AtomId a, TraceId t, const std::string &path) {
    Entry x{a, one(t), ""};
    if (q.size() < path.size() && atom(a).kind != Atom::Source)
      x.atom = withPath(a, path.substr(q.size()));
    else if (q.size() > path.size())
      x.extra = q.substr(path.size());
    return x;
  }
  /// lookup() of a call argument output, over the entries added from
  /// position `from` of its log on.
  std::vector<Entry> lookupNew(const Fn &fn, const std::string &base, const std::string &path,
                               size_t from) {
    std::vector<Entry> out;
    auto lg = fn.argLog.find(base);
    if (lg == fn.argLog.end() || from >= lg->second.size())
      return out;
    const std::map<std::string, AtomMap> &byPath = fn.res.at(base);
    for (size_t i = from; i < lg->second.size(); ++i) {
      const auto &[q, a] = lg->second[i];
      if (facts::pathsOverlap(q, path))
        out.push_back(entryAt(q, a, byPath.at(q).at(a), path));
    }
    return out;
  }

  /// A callee's parameter that a call's result stands for, kept by an
  /// expansion so that new arguments of the call can be looked up alone.
  struct ParamPart {
    size_t callee;
    Entry inCallee;  // the parameter atom at the callee's output
  };

  /// The base atoms (sources, own parameters, globals) an atom of `fn`
  /// stands for, each with the steps that lead to it. With `seen` (as
  /// argLookup), only what the arguments added since bring through the
  /// callee parameters of `params`; without, `params` is filled.
  std::vector<Entry> expand(const Fn &fn, AtomId aid, std::vector<ParamPart> &params,
                            const std::map<std::string, size_t> *seen = nullptr) {
    const Atom &a = atom(aid);
    if (a.kind == Atom::Source || a.kind == Atom::Param || a.kind == Atom::Global ||
        a.kind == Atom::Handle)
      return {Entry{aid, {}, ""}};
    std::vector<Entry> raw, out;
    if (a.call < 0 || static_cast<size_t>(a.call) >= fn.callees.size())
      return out;
    size_t c = static_cast<size_t>(a.call);
    auto throughParam = [&](const Fn &callee, const Entry &e, const Chain &ret) {
      Chain call = one(callStep(fn, c, callee));
      for (const Entry &e2 : argLookup(fn, c, callee, e.atom, seen))
        raw.push_back(Entry{narrow(e.atom, e2.atom), chain({&e2.trace, &call, &e.trace, &ret}),
                            e.extra + e2.extra});
    };
    if (seen) {
      for (const ParamPart &pp : params) {
        const Fn &callee = fns_[pp.callee];
        throughParam(callee, pp.inCallee, one(returnStep(fn, c, callee)));
      }
    } else {
      Output want;
      want.kind = a.kind == Atom::CallRet ? Output::Return : Output::ParamOut;
      want.index = a.index;
      want.derefs = a.derefs;
      std::string wantKey = want.baseKey(), wantPath = a.path;
      for (size_t h : fn.callees[c]) {
        const Fn &callee = fns_[h];
        Chain ret = one(returnStep(fn, c, callee));
        for (Entry &e : lookup(callee, wantKey, wantPath)) {
          if (atom(e.atom).kind != Atom::Param) {
            raw.push_back(Entry{e.atom, chain({&e.trace, &ret}), e.extra});
            continue;
          }
          throughParam(callee, e, ret);
          params.push_back({h, std::move(e)});
        }
      }
    }
    // Candidates for the same atom and member differ only in their trace:
    // keep the best one (what addEntry would keep anyway).
    std::unordered_map<uint64_t, size_t> at;
    for (Entry &e : raw) {
      e.atom = narrow(aid, e.atom);
      auto [it, fresh] = at.try_emplace(entryKey(e), out.size());
      if (fresh)
        out.push_back(std::move(e));
      else if (shape(e.trace) < shape(out[it->second].trace))
        out[it->second] = std::move(e);
    }
    return out;
  }

  /// expand() of the function being visited, cached until an argument of
  /// the atom's call changes (callees' summaries are fixed during a visit
  /// or, within a recursive component, until the next visit). Summaries
  /// only grow, so a new expansion only adds: its entries are appended in
  /// order (an entry known by (atom, member) keeps its place and its
  /// trace), and an item that applied the first n applies only what
  /// follows. Re-offering everything was 98 % of tmux's link work: entries
  /// already stored, or dropped again by a full slot.
  /// When only the call's arguments grew (its targets' summaries did not),
  /// only the new arguments are looked up, through the callee parameters
  /// the expansion found: a new (atom, member) can only come from them.
  /// Looking every argument up again was a third of sqlite3.c's link time.
  struct Expansion {
    uint32_t version = 0;
    uint64_t stamp = 0;  // calleeStamp of the call when the parts were found
    std::map<std::string, size_t> argsAt;  // the call's argument logs then
    std::vector<ParamPart> params;
    std::vector<Entry> entries;
    std::unordered_set<uint64_t> at;  // entryKey of each entry
  };
  /// (atom, member below) of an entry as one number: a std::map keyed by
  /// the pair's string was a third of sqlite3.c's link time.
  uint64_t entryKey(const Entry &e) {
    uint32_t extra = 0;
    if (!e.extra.empty())
      extra = extraIds_.try_emplace(e.extra, static_cast<uint32_t>(extraIds_.size() + 1))
                  .first->second;
    return (uint64_t(e.atom) << 32) | extra;
  }
  const Expansion &expandCached(const Fn &fn, AtomId aid) {
    const Atom &a = atom(aid);
    size_t c = a.call < 0 ? ~size_t(0) : static_cast<size_t>(a.call);
    bool call = c < fn.callees.size() && (a.kind == Atom::CallRet || a.kind == Atom::CallOut);
    uint32_t version = c < visit_.callVersion.size() ? visit_.callVersion[c] : 0;
    auto it = visit_.expanded.find(aid);
    if (it != visit_.expanded.end() && it->second.version == version)
      return it->second;
    uint64_t stamp = call ? calleeStamp(fn, c) : 0;
    // A call of the function itself reads its own summary, which grows
    // during the visit without a new stamp: always looked up again.
    bool incremental = it != visit_.expanded.end() && call && it->second.stamp == stamp &&
                       std::find(fn.callees[c].begin(), fn.callees[c].end(),
                                 static_cast<size_t>(&fn - fns_.data())) == fn.callees[c].end();
    Expansion &x = visit_.expanded[aid];
    std::vector<Entry> fresh;
    if (incremental) {
      fresh = expand(fn, aid, x.params, &x.argsAt);
    } else {
      x.params.clear();
      fresh = expand(fn, aid, x.params);
    }
    x.version = version;
    x.stamp = stamp;
    if (call) {
      x.argsAt.clear();
      forArgsOf(fn, c, [&](const std::string &base, size_t size) { x.argsAt[base] = size; });
    }
    // A known entry keeps its trace: the items that applied it would not
    // see a better one.
    for (Entry &e : fresh)
      if (x.at.insert(entryKey(e)).second)
        x.entries.push_back(std::move(e));
    return x;
  }

  void argChanged(int call) {
    if (call < 0) {
      visit_.summaryChanged = true;
      return;
    }
    if (static_cast<size_t>(call) >= visit_.callVersion.size())
      return;
    ++visit_.callVersion[call];
    for (size_t item : visit_.dependents[call]) {
      if (!visit_.queued[item]) {
        visit_.queued[item] = 1;
        visit_.queue.push_back(item);
      }
    }
  }

  /// Settles a handle requirement with atoms in `fn`'s terms: satisfied
  /// (true, requirement cleared) when one is such a handle; otherwise keeps
  /// those that callers may still resolve. False when none is left.
  bool settle(Fn &fn, std::string &required, std::vector<AtomId> &from) const {
    if (required.empty())
      return true;
    std::vector<AtomId> open;
    for (AtomId id : from) {
      const Atom &a = atom(id);
      if (a.kind == Atom::Handle && a.sourceKind == required) {
        required.clear();
        from.clear();
        return true;
      }
      if (a.kind == Atom::Param || a.kind == Atom::Global)
        open.push_back(id);
    }
    std::sort(open.begin(), open.end());
    open.erase(std::unique(open.begin(), open.end()), open.end());
    if (open.size() > kMaxHandleCandidates) {
      // A descriptor passed down through many layers (redis: a requirement
      // that had gathered 6,749 candidates and was sorted at every call):
      // the first ones are kept, which may miss that it was a socket.
      fn.widened = true;
      open.resize(kMaxHandleCandidates);
    }
    from = std::move(open);
    return !from.empty();
  }

  /// What the caller `fn` passes at call site `c` for the callee's
  /// parameter atom `p`: one argument, or for the `...` of a variadic
  /// callee every argument from there on.
  /// With `seen`, only the arguments added since: per argument output, how
  /// much of its log was already seen (argLookup over the new part).
  std::vector<Entry> argLookup(const Fn &fn, size_t c, const Fn &callee, AtomId pid,
                               const std::map<std::string, size_t> *seen = nullptr) {
    const Atom &p = atom(pid);
    int v = callee.f->variadicIndex;
    std::string path = p.path;
    int index = p.index, derefs = p.derefs;
    auto one = [&](int j) {
      std::string base = argKey(static_cast<int>(c), j, derefs);
      if (!seen)
        return lookup(fn, base, path);
      auto it = seen->find(base);
      return lookupNew(fn, base, path, it == seen->end() ? 0 : it->second);
    };
    if (v < 0 || index != v)
      return one(index);
    std::vector<Entry> out;
    for (int j = v; j < fn.f->calls[c].argCount; ++j)
      for (Entry &e : one(j))
        out.push_back(std::move(e));
    return out;
  }

  static uint64_t plainSinkKey(size_t sinkId, AtomId a) { return (uint64_t(sinkId) << 32) | a; }
  /// A candidate that needs no handle and whose (sink, atom) is stored
  /// already (it could only bring a better trace, which is not worth
  /// building) or was dropped by a bound (it would be again). A caller of
  /// many drawing helpers (tmux's mode_tree_draw)
  /// was offered the same few sink entries two million times each.
  bool sinkKnown(const Fn &fn, size_t sinkId, AtomId a, const std::string &required,
                 const std::vector<AtomId> &handleFrom) const {
    return required.empty() && handleFrom.empty() &&
           fn.plainSinks.count(plainSinkKey(sinkId, a));
  }

  void addSink(Fn &fn, size_t sinkId, AtomId a, const facts::SinkFact *s,
               const FunctionFacts *in, const Chain &c, std::string required = "",
               std::vector<AtomId> handleFrom = {}) {
    ++stats_.sinkOffers;
    if (!settle(fn, required, handleFrom))
      return;
    bool plain = required.empty() && handleFrom.empty();
    SinkKey key{sinkId, a, required, handleFrom};
    auto it = fn.sinks.find(key);
    if (it == fn.sinks.end()) {
      // Entries callers still resolve (a parameter, a global, a handle
      // to find) fill at most half of the function's room: in tmux's key
      // handlers they had crowded out every source. A sink takes at most
      // kMaxDerivedAtoms parameters and globals.
      bool derived = isDerived(a), open = !plain || derived;
      if (fn.sinks.size() >= kMaxSinkEntries ||
          (open && fn.openSinks >= kMaxSinkEntries / 2) ||
          (plain && derived && fn.atSink[sinkId] >= kMaxDerivedAtoms)) {
        fn.widened = true;
        // Known from now on (sinkKnown): the bounds only fill up, so it
        // would be dropped again.
        if (plain)
          fn.plainSinks.insert(plainSinkKey(sinkId, a));
        return;
      }
      fn.openSinks += open;
      if (plain) {
        ++fn.atSink[sinkId];
        fn.plainSinks.insert(plainSinkKey(sinkId, a));
      }
      auto at = fn.sinks.emplace(std::move(key), SinkEntry{a, s, in, sinkId, build(c),
                                                           std::move(required),
                                                           std::move(handleFrom)});
      const SinkEntry &se = at.first->second;
      if (atom(se.atom).kind == Atom::Param || !se.requiredHandle.empty())
        fn.paramSinks.push_back(&se);
      visit_.summaryChanged = true;
      return;
    }
    if (shape(c) < traces_.shape(it->second.trace))
      it->second.trace = build(c);  // as in addEntry: no further propagation
  }

  /// The function's state during one visit: which of its items (flows,
  /// sinks, callee effects) read the arguments of which call site, so that
  /// a change to one call's arguments runs again only what reads them.
  struct VisitState {
    std::vector<uint32_t> callVersion;                 // per call site
    std::vector<std::vector<size_t>> dependents;       // per call site: items
    std::vector<size_t> queue;
    std::vector<char> queued;
    std::unordered_map<AtomId, Expansion> expanded;
    std::vector<size_t> flowApplied;  // per flow item: entries of its expansion applied
    std::vector<std::pair<size_t, size_t>> calleeItems;  // call site, callee
    std::vector<uint64_t> calleeItemVersion;  // per callee item: its callee's, when last run
    /// Per callee item: how much of the callee's paramSinks and paramWrites
    /// it has applied.
    std::vector<std::pair<size_t, size_t>> applied;
    /// Per callee item: per argument output of its call, how much of its
    /// log the item has seen.
    std::vector<std::map<std::string, size_t>> argSeen;
    size_t calleeBase = 0;  // items from here on are callee items
    /// What callers read grew: returns, outputs, globals written, sinks
    /// (not the function's own call arguments).
    bool summaryChanged = false;
    std::vector<uint64_t> calleeStamps;  // per call site, at the last visit
  };

  static void dependOn(VisitState &v, const Atom &a, size_t item) {
    if (a.kind != Atom::CallRet && a.kind != Atom::CallOut)
      return;
    if (a.call < 0 || static_cast<size_t>(a.call) >= v.dependents.size())
      return;
    std::vector<size_t> &d = v.dependents[a.call];
    if (d.empty() || d.back() != item)
      d.push_back(item);
  }

  /// Visits a function until its own facts are settled against its
  /// callees' current summaries: every item runs once, then only items
  /// whose call arguments changed. True when its summary grew.
  /// The sum of the versions of call site `c`'s targets: it changes when
  /// any of their summaries grew.
  uint64_t calleeStamp(const Fn &fn, size_t c) const {
    uint64_t stamp = 0;
    for (size_t h : fn.callees[c])
      stamp += fns_[h].version;
    return stamp;
  }

  /// `keep`: the function is in a recursive component and will be visited
  /// again; its visit state is kept, so the next visit re-runs only the
  /// items of calls whose targets' summaries grew since.
  bool visit(size_t fi, bool keep = false) {
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

  bool runItems(Fn &fn, size_t fi, size_t nFlows, size_t nSinks, bool keep) {
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

  void runFlow(Fn &fn, const facts::Flow &flow, size_t item) {
    const std::vector<Entry> &entries = expandCached(fn, factAtom(flow.from)).entries;
    size_t &applied = visit_.flowApplied[item];
    if (applied == entries.size())
      return;
    Chain own = one(traces_.span(flow.steps));
    std::string base = flow.to.baseKey();
    int argCall = flow.to.kind == Output::CallArg ? flow.to.call : -1;
    for (; applied < entries.size(); ++applied) {
      const Entry &e = entries[applied];
      addEntry(fn, base, flow.to.path + e.extra, e.atom, chain({&e.trace, &own}), argCall);
    }
  }

  void runSink(Fn &fn, size_t fi, size_t si) {
    const facts::SinkFact &s = fn.f->sinks[si];
    std::vector<AtomId> handles;
    for (const Atom &h : s.handleFrom)
      for (const Entry &e : expandCached(fn, factAtom(h)).entries)
        handles.push_back(e.atom);
    // Settled once here, not per candidate (addSink's settle is then
    // cheap): redis's descriptors gathered thousands of candidates.
    std::string required = s.requiredHandle;
    if (!settle(fn, required, handles))
      return;
    Chain own = one(traces_.span(s.steps));
    for (const Entry &e : expandCached(fn, factAtom(s.from)).entries)
      if (!sinkKnown(fn, sinkBase_[fi] + si, e.atom, required, handles))
        addSink(fn, sinkBase_[fi] + si, e.atom, &s, fn.f, chain({&e.trace, &own}), required,
              handles);
  }

  /// Brings what callee `h` does through its parameters (sinks reached,
  /// globals written) into `fn` at call site `c`.
  /// Callee item `k` of the visit, semi-naively: what the callee added
  /// since the item last ran, with every argument; what it had before,
  /// with the arguments added since. Applying everything again whenever
  /// either grew made callers in a large recursive component quadratic
  /// (redis).
  void applyCallee(Fn &fn, size_t c, size_t h, size_t k) {
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
    // there (a callee of a large component has thousands).
    size_t sinkBase = newArgs ? 0 : oldSinks, writeBase = newArgs ? 0 : oldWrites;
    std::vector<SinkEntry> sinks;
    for (size_t i = sinkBase; i < callee.paramSinks.size(); ++i)
      sinks.push_back(*callee.paramSinks[i]);
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
      const SinkEntry &se = sinks[i];
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
      Chain inner = one(se.trace);
      if (atom(se.atom).kind != Atom::Param) {
        // The data is settled; only the handle is still the caller's.
        addSink(fn, se.sinkId, se.atom, se.sink, se.in, chain({&call, &inner}), required,
                handles);
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

  /// The argument outputs of call site `c` in `fn`'s log.
  template <typename F> static void forArgsOf(const Fn &fn, size_t c, F f) {
    std::string prefix = "arg|" + std::to_string(c) + "|";  // as Output::baseKey
    for (auto it = fn.argLog.lower_bound(prefix);
         it != fn.argLog.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it)
      f(it->first, it->second.size());
  }

  // ---- globals --------------------------------------------------------------
  //
  // A sink that reads a global keeps the global atom; once every summary is
  // final, the global is resolved to the sources stored in it. Globals form
  // a graph of their own (a writer stores global `h` into `g`): it is solved
  // on demand, components first, so a cycle of globals gets every source of
  // its members, and each global is resolved once however many sinks read it.

  /// Every function's stores into global output `key`, merged: member path
  /// -> atom (a source or another global) -> best trace. Program order
  /// breaks ties, so the choice is deterministic.
  const std::map<std::string, AtomMap> &globalStores(const std::string &key) {
    if (!storesIndexed_) {
      for (const Fn &fn : fns_)
        for (const auto &[k, byPath] : fn.res) {
          if (k.rfind("glob|", 0) != 0)
            continue;
          for (const auto &[path, amap] : byPath)
            for (const auto &[a, t] : amap) {
              if (atom(a).kind != Atom::Source && atom(a).kind != Atom::Global)
                continue;
              auto [it, fresh] = stores_[k][path].try_emplace(a, t);
              if (!fresh && traces_.shape(t) < traces_.shape(it->second))
                it->second = t;
            }
        }
      storesIndexed_ = true;
    }
    static const std::map<std::string, AtomMap> none;
    auto it = stores_.find(key);
    return it == stores_.end() ? none : it->second;
  }

  /// A global resolves through a node of its own: the global at its derefs
  /// with the member path cut to the first member (tmux's trees of options
  /// and windows made a node per deep path, hundreds of thousands of them).
  /// A node over-approximates the members below it.
  struct GlobalNode {
    std::vector<std::pair<AtomId, TraceId>> stored;  // globals stored in it (globalKey), trace
    std::map<AtomId, std::pair<TraceId, link::TraceShape>> found;  // sources, best trace
    size_t index = 0, low = 0;
    bool onStack = false, done = false;
    std::vector<std::pair<AtomId, TraceId>> sources;  // once done: `found`, by atom
  };

  /// `g` with its member path cut to the first member; without what a
  /// validator cleared it for unless `keepCleared` (a stored global keeps
  /// it, so the sources found through it are narrowed; the node does not).
  AtomId globalKey(AtomId g, bool keepCleared) {
    Atom x = atom(g);
    if (size_t second = x.path.find('.', 1); second != std::string::npos)
      x.path.resize(second);
    if (!keepCleared)
      x.cleared.clear();
    return atoms_.intern(x);
  }

  /// The node of global atom `g`, made on first use with what is stored in
  /// it (other nodes by key: they are made when the search reaches them).
  size_t globalNode(AtomId g) {
    AtomId key = globalKey(g, false);
    auto [it, fresh] = globalIndex_.try_emplace(key, globalNodes_.size());
    if (!fresh)
      return it->second;
    size_t id = it->second;
    fillGlobal(globalNodes_.emplace_back(), key);
    return id;
  }

  /// What is stored in global atom `g`: sources into `n.found`, other
  /// globals (by node key, best trace each) into `n.stored`.
  void fillGlobal(GlobalNode &n, AtomId g) {
    const Atom &x = atom(g);
    Output o;
    o.kind = Output::GlobalOut;
    o.global = x.global;
    o.derefs = x.derefs;
    std::map<AtomId, std::pair<TraceId, link::TraceShape>> inner;
    for (const Entry &e : lookupIn(globalStores(o.baseKey()), x.path)) {
      TraceId t = build(e.trace);
      if (atom(e.atom).kind == Atom::Source) {
        offerSource(n, e.atom, t);
        continue;
      }
      auto [at, added] = inner.try_emplace(globalKey(e.atom, true), t, traces_.shape(t));
      if (!added && traces_.shape(t) < at->second.second)
        at->second = {t, traces_.shape(t)};
    }
    for (const auto &[k, ts] : inner)
      n.stored.push_back({k, ts.first});
  }

  /// Source `a` reaches node `n` along trace `t`; true when it is new there.
  bool offerSource(GlobalNode &n, AtomId a, TraceId t) {
    link::TraceShape sh = traces_.shape(t);
    auto [it, fresh] = n.found.try_emplace(a, t, sh);
    if (!fresh && sh < it->second.second)
      it->second = {t, sh};
    return fresh;
  }

  /// The sources that may be stored in global atom `g`, each once with its
  /// best trace (source to the write of `g`). `g` itself keeps its whole
  /// member path (a sink reading cfg.hooks.post is not told about
  /// cfg.hooks.pre); the globals stored in it resolve through their nodes.
  const std::vector<std::pair<AtomId, TraceId>> &globalSources(AtomId g) {
    if (auto it = globalQueries_.find(g); it != globalQueries_.end())
      return it->second;
    GlobalNode q;
    fillGlobal(q, g);
    for (const auto &[key, t] : q.stored)
      for (const auto &[a, ta] : resolveGlobal(globalNode(key)))
        offerSource(q, narrow(key, a), traces_.concat(ta, t));
    std::vector<std::pair<AtomId, TraceId>> &out = globalQueries_[g];
    for (const auto &[a, ts] : q.found)
      out.push_back({a, ts.first});
    return out;
  }

  /// The sources of node `root`, solving the components of the globals
  /// graph below it first.
  const std::vector<std::pair<AtomId, TraceId>> &resolveGlobal(size_t root) {
    if (globalNodes_[root].done)
      return globalNodes_[root].sources;
    // Tarjan's algorithm, iterative (chains of globals can be long).
    std::vector<std::pair<size_t, size_t>> work{{root, 0}};  // node, next stored entry
    std::vector<size_t> stack;
    while (!work.empty()) {
      auto [v, k] = work.back();
      GlobalNode &nv = globalNodes_[v];
      if (k == 0) {
        nv.index = nv.low = ++globalCounter_;
        nv.onStack = true;
        stack.push_back(v);
      }
      bool descended = false;
      while (k < nv.stored.size()) {
        size_t w = globalNode(nv.stored[k++].first);
        GlobalNode &nw = globalNodes_[w];
        if (nw.done)
          continue;
        if (nw.index == 0) {
          work.back().second = k;
          work.push_back({w, 0});
          descended = true;
          break;
        }
        if (nw.onStack)
          nv.low = std::min(nv.low, nw.index);
      }
      if (descended)
        continue;
      work.pop_back();
      if (!work.empty()) {
        GlobalNode &parent = globalNodes_[work.back().first];
        parent.low = std::min(parent.low, nv.low);
      }
      if (nv.low != nv.index)
        continue;
      std::vector<size_t> comp;
      size_t w;
      do {
        w = stack.back();
        stack.pop_back();
        globalNodes_[w].onStack = false;
        comp.push_back(w);
      } while (w != v);
      solveGlobals(comp);
    }
    return globalNodes_[root].sources;
  }

  /// One component of the globals graph, its successors already solved: a
  /// worklist until no member's set of sources grows (better traces alone
  /// do not propagate, as in the function summaries).
  void solveGlobals(std::vector<size_t> comp) {
    std::sort(comp.begin(), comp.end());
    struct Reader {
      size_t node;
      AtomId stored;  // as stored there
      TraceId trace;
    };
    std::map<size_t, std::vector<Reader>> readers;  // member -> members storing it
    for (size_t m : comp)
      for (const auto &[key, t] : globalNodes_[m].stored) {
        size_t h = globalNode(key);  // made by the search
        if (!globalNodes_[h].done) {
          readers[h].push_back({m, key, t});  // h is a member too
          continue;
        }
        for (const auto &[a, ta] : globalNodes_[h].sources)
          offerSource(globalNodes_[m], narrow(key, a), traces_.concat(ta, t));
      }
    std::vector<size_t> queue(comp.begin(), comp.end());
    std::set<size_t> queued(comp.begin(), comp.end());
    for (size_t q = 0; q < queue.size(); ++q) {
      size_t h = queue[q];
      queued.erase(h);
      std::vector<std::pair<AtomId, TraceId>> from;
      for (const auto &[a, ts] : globalNodes_[h].found)
        from.push_back({a, ts.first});
      for (const Reader &r : readers[h]) {
        bool grew = false;
        for (const auto &[a, ta] : from) {
          AtomId x = narrow(r.stored, a);
          if (!globalNodes_[r.node].found.count(x))
            grew |= offerSource(globalNodes_[r.node], x, traces_.concat(ta, r.trace));
        }
        if (grew && queued.insert(r.node).second)
          queue.push_back(r.node);
      }
    }
    for (size_t m : comp) {
      GlobalNode &n = globalNodes_[m];
      for (const auto &[a, ts] : n.found)
        n.sources.push_back({a, ts.first});
      n.found.clear();
      n.stored.clear();
      n.stored.shrink_to_fit();
      n.done = true;
    }
  }

  std::vector<report::Finding> decide() {
    std::map<std::string, std::pair<report::Finding, link::TraceShape>> best;  // a Best
    for (const Fn &fn : fns_) {
      if (stopped())
        break;
      try {
        decideIn(fn, best);
      } catch (const std::bad_alloc &) {
        outOfMemory();
      }
    }
    if (progress_)
      std::fprintf(stderr, "link: %zu global nodes resolved, %zu findings\n", globalNodes_.size(),
                   best.size());
    std::vector<report::Finding> out;
    for (auto &[k, f] : best)
      out.push_back(std::move(f.first));
    return out;
  }

  using Best = std::map<std::string, std::pair<report::Finding, link::TraceShape>>;

  /// The findings at `fn`'s sinks. Once the step is degraded, a sink that
  /// reads a global is not resolved further (that walks every writer).
  void decideIn(const Fn &fn, Best &best) {
    bool globals = !overBudget();  // checked once per function
    for (const auto &[key, se] : fn.sinks) {
      if (!se.requiredHandle.empty())
        continue;  // never shown to be a socket (or whatever it needs)
      std::vector<Entry> sources;
      const Atom &sa = atom(se.atom);
      if (sa.kind == Atom::Source) {
        sources.push_back(Entry{se.atom, one(se.trace), ""});
      } else if (sa.kind == Atom::Global && globals) {
        Chain after = one(se.trace);
        for (const auto &[a, t] : globalSources(se.atom)) {
          Chain before = one(t);
          sources.push_back(Entry{narrow(se.atom, a), chain({&before, &after}), ""});
        }
      }
      for (const Entry &src : sources)
        for (const Policy &p : policies_) {
          const Atom &from = atom(src.atom);
          if (from.excludes(se.sink->sinkKind))
            continue;  // validated for this kind of sink on the way
          if (std::find(p.sourceKinds.begin(), p.sourceKinds.end(), from.sourceKind) ==
                  p.sourceKinds.end() ||
              std::find(p.sinkKinds.begin(), p.sinkKinds.end(), se.sink->sinkKind) ==
                  p.sinkKinds.end())
            continue;
          // One finding per rule, sink position and source: a sink seen
          // twice (a call evaluated on two paths) is still one finding.
          // A read that is both env and secret is one source: the finding
          // keeps the more severe reading.
          const report::Location &at = se.sink->location;
          std::string id = p.info.id + "|" + at.file + ":" + std::to_string(at.line) + ":" +
                           std::to_string(at.column) + "|" + se.sink->api + "|" + from.api +
                           "@" + from.loc.file + ":" + std::to_string(from.loc.line) + ":" +
                           std::to_string(from.loc.column);
          report::Level level = levelFor(p, from);
          link::TraceShape sh = shape(src.trace);
          auto it = best.find(id);
          if (it != best.end() && !(level > it->second.first.level) &&
              !(level == it->second.first.level && sh < it->second.second))
            continue;
          best[id] = {makeFinding(p, se, src), sh};
        }
    }
  }

  static report::Level levelFor(const Policy &p, const Atom &src) {
    if (auto it = p.levelBySource.find(src.sourceKind); it != p.levelBySource.end())
      return it->second;
    return p.info.defaultLevel;
  }

  report::Finding makeFinding(const Policy &p, const SinkEntry &se, const Entry &src) {
    const facts::SinkFact &s = *se.sink;
    const Atom &from = atom(src.atom);
    report::Finding f;
    f.ruleId = p.info.id;
    f.level = levelFor(p, from);
    f.sourceKind = from.sourceKind;
    f.sinkKind = s.sinkKind;
    f.sourceApi = from.api;
    f.sinkApi = s.api;
    f.message = formatMessage(p.message, from.api, s.api, from.sourceKind, s.sinkKind);
    f.location = s.location;
    f.function = se.in->name;
    f.functionId = se.in->usr + "@" + se.in->location.file;
    f.flow = traces_.steps(build(src.trace));
    f.flow.push_back({s.argLocation, "reaches " + describeSink(s.sinkKind, s.api), "sink"});
    return f;
  }

  std::vector<Fn> fns_;
  std::deque<FunctionFacts> dispatchers_;  // see addDispatchers
  std::set<size_t> degradedFns_;           // linked by their sinks only, or half
  std::vector<size_t> sinkBase_;
  const std::vector<Policy> &policies_;
  LinkStats stats_;
  link::AtomTable atoms_;
  link::TraceTable traces_;
  std::unordered_map<const Atom *, AtomId> factAtoms_;  // see factAtom
  std::unordered_map<AtomId, std::unordered_map<std::string, AtomId>> withPaths_;
  std::unordered_map<std::string, uint32_t> extraIds_;  // see entryKey
  MemberShapes shapes_;
  std::map<std::tuple<size_t, size_t, size_t, bool>, TraceId> stepIds_;  // see callStep
  std::map<std::string, std::map<std::string, AtomMap>> stores_;  // see globalStores
  bool storesIndexed_ = false;
  VisitState visit_;
  std::function<bool()> stop_;
  LinkBudget budget_;
  std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
  /// Released on std::bad_alloc so the degraded rest of the step has room;
  /// never touched, so it costs address space, not resident memory.
  std::unique_ptr<char[]> reserve_{new (std::nothrow) char[kReserveBytes]};
  bool progress_ = std::getenv("SLUICE_LINK_PROGRESS") != nullptr;  // a debugging aid
  std::map<size_t, VisitState> kept_;  // members of the component being solved
  std::deque<GlobalNode> globalNodes_;  // see globalSources
  std::map<AtomId, std::vector<std::pair<AtomId, TraceId>>> globalQueries_;
  std::unordered_map<AtomId, size_t> globalIndex_;
  size_t globalCounter_ = 0;
};

} // namespace

std::vector<report::Finding> linkProgram(const std::vector<facts::TUFacts> &units,
                                         const std::vector<Policy> &policies, LinkStats *stats,
                                         const std::function<bool()> &stop,
                                         const LinkBudget &budget) {
  Linker l(units, policies, stop, budget);
  std::vector<report::Finding> out = l.run();
  if (stats)
    *stats = l.stats();
  return out;
}

} // namespace sluice
