#include "analyzer/link.h"

#include "analyzer/program_graph.h"

#include <algorithm>
#include <map>

namespace sluice {

using facts::Atom;
using facts::FunctionFacts;
using facts::Output;
using Steps = std::vector<report::FlowStep>;

namespace {

/// Rounds of the interprocedural fixpoint before giving up; each round
/// visits every function, so this is far above what call depth needs.
constexpr size_t kMaxRounds = 200;
/// How many global-to-global hops are followed.
constexpr int kMaxGlobalDepth = 8;

std::string stepsKey(const Steps &s) {
  std::string k;
  for (const report::FlowStep &x : s)
    k += x.location.file + ":" + std::to_string(x.location.line) + ":" +
         std::to_string(x.location.column) + ":" + x.message + "\n";
  return k;
}

/// A total order on traces: shorter first, then by content, so that the
/// trace kept does not depend on the order facts were visited in.
bool better(const Steps &a, const Steps &b) {
  if (a.size() != b.size())
    return a.size() < b.size();
  return stepsKey(a) < stepsKey(b);
}

Steps concat(std::initializer_list<const Steps *> parts) {
  Steps out;
  for (const Steps *p : parts)
    out.insert(out.end(), p->begin(), p->end());
  return out;
}

struct Entry {
  Atom atom;
  Steps steps;
  /// From lookups only: the member below the demanded one where the atom
  /// was found (the demanded member holds it there).
  std::string extra;
};

/// Resolving `through` (an atom a validator may have vouched for) to
/// `actual`: `actual` inherits the sink kinds it was shown safe for.
bool narrow(const Atom &through, Atom &actual) {
  if (!through.cleared.empty())
    actual.cleared = facts::mergeCleared(actual.cleared, through.cleared);
  return true;
}
using AtomMap = std::map<std::string, Entry>;

bool addEntry(AtomMap &m, const Atom &a, Steps steps) {
  std::string key = a.key();
  auto it = m.find(key);
  if (it == m.end()) {
    m.emplace(std::move(key), Entry{a, std::move(steps)});
    return true;
  }
  if (better(steps, it->second.steps)) {
    it->second.steps = std::move(steps);
    return true;
  }
  return false;
}

struct SinkEntry {
  Atom atom;
  const facts::SinkFact *sink = nullptr;
  const FunctionFacts *in = nullptr;
  std::string sinkId;
  Steps steps;
  /// A handle the sink still needs (see SinkFact), and the atoms it may
  /// come from in this function's terms; empty once satisfied.
  std::string requiredHandle;
  std::vector<Atom> handleFrom;
};

struct Fn {
  const FunctionFacts *f = nullptr;
  /// Output (without member path) -> member path -> atoms reaching it.
  std::map<std::string, std::map<std::string, AtomMap>> res;
  std::map<std::string, SinkEntry> sinks;    // sink id + atom key -> best entry
  std::vector<std::vector<size_t>> callees;  // per call site
};

class Linker {
public:
  Linker(const std::vector<facts::TUFacts> &units, const std::vector<Policy> &policies)
      : policies_(policies) {
    ProgramGraph g = ProgramGraph::build(units);
    for (size_t i = 0; i < g.fns.size(); ++i)
      fns_.push_back(Fn{g.fns[i], {}, {}, std::move(g.callees[i])});
    stats_.callEdges = g.callEdges;
    stats_.functions = fns_.size();
  }

  std::vector<report::Finding> run() {
    for (; stats_.rounds < kMaxRounds; ++stats_.rounds)
      if (!round())
        break;
    stats_.converged = stats_.rounds < kMaxRounds;
    return decide();
  }

  const LinkStats &stats() const { return stats_; }

private:
  report::FlowStep callStep(const Fn &fn, size_t c, const Fn &callee) const {
    return {fn.f->calls[c].location, "passed to '" + callee.f->name + "'", "call"};
  }
  report::FlowStep returnStep(const Fn &fn, size_t c, const Fn &callee) const {
    return {fn.f->calls[c].location, "returned from '" + callee.f->name + "'", "return"};
  }

  static std::string argKey(int call, int index, int derefs) {
    Output o;
    o.kind = Output::CallArg;
    o.call = call;
    o.index = index;
    o.derefs = derefs;
    return o.baseKey();
  }

  /// The atoms that reach output `base` at member `path` of `fn`: parts
  /// stored at an enclosing member (or the whole object) count, with the
  /// rest of the path added to what they stand for; parts stored inside the
  /// member count as they are.
  static std::vector<Entry> lookup(const Fn &fn, const std::string &base, const std::string &path) {
    std::vector<Entry> out;
    auto it = fn.res.find(base);
    if (it == fn.res.end())
      return out;
    for (const auto &[q, amap] : it->second) {
      if (!facts::pathsOverlap(q, path))
        continue;
      for (const auto &[k, e] : amap) {
        Entry x = e;
        if (q.size() < path.size() && x.atom.kind != Atom::Source)
          x.atom.path += path.substr(q.size());
        else if (q.size() > path.size())
          x.extra = q.substr(path.size());
        out.push_back(std::move(x));
      }
    }
    return out;
  }

  /// The base atoms (sources, own parameters, globals) an atom of `fn`
  /// stands for, each with the steps that lead to it.
  std::vector<Entry> expand(const Fn &fn, const Atom &a) const {
    if (a.kind == Atom::Source || a.kind == Atom::Param || a.kind == Atom::Global ||
        a.kind == Atom::Handle)
      return {Entry{a, {}}};
    std::vector<Entry> raw, out;
    if (a.call < 0 || static_cast<size_t>(a.call) >= fn.callees.size())
      return out;
    Output want;
    want.kind = a.kind == Atom::CallRet ? Output::Return : Output::ParamOut;
    want.index = a.index;
    want.derefs = a.derefs;
    std::string wantKey = want.baseKey();
    for (size_t h : fn.callees[a.call]) {
      const Fn &callee = fns_[h];
      Steps ret = {returnStep(fn, a.call, callee)};
      for (const Entry &e : lookup(callee, wantKey, a.path)) {
        if (e.atom.kind != Atom::Param) {
          raw.push_back(Entry{e.atom, concat({&e.steps, &ret}), e.extra});
          continue;
        }
        Steps call = {callStep(fn, a.call, callee)};
        for (const Entry &e2 : argLookup(fn, static_cast<size_t>(a.call), callee, e.atom)) {
          Atom x = e2.atom;
          if (narrow(e.atom, x))
            raw.push_back(Entry{x, concat({&e2.steps, &call, &e.steps, &ret}), e.extra + e2.extra});
        }
      }
    }
    for (Entry &e : raw)
      if (narrow(a, e.atom))
        out.push_back(std::move(e));
    return out;
  }

  /// Settles a handle requirement with atoms in `fn`'s terms: satisfied
  /// (true, requirement cleared) when one is such a handle; otherwise keeps
  /// those that callers may still resolve. False when none is left.
  static bool settle(std::string &required, std::vector<Atom> &from) {
    if (required.empty())
      return true;
    std::vector<Atom> open;
    for (const Atom &a : from) {
      if (a.kind == Atom::Handle && a.sourceKind == required) {
        required.clear();
        from.clear();
        return true;
      }
      if (a.kind == Atom::Param || a.kind == Atom::Global)
        open.push_back(a);
    }
    std::sort(open.begin(), open.end(),
              [](const Atom &x, const Atom &y) { return x.key() < y.key(); });
    open.erase(std::unique(open.begin(), open.end(),
                           [](const Atom &x, const Atom &y) { return x.key() == y.key(); }),
               open.end());
    from = open;
    return !from.empty();
  }

  /// What the caller `fn` passes at call site `c` for the callee's
  /// parameter atom `p`: one argument, or for the `...` of a variadic
  /// callee every argument from there on.
  std::vector<Entry> argLookup(const Fn &fn, size_t c, const Fn &callee, const Atom &p) const {
    int v = callee.f->variadicIndex;
    if (v < 0 || p.index != v)
      return lookup(fn, argKey(static_cast<int>(c), p.index, p.derefs), p.path);
    std::vector<Entry> out;
    for (int j = v; j < fn.f->calls[c].argCount; ++j)
      for (Entry &e : lookup(fn, argKey(static_cast<int>(c), j, p.derefs), p.path))
        out.push_back(std::move(e));
    return out;
  }

  /// The atoms a requirement stands for in the caller at call site `c`.
  std::vector<Atom> requirementAtCall(const Fn &fn, size_t c, const Fn &callee,
                                      const std::vector<Atom> &from) const {
    std::vector<Atom> out;
    for (const Atom &a : from) {
      if (a.kind == Atom::Param) {
        for (const Entry &e : argLookup(fn, c, callee, a))
          out.push_back(e.atom);
      } else {
        out.push_back(a);
      }
    }
    return out;
  }

  bool addSink(Fn &fn, const std::string &sinkId, const Atom &a, const facts::SinkFact *s,
               const FunctionFacts *in, Steps steps, std::string required = "",
               std::vector<Atom> handleFrom = {}) {
    if (!settle(required, handleFrom))
      return false;
    std::string key = sinkId + "#" + a.key() + "#" + required;
    for (const Atom &h : handleFrom)
      key += "#" + h.key();
    auto it = fn.sinks.find(key);
    if (it == fn.sinks.end()) {
      fn.sinks.emplace(key, SinkEntry{a, s, in, sinkId, std::move(steps), std::move(required),
                                      std::move(handleFrom)});
      return true;
    }
    if (better(steps, it->second.steps)) {
      it->second.steps = std::move(steps);
      return true;
    }
    return false;
  }

  bool round() {
    bool changed = false;
    for (size_t fi = 0; fi < fns_.size(); ++fi) {
      Fn &fn = fns_[fi];
      for (const facts::Flow &flow : fn.f->flows)
        for (Entry &e : expand(fn, flow.from))
          changed |= addEntry(fn.res[flow.to.baseKey()][flow.to.path + e.extra], e.atom,
                              concat({&e.steps, &flow.steps}));
      for (size_t si = 0; si < fn.f->sinks.size(); ++si) {
        const facts::SinkFact &s = fn.f->sinks[si];
        std::string id = std::to_string(fi) + ":" + std::to_string(si);
        std::vector<Atom> handles;
        for (const Atom &h : s.handleFrom)
          for (Entry &e : expand(fn, h))
            handles.push_back(e.atom);
        for (Entry &e : expand(fn, s.from))
          changed |= addSink(fn, id, e.atom, &s, fn.f, concat({&e.steps, &s.steps}),
                             s.requiredHandle, handles);
      }
      for (size_t c = 0; c < fn.callees.size(); ++c)
        for (size_t h : fn.callees[c])
          changed |= applyCallee(fn, c, h);
    }
    return changed;
  }

  /// Brings what callee `h` does through its parameters (sinks reached,
  /// globals written) into `fn` at call site `c`.
  bool applyCallee(Fn &fn, size_t c, size_t h) {
    bool changed = false;
    // Snapshots: with recursion, fn and the callee are the same function.
    std::vector<SinkEntry> sinks;
    for (const auto &[k, se] : fns_[h].sinks)
      if (se.atom.kind == Atom::Param || !se.requiredHandle.empty())
        sinks.push_back(se);
    Steps call = {callStep(fn, c, fns_[h])};
    for (const SinkEntry &se : sinks) {
      std::vector<Atom> handles = requirementAtCall(fn, c, fns_[h], se.handleFrom);
      if (se.atom.kind != Atom::Param) {
        // The data is settled; only the handle is still the caller's.
        changed |= addSink(fn, se.sinkId, se.atom, se.sink, se.in, concat({&call, &se.steps}),
                           se.requiredHandle, handles);
        continue;
      }
      std::vector<Entry> ins = argLookup(fn, c, fns_[h], se.atom);
      for (const Entry &e : ins) {
        Atom x = e.atom;
        if (narrow(se.atom, x))
          changed |= addSink(fn, se.sinkId, x, se.sink, se.in, concat({&e.steps, &call, &se.steps}),
                             se.requiredHandle, handles);
      }
    }
    struct Write {
      std::string output, path;
      Entry entry;
    };
    std::vector<Write> writes;
    for (const auto &[ok, byPath] : fns_[h].res)
      if (ok.rfind("glob|", 0) == 0)
        for (const auto &[path, amap] : byPath)
          for (const auto &[k, e] : amap)
            if (e.atom.kind == Atom::Param)
              writes.push_back({ok, path, e});
    for (const Write &w : writes) {
      std::vector<Entry> ins = argLookup(fn, c, fns_[h], w.entry.atom);
      for (const Entry &x : ins) {
        Atom y = x.atom;
        if (narrow(w.entry.atom, y))
          changed |= addEntry(fn.res[w.output][w.path + x.extra], y,
                              concat({&x.steps, &call, &w.entry.steps}));
      }
    }
    return changed;
  }

  /// Sources that may be stored in a global, through any writer.
  void globalSources(const Atom &g, const Steps &after, int depth, std::set<std::string> &seen,
                     std::vector<Entry> &out) const {
    if (depth > kMaxGlobalDepth || !seen.insert(g.key()).second)
      return;
    Output o;
    o.kind = Output::GlobalOut;
    o.global = g.global;
    o.derefs = g.derefs;
    std::string key = o.baseKey();
    for (const Fn &fn : fns_) {
      for (const Entry &e : lookup(fn, key, g.path)) {
        Steps s = concat({&e.steps, &after});
        if (e.atom.kind == Atom::Source)
          out.push_back(Entry{e.atom, std::move(s)});
        else if (e.atom.kind == Atom::Global)
          globalSources(e.atom, s, depth + 1, seen, out);
      }
    }
  }

  std::vector<report::Finding> decide() const {
    std::map<std::string, report::Finding> best;
    for (const Fn &fn : fns_) {
      for (const auto &[key, se] : fn.sinks) {
        if (!se.requiredHandle.empty())
          continue;  // never shown to be a socket (or whatever it needs)
        std::vector<Entry> sources;
        if (se.atom.kind == Atom::Source) {
          sources.push_back(Entry{se.atom, se.steps});
        } else if (se.atom.kind == Atom::Global) {
          std::set<std::string> seen;
          std::vector<Entry> all;
          globalSources(se.atom, se.steps, 0, seen, all);
          for (Entry &e : all)
            if (narrow(se.atom, e.atom))
              sources.push_back(std::move(e));
        }
        for (const Entry &src : sources)
          for (const Policy &p : policies_) {
            if (src.atom.excludes(se.sink->sinkKind))
              continue;  // validated for this kind of sink on the way
            if (std::find(p.sourceKinds.begin(), p.sourceKinds.end(), src.atom.sourceKind) ==
                    p.sourceKinds.end() ||
                std::find(p.sinkKinds.begin(), p.sinkKinds.end(), se.sink->sinkKind) ==
                    p.sinkKinds.end())
              continue;
            report::Finding f = makeFinding(p, se, src);
            // One finding per rule, sink position and source: a sink seen
            // twice (a call evaluated on two paths) is still one finding.
            const report::Location &at = se.sink->location;
            // A read that is both env and secret is one source: the finding
            // keeps the more severe reading.
            const report::Location &from = src.atom.loc;
            std::string id = p.info.id + "|" + at.file + ":" + std::to_string(at.line) + ":" +
                             std::to_string(at.column) + "|" + se.sink->api + "|" + src.atom.api +
                             "@" + from.file + ":" + std::to_string(from.line) + ":" +
                             std::to_string(from.column);
            auto it = best.find(id);
            if (it == best.end() || f.level > it->second.level ||
                (f.level == it->second.level && better(f.flow, it->second.flow)))
              best[id] = std::move(f);
          }
      }
    }
    std::vector<report::Finding> out;
    for (auto &[k, f] : best)
      out.push_back(std::move(f));
    return out;
  }

  report::Finding makeFinding(const Policy &p, const SinkEntry &se, const Entry &src) const {
    const facts::SinkFact &s = *se.sink;
    report::Finding f;
    f.ruleId = p.info.id;
    f.level = p.info.defaultLevel;
    if (auto it = p.levelBySource.find(src.atom.sourceKind); it != p.levelBySource.end())
      f.level = it->second;
    f.sourceKind = src.atom.sourceKind;
    f.sinkKind = s.sinkKind;
    f.sourceApi = src.atom.api;
    f.sinkApi = s.api;
    f.message = formatMessage(p.message, src.atom.api, s.api, src.atom.sourceKind, s.sinkKind);
    f.location = s.location;
    f.function = se.in->name;
    f.functionId = se.in->usr + "@" + se.in->location.file;
    f.flow = src.steps;
    f.flow.push_back({s.argLocation, "reaches " + describeSink(s.sinkKind, s.api), "sink"});
    return f;
  }

  std::vector<Fn> fns_;
  const std::vector<Policy> &policies_;
  LinkStats stats_;
};

} // namespace

std::vector<report::Finding> linkProgram(const std::vector<facts::TUFacts> &units,
                                         const std::vector<Policy> &policies, LinkStats *stats) {
  Linker l(units, policies);
  std::vector<report::Finding> out = l.run();
  if (stats)
    *stats = l.stats();
  return out;
}

} // namespace sluice
