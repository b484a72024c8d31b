// Copies of functions per set of callbacks their callers pass (see
// CallbackCopies in program_graph.h).
//
// A binding says what a copy's callback parameters and members hold:
// parameter q holds the functions its caller passed there (resolved
// through the caller's own binding when the caller hands on a parameter),
// and a member the copy's extent calls through holds what the program
// stored there from bound parameters. A member is bound only when every
// store into it is in one function and known (`s.fn = fn ? fn : skip`),
// so within a call of that function, the member holds what that call was
// given. (A walker re-entered from inside its own callback with another
// callback is one more call, one more copy; objects from the outer call
// still seen inside are taken to hold the inner call's callbacks.)
#include "analyzer/program_graph.h"

#include <algorithm>
#include <deque>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace sluice {

namespace {

using Set = std::vector<size_t>;  // sorted, unique

/// Copies of one function at most; further bindings share the union.
constexpr size_t kMaxCopiesPerFunction = 32;

Set unite(const Set &a, const Set &b) {
  Set out;
  std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

struct Binding {
  std::map<int, Set> params;
  std::map<std::string, Set> fields;
  bool empty() const { return params.empty() && fields.empty(); }
  bool operator<(const Binding &o) const {
    return std::tie(params, fields) < std::tie(o.params, o.fields);
  }
};

class Copier {
public:
  Copier(ProgramGraph &g, const std::vector<facts::TUFacts> &units, size_t maxCopies)
      : g_(g), maxCopies_(maxCopies) {
    std::set<std::string> addressTaken;
    for (const facts::TUFacts &u : units)
      addressTaken.insert(u.addressTaken.begin(), u.addressTaken.end());
    open_ = openFunctions(g, addressTaken);
    for (size_t i = 0; i < g.fns.size(); ++i)
      byUsr_.emplace(g.fns[i]->usr, i);
    findBindableFields(units);
    size_t n = g.fns.size();
    fieldsBelow_.resize(n);
    callbackParams_.resize(n);
    storedFields_.resize(n);
    for (const auto &[field, stores] : stores_) {
      auto it = byUsr_.find(stores.front()->function);
      storedFields_[it->second].insert(field);
    }
    for (size_t fi = 0; fi < n; ++fi)
      for (const facts::CallSite &c : g.fns[fi]->calls)
        if (stores_.count(c.calleeField))
          fieldsBelow_[fi].insert(c.calleeField);
    propagate();
  }

  CallbackCopies run() {
    size_t n = g_.fns.size();
    for (size_t fi = 0; fi < n; ++fi)
      for (size_t s = 0; s < g_.callees[fi].size(); ++s)
        if (std::optional<size_t> callee = direct(fi, s)) {
          Binding b = bindingAt(fi, s, Binding{}, *callee);
          if (!b.empty())
            g_.callees[fi][s] = {copyOf(*callee, std::move(b))};
        }
    while (!pending_.empty()) {
      size_t k = pending_.front();
      pending_.pop_front();
      fill(k);
    }
    dropSuperseded();
    return std::move(out_);
  }

private:
  /// Members every store into which is in one function, none unknown.
  void findBindableFields(const std::vector<facts::TUFacts> &units) {
    std::map<std::string, std::vector<const facts::FieldStore *>> all;
    for (const facts::TUFacts &u : units)
      for (const facts::FieldStore &st : u.fieldStores)
        all[st.field].push_back(&st);
    for (auto &[field, stores] : all) {
      bool ok = true;
      for (const facts::FieldStore *st : stores)
        ok = ok && !st->value.other && !st->function.empty() &&
             st->function == stores.front()->function && byUsr_.count(st->function) == 1;
      if (ok)
        stores_.emplace(field, std::move(stores));
    }
  }

  /// The single definition a call site reaches by name, if it is one.
  std::optional<size_t> direct(size_t fi, size_t s) const {
    const facts::CallSite &c = g_.fns[fi]->calls[s];
    const std::vector<size_t> &t = g_.callees[fi][s];
    if (c.callees.empty() || c.calleeParam >= 0 || !c.calleeField.empty() ||
        !c.virtualMethod.empty() || !c.indirectSignature.empty() || t.size() != 1 ||
        t[0] >= g_.fns.size())
      return std::nullopt;
    return t[0];
  }

  /// Which members each function's calls reach through (itself or below,
  /// by direct calls) and which of its parameters are callbacks: called
  /// through, handed on to a callee's callback parameter, or stored into
  /// a member called through below. A fixpoint over direct calls.
  void propagate() {
    size_t n = g_.fns.size();
    std::vector<std::vector<std::pair<size_t, size_t>>> callers(n);  // (caller, site)
    for (size_t fi = 0; fi < n; ++fi)
      for (size_t s = 0; s < g_.callees[fi].size(); ++s)
        if (std::optional<size_t> callee = direct(fi, s))
          callers[*callee].push_back({fi, s});
    std::deque<size_t> work;
    std::vector<char> queued(n, 0);
    for (size_t fi = 0; fi < n; ++fi) {
      for (const facts::CallSite &c : g_.fns[fi]->calls)
        if (c.calleeParam >= 0)
          callbackParams_[fi].insert(c.calleeParam);
      if (!fieldsBelow_[fi].empty() || !callbackParams_[fi].empty()) {
        work.push_back(fi);
        queued[fi] = 1;
      }
    }
    while (!work.empty()) {
      size_t g = work.front();
      work.pop_front();
      queued[g] = 0;
      for (const std::string &field : storedFields_[g])
        if (fieldsBelow_[g].count(field))
          for (const facts::FieldStore *st : stores_[field])
            callbackParams_[g].insert(st->value.params.begin(), st->value.params.end());
      for (auto [caller, site] : callers[g]) {
        bool grew = false;
        for (const std::string &field : fieldsBelow_[g])
          grew |= fieldsBelow_[caller].insert(field).second;
        for (const facts::PassedFunctions &p : g_.fns[caller]->calls[site].passed)
          if (callbackParams_[g].count(p.arg))
            for (int q : p.params)
              grew |= callbackParams_[caller].insert(q).second;
        if (grew && !queued[caller]) {
          work.push_back(caller);
          queued[caller] = 1;
        }
      }
    }
  }

  Set resolve(const std::vector<std::string> &usrs) const {
    std::set<size_t> out;
    for (const std::string &u : usrs) {
      auto [lo, hi] = byUsr_.equal_range(u);
      for (auto it = lo; it != hi; ++it)
        out.insert(it->second);
    }
    return Set(out.begin(), out.end());
  }

  /// What callee's callbacks hold when called at site `s` of `fi`, whose
  /// own callbacks hold `caller`.
  Binding bindingAt(size_t fi, size_t s, const Binding &caller, size_t callee) const {
    Binding out;
    const facts::CallSite &c = g_.fns[fi]->calls[s];
    for (int q : callbackParams_[callee]) {
      auto p = std::find_if(c.passed.begin(), c.passed.end(),
                            [&](const facts::PassedFunctions &x) { return x.arg == q; });
      if (p == c.passed.end() || p->other)
        continue;
      Set held = resolve(p->functions);
      bool known = true;
      for (int r : p->params) {
        auto it = caller.params.find(r);
        if (it == caller.params.end()) {
          known = false;
          break;
        }
        held = unite(held, it->second);
      }
      if (known && !held.empty())
        out.params[q] = std::move(held);
    }
    for (const auto &[field, held] : caller.fields)
      if (fieldsBelow_[callee].count(field))
        out.fields[field] = held;
    for (const std::string &field : storedFields_[callee]) {
      if (!fieldsBelow_[callee].count(field))
        continue;
      Set held;
      bool known = true;
      for (const facts::FieldStore *st : stores_.at(field)) {
        held = unite(held, resolve(st->value.functions));
        for (int q : st->value.params) {
          auto it = out.params.find(q);
          if (it == out.params.end()) {
            known = false;
            break;
          }
          held = unite(held, it->second);
        }
        if (!known)
          break;
      }
      if (known && !held.empty())
        out.fields[field] = std::move(held);
    }
    return out;
  }

  /// The node for `fn` under binding `b`: an existing copy, a new one, or
  /// `fn` itself once the limits are reached.
  size_t copyOf(size_t fn, Binding b) {
    auto key = std::make_pair(fn, std::move(b));
    if (auto it = made_.find(key); it != made_.end())
      return it->second;
    if (out_.of.size() >= maxCopies_ || perFunction_[fn] >= kMaxCopiesPerFunction) {
      out_.capped = true;
      return fn;
    }
    ++perFunction_[fn];
    size_t node = g_.fns.size() + out_.of.size();
    out_.of.push_back(fn);
    out_.callees.emplace_back();
    bindings_.push_back(key.second);
    made_.emplace(std::move(key), node);
    pending_.push_back(out_.of.size() - 1);
    return node;
  }

  /// Copy k's call sites: calls through a bound parameter or member reach
  /// what it holds; direct calls that hand a callback on reach copies.
  void fill(size_t k) {
    size_t fn = out_.of[k];
    Binding b = bindings_[k];  // copyOf may grow bindings_
    const facts::FunctionFacts &f = *g_.fns[fn];
    std::vector<std::vector<size_t>> callees = g_.callees[fn];
    for (size_t s = 0; s < f.calls.size(); ++s) {
      const facts::CallSite &c = f.calls[s];
      if (auto it = b.params.find(c.calleeParam); c.calleeParam >= 0 && it != b.params.end()) {
        callees[s] = unite(resolve(c.callees), it->second);
      } else if (auto fit = b.fields.find(c.calleeField);
                 !c.calleeField.empty() && fit != b.fields.end()) {
        Set named = resolve(c.callees);
        if (named.empty()) {
          callees[s] = fit->second;
        } else {
          Set both;
          std::set_intersection(named.begin(), named.end(), fit->second.begin(),
                                fit->second.end(), std::back_inserter(both));
          callees[s] = std::move(both);
        }
      } else if (std::optional<size_t> callee = direct(fn, s)) {
        Binding inner = bindingAt(fn, s, b, *callee);
        if (!inner.empty())
          callees[s] = {copyOf(*callee, std::move(inner))};
      }
    }
    out_.callees[k] = std::move(callees);
  }

  /// A function that has copies, that nothing unseen calls, and that no
  /// function without copies reaches any more (every call that passed it
  /// known callbacks now calls a copy) is linked without calls: the copies
  /// do its work. Functions without copies are never touched (a recursive
  /// pair nothing else calls keeps its calls).
  void dropSuperseded() {
    size_t n = g_.fns.size();
    std::vector<char> copied(n, 0), reached(n, 0);
    for (size_t fn : out_.of)
      copied[fn] = 1;
    std::deque<size_t> work;
    for (size_t fi = 0; fi < n; ++fi)
      if (!copied[fi] || open_[fi]) {
        reached[fi] = 1;
        work.push_back(fi);
      }
    auto visit = [&](const std::vector<std::vector<size_t>> &sites) {
      for (const auto &site : sites)
        for (size_t t : site)
          if (t < n && !reached[t]) {
            reached[t] = 1;
            work.push_back(t);
          }
    };
    for (const auto &copy : out_.callees)
      visit(copy);
    while (!work.empty()) {
      size_t fi = work.front();
      work.pop_front();
      visit(g_.callees[fi]);
    }
    for (size_t fi = 0; fi < n; ++fi)
      if (!reached[fi]) {
        for (auto &site : g_.callees[fi])
          site.clear();
        ++out_.superseded;
      }
  }

  ProgramGraph &g_;
  size_t maxCopies_;
  std::vector<char> open_;
  std::multimap<std::string, size_t> byUsr_;
  /// Bindable members and their stores.
  std::map<std::string, std::vector<const facts::FieldStore *>> stores_;
  std::vector<std::set<std::string>> fieldsBelow_;  // bindable members called through
  std::vector<std::set<int>> callbackParams_;
  std::vector<std::set<std::string>> storedFields_;  // bindable members each function stores
  std::map<std::pair<size_t, Binding>, size_t> made_;
  std::map<size_t, size_t> perFunction_;
  std::vector<Binding> bindings_;
  std::deque<size_t> pending_;
  CallbackCopies out_;
};

} // namespace

CallbackCopies copyForCallbacks(ProgramGraph &g, const std::vector<facts::TUFacts> &units,
                                size_t maxCopies) {
  return Copier(g, units, maxCopies).run();
}

} // namespace sluice
