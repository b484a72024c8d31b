#include "analyzer/program_graph.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <string>

namespace sluice {

std::vector<char> openFunctions(const ProgramGraph &g, const std::set<std::string> &addressTaken) {
  std::set<std::string> virtuallyCalled;
  for (const facts::FunctionFacts *f : g.fns)
    for (const facts::CallSite &c : f->calls)
      if (!c.virtualMethod.empty())
        virtuallyCalled.insert(c.virtualMethod);
  std::vector<char> open(g.fns.size());
  for (size_t fi = 0; fi < g.fns.size(); ++fi) {
    const facts::FunctionFacts &f = *g.fns[fi];
    open[fi] = f.addressTaken || addressTaken.count(f.usr) || virtuallyCalled.count(f.usr) ||
               !f.overrides.empty() || !f.entry.empty() || f.usr.empty();
  }
  return open;
}

namespace {

/// Resolves calls through a parameter (`main_fn(argv)` inside
/// `run_applet_main(argv, main_fn)`) to what the callers pass there,
/// following parameters passed on through direct calls. A function whose
/// callers are not all known (address taken, virtual) or a caller that
/// passes a pointer from elsewhere (memory, a global, a call's result)
/// leaves the call to its signature: every address-taken function of that
/// type. Bounded in depth; cycles add nothing new.
class ParamTargets {
public:
  ParamTargets(const ProgramGraph &g, const std::multimap<std::string, size_t> &byUsr,
               const std::set<std::string> &addressTaken)
      : g_(g), byUsr_(byUsr), open_(openFunctions(g, addressTaken)) {
    callers_.resize(g.fns.size());
    for (size_t fi = 0; fi < g.fns.size(); ++fi) {
      const facts::FunctionFacts &f = *g.fns[fi];
      for (size_t s = 0; s < f.calls.size(); ++s)
        for (const std::string &u : f.calls[s].callees) {
          auto [lo, hi] = byUsr.equal_range(u);
          for (auto it = lo; it != hi; ++it)
            callers_[it->second].push_back({fi, s});
        }
    }
  }

  /// The functions function `fi`'s parameter `param` may hold; nullopt
  /// when not every caller is known to pass known functions.
  std::optional<std::set<size_t>> of(size_t fi, int param, int depth = 0) {
    auto key = std::make_pair(fi, param);
    if (auto it = memo_.find(key); it != memo_.end())
      return it->second;
    if (open_[fi] || callers_[fi].empty() || depth > kMaxDepth)
      return std::nullopt;
    if (!active_.insert(key).second)
      return std::set<size_t>{};  // a cycle: what goes round adds nothing
    std::optional<std::set<size_t>> out = std::set<size_t>{};
    for (auto [caller, site] : callers_[fi]) {
      const facts::CallSite &c = g_.fns[caller]->calls[site];
      auto p = std::find_if(c.passed.begin(), c.passed.end(),
                            [&](const facts::PassedFunctions &x) { return x.arg == param; });
      if (p == c.passed.end() || p->other) {
        out.reset();
        break;
      }
      for (const std::string &u : p->functions) {
        auto [lo, hi] = byUsr_.equal_range(u);
        for (auto it = lo; it != hi; ++it)
          out->insert(it->second);
      }
      for (int q : p->params) {
        std::optional<std::set<size_t>> up = of(caller, q, depth + 1);
        if (!up) {
          out.reset();
          break;
        }
        out->insert(up->begin(), up->end());
      }
      if (!out)
        break;
    }
    active_.erase(key);
    if (depth == 0 || !out)
      memo_[key] = out;  // a partial answer inside a cycle is not kept
    return out;
  }

private:
  static constexpr int kMaxDepth = 8;
  const ProgramGraph &g_;
  const std::multimap<std::string, size_t> &byUsr_;
  std::vector<std::vector<std::pair<size_t, size_t>>> callers_;  // direct calls only
  std::vector<char> open_;
  std::map<std::pair<size_t, int>, std::optional<std::set<size_t>>> memo_;
  std::set<std::pair<size_t, int>> active_;
};

} // namespace

ProgramGraph ProgramGraph::build(const std::vector<facts::TUFacts> &units) {
  ProgramGraph g;
  std::multimap<std::string, size_t> byUsr;
  std::set<std::string> addressTaken;
  std::set<std::pair<std::string, std::string>> seen;  // (USR, definition file)
  for (const facts::TUFacts &u : units) {
    addressTaken.insert(u.addressTaken.begin(), u.addressTaken.end());
    for (const facts::FunctionFacts &f : u.functions)
      if (seen.emplace(f.usr, f.location.file).second) {
        byUsr.emplace(f.usr, g.fns.size());
        g.fns.push_back(&f);
      }
  }
  ParamTargets viaParams(g, byUsr, addressTaken);
  // What each struct member holding a function pointer may hold: every
  // function the program stores there (through parameters too); nullopt
  // once something unknown is stored or the member's address is taken.
  std::map<std::string, std::optional<std::set<size_t>>> fields;
  for (const facts::TUFacts &u : units)
    for (const facts::FieldStore &st : u.fieldStores) {
      auto [it, added] = fields.try_emplace(st.field, std::set<size_t>{});
      std::optional<std::set<size_t>> &held = it->second;
      if (!held)
        continue;
      if (st.value.other) {
        held.reset();
        continue;
      }
      for (const std::string &fu : st.value.functions) {
        auto [lo, hi] = byUsr.equal_range(fu);
        for (auto f = lo; f != hi; ++f)
          held->insert(f->second);
      }
      if (st.value.params.empty())
        continue;
      auto storer = byUsr.find(st.function);
      if (storer == byUsr.end()) {
        held.reset();
        continue;
      }
      for (int q : st.value.params) {
        std::optional<std::set<size_t>> passed = viaParams.of(storer->second, q);
        if (!passed) {
          held.reset();
          break;
        }
        held->insert(passed->begin(), passed->end());
      }
    }
  g.callees.resize(g.fns.size());
  for (size_t fi = 0; fi < g.fns.size(); ++fi) {
    for (const facts::CallSite &c : g.fns[fi]->calls) {
      std::set<size_t> targets;
      for (const std::string &u : c.callees) {
        auto [lo, hi] = byUsr.equal_range(u);
        for (auto it = lo; it != hi; ++it)
          targets.insert(it->second);
      }
      std::string signature = c.indirectSignature;
      if (!c.calleeField.empty())
        if (auto it = fields.find(c.calleeField); it != fields.end() && it->second) {
          // Every store to the member is known. Targets the unit already
          // resolved (a member of a constant table, read whole) are kept
          // where the member may hold them: both sets are complete.
          const std::set<size_t> &held = *it->second;
          if (targets.empty()) {
            targets = held;
          } else {
            std::set<size_t> both;
            std::set_intersection(targets.begin(), targets.end(), held.begin(), held.end(),
                                  std::inserter(both, both.end()));
            targets = std::move(both);
          }
          signature.clear();
        }
      if (c.calleeParam >= 0)
        if (std::optional<std::set<size_t>> passed = viaParams.of(fi, c.calleeParam)) {
          targets.insert(passed->begin(), passed->end());
          signature.clear();  // every caller is known: no other target
        }
      if (!c.virtualMethod.empty() || !signature.empty())
        for (size_t i = 0; i < g.fns.size(); ++i) {
          const facts::FunctionFacts &h = *g.fns[i];
          if (!c.virtualMethod.empty() &&
              (h.usr == c.virtualMethod ||
               std::find(h.overrides.begin(), h.overrides.end(), c.virtualMethod) !=
                   h.overrides.end()))
            targets.insert(i);
          if (!signature.empty() && h.signature == signature &&
              (h.addressTaken || addressTaken.count(h.usr)))
            targets.insert(i);
        }
      g.callees[fi].emplace_back(targets.begin(), targets.end());
      g.callEdges += targets.size();
    }
  }
  return g;
}

} // namespace sluice
