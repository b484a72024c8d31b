// The link step's internal state (see link.h): the Linker and the summaries
// it keeps per function. Included by the link*.cpp files only. The Linker's
// members are defined by concept:
//   link.cpp            the driver: components bottom-up, budgets and the
//                       degraded mode, visits, callees' effects at a call;
//   link_summaries.cpp  traces, atoms, the entries stored per output and
//                       looked up again, expansions through callees, sinks;
//   link_globals.cpp    globals, resolved to their sources at decision time;
//   link_findings.cpp   the decision: findings against the policies.
#pragma once

#include "analyzer/link.h"
#include "analyzer/flat_map.h"
#include "analyzer/link_tables.h"

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <deque>
#include <functional>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <new>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace sluice::link::detail {

using facts::Atom;
using facts::FunctionFacts;
using facts::Output;

/// Address space held back for the degraded end of the step after a
/// std::bad_alloc.
constexpr size_t kReserveBytes = size_t(64) << 20;

/// What may lie below each member name, over every unit of the program
/// (TUFacts::memberShapes): a name some unit does not know, or knows as
/// `void *` or a template parameter, may hold anything.
class MemberShapes {
public:
  explicit MemberShapes(const std::vector<facts::TUFacts> &units);
  /// Whether member `b` may lie directly below member `a`.
  bool mayHold(std::string_view a, std::string_view b) const;

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
struct SinkKey {
  size_t sinkId;
  AtomId atom;
  std::string required;
  std::vector<AtomId> handles;
};
/// A SinkKey looked up without copying its requirement (most offers are of
/// known entries: 24 of redis's 30 million).
struct SinkKeyRef {
  size_t sinkId;
  AtomId atom;
  const std::string &required;
  const std::vector<AtomId> &handles;
};
struct SinkKeyLess {
  using is_transparent = void;
  template <typename A, typename B> bool operator()(const A &a, const B &b) const {
    return std::tie(a.sinkId, a.atom, a.required, a.handles) <
           std::tie(b.sinkId, b.atom, b.required, b.handles);
  }
};

struct Fn {
  const FunctionFacts *f = nullptr;
  /// Output (without member path) -> member path -> atoms reaching it.
  std::map<std::string, std::map<std::string, AtomMap>> res;
  std::map<SinkKey, SinkEntry, SinkKeyLess> sinks;  // best entry per identity
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

/// The link of one program (linkProgram): every function's summary, bottom-up
/// over the call graph, then the findings at its sinks.
class Linker {
public:
  // ---- the driver (link.cpp) ------------------------------------------------

  Linker(const std::vector<facts::TUFacts> &units, const std::vector<Policy> &policies,
         const std::function<bool()> &stop, const LinkBudget &budget);

  /// Call sites with many targets (a function pointer that every command
  /// handler matches, a virtual call with many overriders) go through one
  /// dispatcher per set of targets: a function the link makes, which
  /// passes its parameters to each target and returns what any of them
  /// returns. Its summary is the union of theirs, computed once, and each
  /// caller applies that one summary: redis's command table put 2,284
  /// functions in one component whose every visit paid every target of
  /// every indirect call.
  void addDispatchers();

  std::vector<report::Finding> run();

  /// Links one component: visited until no member's summary grows (a
  /// component that does not call itself, once). Stops early when the
  /// budget runs out.
  void linkComponent(const std::vector<size_t> &scc);

  const LinkStats &stats() const { return stats_; }

  bool stopped();

  bool degraded() const { return !stats_.degradedBy.empty(); }

  /// True once a limit of the budget is reached; the link degrades from
  /// then on (see LinkBudget).
  bool overBudget();

  /// std::bad_alloc inside the step: the reserve is released so that what
  /// follows (sinks only, the decision, the report) has room.
  void outOfMemory();

  /// The degraded link of one function: its sinks only, with what its own
  /// sources and its callees' finished summaries bring to them.
  void linkSinksOnly(size_t fi);

private:
  /// Work done so far: summary and sink entries offered.
  size_t work() const { return stats_.entryOffers + stats_.sinkOffers; }
  /// The work a recursive component may spend before it stops unconverged
  /// (LinkBudget::componentWorkPerFunction, at least 16 functions' worth).
  size_t componentWork(size_t functions) const;

  void noteComponent(const std::vector<size_t> &scc, size_t rounds,
                     std::chrono::steady_clock::time_point started, size_t workDone);

  // ---- the call graph's components (link.cpp) -------------------------------

  bool calls(size_t a, size_t b) const;
  /// Where `fi` comes in a component's first round (firstVisit_).
  std::pair<size_t, size_t> order(size_t fi) const;

  // ---- traces (link_summaries.cpp; the chains inline, below) ----------------

  static void append(Chain &c, TraceId t, link::TraceTable &tt);
  Chain chain(std::initializer_list<const Chain *> parts);
  Chain one(TraceId t);
  link::TraceShape shape(const Chain &c) const;
  TraceId build(const Chain &c);
  /// The step of passing to (or returning from) `callee` at call site `c`
  /// of `fn`, made once per site and callee.
  TraceId callStep(const Fn &fn, size_t c, const Fn &callee, bool returning = false);
  TraceId returnStep(const Fn &fn, size_t c, const Fn &callee) {
    return callStep(fn, c, callee, true);
  }

  // ---- atoms (link_summaries.cpp) -------------------------------------------

  const Atom &atom(AtomId a) const { return atoms_.get(a); }
  /// An atom of the facts, interned once (the facts do not move during
  /// the link; a re-visited item would build and hash its key again).
  AtomId factAtom(const Atom &a);
  AtomId withPath(AtomId a, const std::string &more);
  /// Resolving `through` (an atom a validator may have vouched for) to
  /// `actual`: `actual` inherits the sink kinds it was shown safe for.
  AtomId narrow(AtomId through, AtomId actual);
  /// A callee's value read by a name its caller gives (kSecretIfNamed),
  /// seen from `fn` at call site `c`: a secret when the call names one
  /// there, else nothing (std::nullopt); any other atom as it is.
  std::optional<AtomId> namedAtCall(const Fn &fn, size_t c, AtomId a);

  /// Parameters and globals: atoms that callers (or the decision, for
  /// globals) still resolve, bounded by kMaxDerivedAtoms.
  bool isDerived(AtomId a) const;

  static std::string argKey(int call, int index, int derefs);

  /// Where an output's member `path` is stored: k-limited, and once the
  /// output holds many distinct members, widened to the first member and
  /// then to the whole object (a prefix stands for everything below it).
  std::string memberSlot(Fn &fn, const std::string &base, const std::string &path);

  /// Stores atom `a` at output `base`, member `path`, or a better trace for
  /// it. `argCall`: the call site when the output is one of its arguments
  /// (what depends on that call is then run again), else -1.
  void addEntry(Fn &fn, const std::string &base, const std::string &path, AtomId a,
                const Chain &c, int argCall = -1);
  /// An output's member slot, resolved once for a run of entries to it.
  struct Slot {
    const std::string *base = nullptr;
    std::string name;
    AtomMap *atoms = nullptr;
  };
  Slot slotFor(Fn &fn, const std::string &base, const std::string &path);
  /// addEntry into a slot slotFor resolved (its member limits do not
  /// change while entries are added to it).
  void addEntryAt(Fn &fn, Slot &slot, AtomId a, const Chain &c, int argCall);

  /// The atoms that reach output `base` at member `path` of `fn`: parts
  /// stored at an enclosing member (or the whole object) count, with the
  /// rest of the path added to what they stand for; parts stored inside the
  /// member count as they are.
  std::vector<Entry> lookup(const Fn &fn, const std::string &base, const std::string &path);
  std::vector<Entry> lookupIn(const std::map<std::string, AtomMap> &byPath,
                              const std::string &path);
  /// Atom `a`, stored at member `q`, as read at member `path`.
  Entry entryAt(const std::string &q, AtomId a, TraceId t, const std::string &path);
  /// lookup() of a call argument output, over the entries added from
  /// position `from` of its log on.
  std::vector<Entry> lookupNew(const Fn &fn, const std::string &base, const std::string &path,
                               size_t from);

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
                            const std::map<std::string, size_t> *seen = nullptr);

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
  uint64_t entryKey(const Entry &e);
  const Expansion &expandCached(const Fn &fn, AtomId aid);

  void argChanged(int call);

  /// Settles a handle requirement with atoms in `fn`'s terms: satisfied
  /// (true, requirement cleared) when one is such a handle; otherwise keeps
  /// those that callers may still resolve. False when none is left.
  bool settle(Fn &fn, std::string &required, std::vector<AtomId> &from) const;

  /// What the caller `fn` passes at call site `c` for the callee's
  /// parameter atom `p`: one argument, or for the `...` of a variadic
  /// callee every argument from there on.
  /// With `seen`, only the arguments added since: per argument output, how
  /// much of its log was already seen (argLookup over the new part).
  std::vector<Entry> argLookup(const Fn &fn, size_t c, const Fn &callee, AtomId pid,
                               const std::map<std::string, size_t> *seen = nullptr);

  static uint64_t plainSinkKey(size_t sinkId, AtomId a) { return (uint64_t(sinkId) << 32) | a; }
  /// A candidate that needs no handle and whose (sink, atom) is stored
  /// already (it could only bring a better trace, which is not worth
  /// building) or was dropped by a bound (it would be again). A caller of
  /// many drawing helpers (tmux's mode_tree_draw)
  /// was offered the same few sink entries two million times each.
  bool sinkKnown(const Fn &fn, size_t sinkId, AtomId a, const std::string &required,
                 const std::vector<AtomId> &handleFrom) const;

  /// Offers a sink entry. The requirement is settled already (settle(),
  /// once per sink or callee entry rather than per candidate).
  void addSink(Fn &fn, size_t sinkId, AtomId a, const facts::SinkFact *s,
               const FunctionFacts *in, const Chain &c, const std::string &required,
               const std::vector<AtomId> &handleFrom);

  // ---- visits (link.cpp) ----------------------------------------------------

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

  static void dependOn(VisitState &v, const Atom &a, size_t item);

  /// The sum of the versions of call site `c`'s targets: it changes when
  /// any of their summaries grew.
  uint64_t calleeStamp(const Fn &fn, size_t c) const;

  /// Visits a function until its own facts are settled against its
  /// callees' current summaries: every item runs once, then only items
  /// whose call arguments changed. True when its summary grew.
  /// `keep`: the function is in a recursive component and will be visited
  /// again; its visit state is kept, so the next visit re-runs only the
  /// items of calls whose targets' summaries grew since.
  bool visit(size_t fi, bool keep = false);

  bool runItems(Fn &fn, size_t fi, size_t nFlows, size_t nSinks, bool keep);

  void runFlow(Fn &fn, const facts::Flow &flow, size_t item);

  void runSink(Fn &fn, size_t fi, size_t si);

  /// Brings what callee `h` does through its parameters (sinks reached,
  /// globals written) into `fn` at call site `c`.
  /// Callee item `k` of the visit, semi-naively: what the callee added
  /// since the item last ran, with every argument; what it had before,
  /// with the arguments added since. Applying everything again whenever
  /// either grew made callers in a large recursive component quadratic
  /// (redis).
  void applyCallee(Fn &fn, size_t c, size_t h, size_t k);

  /// The argument outputs of call site `c` in `fn`'s log.
  template <typename F> static void forArgsOf(const Fn &fn, size_t c, F f) {
    std::string prefix = "arg|" + std::to_string(c) + "|";  // as Output::baseKey
    for (auto it = fn.argLog.lower_bound(prefix);
         it != fn.argLog.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it)
      f(it->first, it->second.size());
  }

  // ---- globals (link_globals.cpp) -------------------------------------------

  /// Every function's stores into global output `key`, merged: member path
  /// -> atom (a source, a handle or another global) -> best trace. Program
  /// order breaks ties, so the choice is deterministic.
  const std::map<std::string, AtomMap> &globalStores(const std::string &key);
  /// globalStores of global atom `g`'s output (its global at its derefs).
  const std::map<std::string, AtomMap> &storesOf(const Atom &g);

  /// A global resolves through a node of its own: the global at its derefs
  /// with the member path cut to its first two members (kGlobalNodeMembers:
  /// with the whole path, tmux's trees of options and windows made a node
  /// per deep path, hundreds of thousands of them; with one, redis-cli's
  /// `config.conn_info.hostip` got `.auth`). A node over-approximates the
  /// members below it.
  struct GlobalNode {
    std::vector<std::pair<AtomId, TraceId>> stored;  // globals stored in it (globalKey), trace
    std::map<AtomId, std::pair<TraceId, link::TraceShape>> found;  // sources, best trace
    size_t index = 0, low = 0;
    bool onStack = false, done = false;
    std::vector<std::pair<AtomId, TraceId>> sources;  // once done: `found`, by atom
  };

  /// `g` with its member path cut to the node's members; without what a
  /// validator cleared it for unless `keepCleared` (a stored global keeps
  /// it, so the sources found through it are narrowed; the node does not).
  AtomId globalKey(AtomId g, bool keepCleared);

  /// The node of global atom `g`, made on first use with what is stored in
  /// it (other nodes by key: they are made when the search reaches them).
  size_t globalNode(AtomId g);

  /// What is stored in global atom `g`: sources into `n.found`, other
  /// globals (by node key, best trace each) into `n.stored`.
  void fillGlobal(GlobalNode &n, AtomId g);

  /// Source `a` reaches node `n` along trace `t`; true when it is new there.
  bool offerSource(GlobalNode &n, AtomId a, TraceId t);

  /// The sources that may be stored in global atom `g`, each once with its
  /// best trace (source to the write of `g`). `g` itself keeps its whole
  /// member path (a sink reading cfg.hooks.post is not told about
  /// cfg.hooks.pre); the globals stored in it resolve through their nodes.
  const std::vector<std::pair<AtomId, TraceId>> &globalSources(AtomId g);
  /// A sink still needing a handle gets it from a global of its handleFrom
  /// whose stores at exactly that member hold a handle of the kind.
  bool handleInGlobals(const SinkEntry &se);

  /// The sources of node `root`, solving the components of the globals
  /// graph below it first.
  const std::vector<std::pair<AtomId, TraceId>> &resolveGlobal(size_t root);

  /// One component of the globals graph, its successors already solved: a
  /// worklist until no member's set of sources grows (better traces alone
  /// do not propagate, as in the function summaries).
  void solveGlobals(std::vector<size_t> comp);

  // ---- findings (link_findings.cpp) -----------------------------------------

  std::vector<report::Finding> decide();

  using Best = std::map<std::string, std::pair<report::Finding, link::TraceShape>>;

  /// The findings at `fn`'s sinks. Once the step is degraded, a sink that
  /// reads a global is not resolved further (that walks every writer).
  void decideIn(const Fn &fn, Best &best);

  static report::Level levelFor(const Policy &p, const Atom &src);

  /// `from`: the source atom, its kind as decided (a read shown to be on a socket is network data).
  report::Finding makeFinding(const Policy &p, const SinkEntry &se, const Entry &src,
                              const Atom &from);

  /// The reads (api and call position) whose descriptor from outside their
  /// function was shown to be a socket: their `file` source is network
  /// data. Filled from the kSourceKindSink entries before the findings are
  /// decided.
  std::set<std::tuple<std::string, std::string, unsigned, unsigned>> socketReads_;
  bool socketRead(const Atom &src) const {
    return socketReads_.count({src.api, src.loc.file, src.loc.line, src.loc.column}) > 0;
  }

  // ---- state ----------------------------------------------------------------

  std::vector<Fn> fns_;
  std::deque<FunctionFacts> dispatchers_;  // see addDispatchers
  /// Per function: where it comes first in a component's first round (a
  /// callback copy right after the function it copies).
  std::vector<std::pair<size_t, size_t>> firstVisit_;
  std::set<size_t> degradedFns_;           // linked by their sinks only, or half
  std::vector<size_t> sinkBase_;
  const std::vector<Policy> &policies_;
  LinkStats stats_;
  link::AtomTable atoms_;
  link::TraceTable traces_;
  std::unordered_map<const Atom *, AtomId> factAtoms_;  // see factAtom
  std::unordered_map<AtomId, std::unordered_map<std::string, AtomId>> withPaths_;
  std::unordered_map<std::string, uint32_t> extraIds_;  // see entryKey
  FlatMap64<AtomId> narrowed_;  // (through, actual) -> narrow()
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

// ---- traces -----------------------------------------------------------------
//
// Inline: every part of the link builds chains in its inner loops.

inline void Linker::append(Chain &c, TraceId t, link::TraceTable &tt) {
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

inline Chain Linker::chain(std::initializer_list<const Chain *> parts) {
  Chain out;
  for (const Chain *p : parts)
    for (size_t i = 0; i < p->n; ++i)
      append(out, p->parts[i], traces_);
  return out;
}

inline Chain Linker::one(TraceId t) {
  Chain c;
  append(c, t, traces_);
  return c;
}

inline link::TraceShape Linker::shape(const Chain &c) const {
  link::TraceShape s;
  for (size_t i = 0; i < c.n; ++i)
    s = link::TraceTable::combine(s, traces_.shape(c.parts[i]));
  return s;
}

inline TraceId Linker::build(const Chain &c) {
  TraceId t = 0;
  for (size_t i = 0; i < c.n; ++i)
    t = traces_.concat(t, c.parts[i]);
  return t;
}

} // namespace sluice::link::detail
