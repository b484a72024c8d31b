// The link's summaries (see link_linker.h): traces of the step made at a
// call, atoms interned and extended by member paths, the entries stored per
// output and member and looked up again, atoms expanded through callees,
// and the sink entries with the handles they still need.
#include "analyzer/link_linker.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace sluice::link::detail {

namespace {

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
using facts::kMaxPathsPerOutput;

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
    if (p[i] == '*') {
      prev = {};  // a dereference: the next member is the pointee's
      ++i;
      continue;
    }
    size_t next = p.find_first_of(".*", i + 1);
    std::string_view name =
        std::string_view(p).substr(i + 1, (next == std::string::npos ? p.size() : next) - i - 1);
    if (++members > kMaxPathMembers || (!prev.empty() && !shapes.mayHold(prev, name))) {
      // Cut here; the dereferences below stay, so the path keeps its level.
      std::string out = p.substr(0, i);
      out.append(static_cast<size_t>(std::count(p.begin() + static_cast<long>(i), p.end(), '*')),
                 '*');
      return out;
    }
    if (next == std::string::npos)
      return p;
    prev = name;
    i = next;
  }
  return p;
}

} // namespace

MemberShapes::MemberShapes(const std::vector<facts::TUFacts> &units) {
  for (const facts::TUFacts &u : units)
    for (const facts::MemberShape &m : u.memberShapes) {
      Shape &s = shapes_[m.name];
      s.any |= m.any;
      if (!s.any)
        s.below.insert(m.below.begin(), m.below.end());
    }
}

bool MemberShapes::mayHold(std::string_view a, std::string_view b) const {
  if (a.empty() || b.empty())
    return true;  // an anonymous member
  auto it = shapes_.find(a);
  return it == shapes_.end() || it->second.any || it->second.below.count(b);
}

// ---- traces -----------------------------------------------------------------

TraceId Linker::callStep(const Fn &fn, size_t c, const Fn &callee, bool returning) {
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

// ---- atoms ------------------------------------------------------------------

AtomId Linker::factAtom(const Atom &a) {
  if (auto it = factAtoms_.find(&a); it != factAtoms_.end())
    return it->second;
  AtomId id = atoms_.intern(a);  // before the memo: a throw leaves no entry
  factAtoms_.emplace(&a, id);
  return id;
}

std::optional<AtomId> Linker::namedAtCall(const Fn &fn, size_t c, AtomId a) {
  const Atom &x = atom(a);
  if (x.kind != Atom::Source || x.sourceKind.rfind(facts::kSecretIfNamed, 0) != 0)
    return a;
  int param = std::atoi(x.sourceKind.c_str() + std::strlen(facts::kSecretIfNamed));
  if (c >= fn.f->calls.size())
    return std::nullopt;
  const std::vector<int> &named = fn.f->calls[c].secretNames;
  if (std::find(named.begin(), named.end(), param) == named.end())
    return std::nullopt;
  Atom secret = x;
  secret.sourceKind = "secret";
  return atoms_.intern(secret);
}

AtomId Linker::withPath(AtomId a, const std::string &more) {
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

AtomId Linker::narrow(AtomId through, AtomId actual) {
  const Atom &t = atom(through);
  if (t.cleared.empty())
    return actual;
  // Memoized: each expansion through a validated parameter narrows every
  // candidate (an Atom copy, a merge and a hash each; a tenth of redis's
  // link).
  uint64_t key = (uint64_t(through) << 32) | actual;
  if (const AtomId *known = narrowed_.find(key))
    return *known;
  Atom x = atom(actual);
  std::string c = facts::mergeCleared(x.cleared, t.cleared);
  AtomId out = actual;
  if (c != x.cleared) {
    x.cleared = std::move(c);
    out = atoms_.intern(x);
  }
  narrowed_.insert(key, out);
  return out;
}

bool Linker::isDerived(AtomId a) const {
  Atom::Kind k = atom(a).kind;
  return k == Atom::Param || k == Atom::Global;
}

std::string Linker::argKey(int call, int index, int derefs) {
  Output o;
  o.kind = Output::CallArg;
  o.call = call;
  o.index = index;
  o.derefs = derefs;
  return o.baseKey();
}

std::string Linker::memberSlot(Fn &fn, const std::string &base, const std::string &path) {
  std::string p = limitPath(path, shapes_);
  auto it = fn.res.find(base);
  if (it == fn.res.end() || it->second.count(p) || it->second.size() < kMaxPathsPerOutput)
    return p;
  fn.widened = true;
  std::string first = facts::firstMember(p);
  if (it->second.count(first) || it->second.size() < 2 * kMaxPathsPerOutput)
    return first;
  return "";
}

Linker::Slot Linker::slotFor(Fn &fn, const std::string &base, const std::string &path) {
  Slot s;
  s.base = &base;
  s.name = memberSlot(fn, base, path);
  s.atoms = &fn.res[base][s.name];
  return s;
}

void Linker::addEntry(Fn &fn, const std::string &base, const std::string &path, AtomId a,
                      const Chain &c, int argCall) {
  Slot s = slotFor(fn, base, path);
  addEntryAt(fn, s, a, c, argCall);
}

void Linker::addEntryAt(Fn &fn, Slot &slot, AtomId a, const Chain &c, int argCall) {
  ++stats_.entryOffers;
  AtomMap &m = *slot.atoms;
  auto it = m.find(a);
  if (it == m.end()) {
    if (m.size() >= kMaxAtomsPerOutput || (m.size() >= kMaxDerivedAtoms && isDerived(a))) {
      fn.widened = true;
      ++stats_.entriesDropped;
      return;
    }
    ++stats_.entriesStored;
    m.emplace(a, build(c));
    const std::string &base = *slot.base;
    if (atom(a).kind == Atom::Param && base.rfind("glob|", 0) == 0)
      fn.paramWrites.emplace_back(base, slot.name, a);
    else if (argCall >= 0)
      fn.argLog[base].emplace_back(slot.name, a);
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

std::vector<Entry> Linker::lookup(const Fn &fn, const std::string &base, const std::string &path) {
  auto it = fn.res.find(base);
  if (it == fn.res.end())
    return {};
  return lookupIn(it->second, path);
}

std::vector<Entry> Linker::lookupIn(const std::map<std::string, AtomMap> &byPath,
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

Entry Linker::entryAt(const std::string &q, AtomId a, TraceId t, const std::string &path) {
  // Only the members at the read level extend the atom: the members above
  // it (".log*") name the output's own pointers, not the atom's.
  Entry x{a, one(t), ""};
  std::string_view stored = facts::ownLevel(q), read = facts::ownLevel(path);
  const Atom &held = atom(a);
  if (q.empty() && held.path.empty() && held.kind != Atom::Source &&
      std::count(path.begin(), path.end(), '*') < held.derefs) {
    // Nothing named on either side (`f(ctx)` with a pointer global or
    // parameter: what the callee reads at `.rd*.err` is the atom's own
    // `.rd*.err`): the whole read path carries over, not only its last
    // level, which made hiredis's `c->reader->err` the `c->obuf` stored
    // beside it (redis-cli). Only while the read has fewer levels than the
    // atom has dereferences: a read past the generic level (`c->a->b->y`,
    // whose label stays at the last seeded level) keeps the last level
    // below, an over-approximation.
    x.atom = withPath(a, path);
    return x;
  }
  if (stored.size() < read.size() && held.kind != Atom::Source)
    x.atom = withPath(a, std::string(read.substr(stored.size())));
  else if (stored.size() > read.size())
    x.extra = stored.substr(read.size());
  return x;
}

std::vector<Entry> Linker::lookupNew(const Fn &fn, const std::string &base, const std::string &path,
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

std::vector<Entry> Linker::expand(const Fn &fn, AtomId aid, std::vector<ParamPart> &params,
                                  const std::map<std::string, size_t> *seen) {
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
          if (std::optional<AtomId> here = namedAtCall(fn, c, e.atom))
            raw.push_back(Entry{*here, chain({&e.trace, &ret}), e.extra});
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

uint64_t Linker::entryKey(const Entry &e) {
  uint32_t extra = 0;
  if (!e.extra.empty())
    extra = extraIds_.try_emplace(e.extra, static_cast<uint32_t>(extraIds_.size() + 1))
                .first->second;
  return (uint64_t(e.atom) << 32) | extra;
}

const Linker::Expansion &Linker::expandCached(const Fn &fn, AtomId aid) {
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

void Linker::argChanged(int call) {
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

bool Linker::settle(Fn &fn, std::string &required, std::vector<AtomId> &from) const {
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

std::vector<Entry> Linker::argLookup(const Fn &fn, size_t c, const Fn &callee, AtomId pid,
                                     const std::map<std::string, size_t> *seen) {
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

bool Linker::sinkKnown(const Fn &fn, size_t sinkId, AtomId a, const std::string &required,
                       const std::vector<AtomId> &handleFrom) const {
  return required.empty() && handleFrom.empty() &&
         fn.plainSinks.count(plainSinkKey(sinkId, a));
}

void Linker::addSink(Fn &fn, size_t sinkId, AtomId a, const facts::SinkFact *s,
                     const FunctionFacts *in, const Chain &c, const std::string &required,
                     const std::vector<AtomId> &handleFrom) {
  ++stats_.sinkOffers;
  bool plain = required.empty() && handleFrom.empty();
  auto it = fn.sinks.find(SinkKeyRef{sinkId, a, required, handleFrom});
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
    auto at = fn.sinks.emplace(SinkKey{sinkId, a, required, handleFrom},
                               SinkEntry{a, s, in, sinkId, build(c), required, handleFrom});
    const SinkEntry &se = at.first->second;
    // Callers settle a parameter's data, a handle, and a value read by a
    // name they give (namedAtCall: a secret where they name one).
    if (atom(se.atom).kind == Atom::Param || !se.requiredHandle.empty() ||
        (atom(se.atom).kind == Atom::Source &&
         atom(se.atom).sourceKind.rfind(facts::kSecretIfNamed, 0) == 0))
      fn.paramSinks.push_back(&se);
    visit_.summaryChanged = true;
    return;
  }
  if (shape(c) < traces_.shape(it->second.trace))
    it->second.trace = build(c);  // as in addEntry: no further propagation
}

} // namespace sluice::link::detail
