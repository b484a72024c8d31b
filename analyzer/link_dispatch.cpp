// Pieces of the link step that need none of its state: the call graph's
// strongly connected components, and the facts of a dispatcher (see
// link_dispatch.h).
#include "analyzer/link_dispatch.h"

#include <algorithm>

namespace sluice::link {

using facts::Atom;
using facts::FunctionFacts;
using facts::Output;

std::vector<std::vector<size_t>> components(std::vector<std::vector<size_t>> succ) {
  size_t n = succ.size();
  std::vector<std::vector<size_t>> out;
  for (size_t i = 0; i < n; ++i) {
    std::sort(succ[i].begin(), succ[i].end());
    succ[i].erase(std::unique(succ[i].begin(), succ[i].end()), succ[i].end());
  }
  const size_t none = ~size_t(0);
  std::vector<size_t> index(n, none), low(n, 0), stack;
  std::vector<char> onStack(n, 0);
  size_t counter = 0;
  std::vector<std::pair<size_t, size_t>> work;  // node, next successor
  for (size_t root = 0; root < n; ++root) {
    if (index[root] != none)
      continue;
    work.push_back({root, 0});
    while (!work.empty()) {
      auto &[v, k] = work.back();
      if (k == 0 && index[v] == none) {
        index[v] = low[v] = counter++;
        stack.push_back(v);
        onStack[v] = 1;
      }
      if (k < succ[v].size()) {
        size_t w = succ[v][k++];
        if (index[w] == none)
          work.push_back({w, 0});
        else if (onStack[w])
          low[v] = std::min(low[v], index[w]);
        continue;
      }
      if (low[v] == index[v]) {
        std::vector<size_t> comp;
        size_t w;
        do {
          w = stack.back();
          stack.pop_back();
          onStack[w] = 0;
          comp.push_back(w);
        } while (w != v);
        std::sort(comp.begin(), comp.end());
        out.push_back(std::move(comp));
      }
      size_t done = v;
      work.pop_back();
      if (!work.empty())
        low[work.back().first] = std::min(low[work.back().first], low[done]);
    }
  }
  return out;
}

FunctionFacts dispatcherFacts(const std::vector<const FunctionFacts *> &targets, int params,
                              size_t serial) {
  FunctionFacts d;
  d.usr = "sluice:dispatch:" + std::to_string(serial);
  d.name = "one of " + std::to_string(targets.size()) + " functions of type " +
           targets[0]->signature;
  d.signature = targets[0]->signature;
  auto param = [](int i, int derefs) {
    Atom a;
    a.kind = Atom::Param;
    a.index = i;
    a.derefs = derefs;
    return a;
  };
  auto output = [](Output::Kind kind, int call, int i, int derefs) {
    Output o;
    o.kind = kind;
    o.call = call;
    o.index = i;
    o.derefs = derefs;
    return o;
  };
  for (size_t k = 0; k < targets.size(); ++k) {
    const FunctionFacts &t = *targets[k];
    facts::CallSite cs;
    cs.callees = {t.usr};
    cs.calleeName = t.name;
    cs.location = t.location;  // the step "passed to 't'" points at t
    cs.argCount = params;
    d.calls.push_back(std::move(cs));
    int call = static_cast<int>(k);
    for (int derefs = 0; derefs <= kMaxDerefs; ++derefs) {
      for (int i = 0; i < params; ++i) {
        d.flows.push_back({param(i, derefs), output(Output::CallArg, call, i, derefs), {}});
        if (derefs > 0) {
          Atom out;
          out.kind = Atom::CallOut;
          out.call = call;
          out.index = i;
          out.derefs = derefs;
          d.flows.push_back({out, output(Output::ParamOut, -1, i, derefs), {}});
        }
      }
      Atom ret;
      ret.kind = Atom::CallRet;
      ret.call = call;
      ret.derefs = derefs;
      d.flows.push_back({ret, output(Output::Return, -1, 0, derefs), {}});
    }
  }
  return d;
}

} // namespace sluice::link
