// The link's globals (see link_linker.h).
//
// A sink that reads a global keeps the global atom; once every summary is
// final, the global is resolved to the sources stored in it. Globals form
// a graph of their own (a writer stores global `h` into `g`): it is solved
// on demand, components first, so a cycle of globals gets every source of
// its members, and each global is resolved once however many sinks read it.
// Descriptors and streams (handles) stored in globals are kept with the
// stores and looked up at the member read (handleInGlobals): a write to a
// global socket is a send.
#include "analyzer/link_linker.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace sluice::link::detail {

namespace {
/// Members of a global's path its node keeps (GlobalNode): one merged a
/// command-line tool's `config.conn_info.auth` with `.hostip` (redis-cli).
constexpr size_t kGlobalNodeMembers = 2;
} // namespace

const std::map<std::string, AtomMap> &Linker::globalStores(const std::string &key) {
  if (!storesIndexed_) {
    for (const Fn &fn : fns_)
      for (const auto &[k, byPath] : fn.res) {
        if (k.rfind("glob|", 0) != 0)
          continue;
        for (const auto &[path, amap] : byPath)
          for (const auto &[a, t] : amap) {
            if (atom(a).kind != Atom::Source && atom(a).kind != Atom::Global &&
                atom(a).kind != Atom::Handle)
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

AtomId Linker::globalKey(AtomId g, bool keepCleared) {
  Atom x = atom(g);
  x.path = facts::leadingMembers(x.path, kGlobalNodeMembers);
  if (!keepCleared)
    x.cleared.clear();
  return atoms_.intern(x);
}

size_t Linker::globalNode(AtomId g) {
  AtomId key = globalKey(g, false);
  auto [it, fresh] = globalIndex_.try_emplace(key, globalNodes_.size());
  if (!fresh)
    return it->second;
  size_t id = it->second;
  fillGlobal(globalNodes_.emplace_back(), key);
  return id;
}

const std::map<std::string, AtomMap> &Linker::storesOf(const Atom &g) {
  Output o;
  o.kind = Output::GlobalOut;
  o.global = g.global;
  o.derefs = g.derefs;
  return globalStores(o.baseKey());
}

void Linker::fillGlobal(GlobalNode &n, AtomId g) {
  const Atom &x = atom(g);
  std::map<AtomId, std::pair<TraceId, link::TraceShape>> inner;
  for (const Entry &e : lookupIn(storesOf(x), x.path)) {
    if (atom(e.atom).kind == Atom::Handle)
      continue;  // handles are looked up where stored (handleInGlobals)
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

bool Linker::offerSource(GlobalNode &n, AtomId a, TraceId t) {
  link::TraceShape sh = traces_.shape(t);
  auto [it, fresh] = n.found.try_emplace(a, t, sh);
  if (!fresh && sh < it->second.second)
    it->second = {t, sh};
  return fresh;
}

const std::vector<std::pair<AtomId, TraceId>> &Linker::globalSources(AtomId g) {
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

const std::vector<std::pair<AtomId, TraceId>> &Linker::resolveGlobal(size_t root) {
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

void Linker::solveGlobals(std::vector<size_t> comp) {
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

} // namespace sluice::link::detail
