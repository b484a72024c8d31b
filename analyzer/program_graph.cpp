#include "analyzer/program_graph.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

namespace sluice {

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
  g.callees.resize(g.fns.size());
  for (size_t fi = 0; fi < g.fns.size(); ++fi) {
    for (const facts::CallSite &c : g.fns[fi]->calls) {
      std::set<size_t> targets;
      for (const std::string &u : c.callees) {
        auto [lo, hi] = byUsr.equal_range(u);
        for (auto it = lo; it != hi; ++it)
          targets.insert(it->second);
      }
      if (!c.virtualMethod.empty() || !c.indirectSignature.empty())
        for (size_t i = 0; i < g.fns.size(); ++i) {
          const facts::FunctionFacts &h = *g.fns[i];
          if (!c.virtualMethod.empty() &&
              (h.usr == c.virtualMethod ||
               std::find(h.overrides.begin(), h.overrides.end(), c.virtualMethod) !=
                   h.overrides.end()))
            targets.insert(i);
          if (!c.indirectSignature.empty() && h.signature == c.indirectSignature &&
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
