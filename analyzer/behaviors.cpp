#include "analyzer/behaviors.h"

#include <algorithm>
#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <set>

namespace sluice {

namespace {

constexpr const char *kFlowPrefix = "flow:";
/// Search steps per behaviour and scope; far above what real combinations
/// need, it only stops pathological scopes with thousands of capabilities.
constexpr size_t kSearchBudget = 200000;

void collectFlows(const BehaviorNode &n, std::vector<const BehaviorNode *> &out) {
  if (n.op == BehaviorNode::Flow)
    out.push_back(&n);
  for (const BehaviorNode &c : n.children)
    collectFlows(c, out);
}

std::string flowPolicyId(const Behavior &b, size_t n) {
  return std::string(kFlowPrefix) + b.info.id + "#" + std::to_string(n);
}

std::string quoteValue(const std::string &v) {
  std::string s = v.size() > 80 ? v.substr(0, 77) + "..." : v;
  return "'" + s + "'";
}

/// "'unlink' on 'important_file.txt' (line 16)".
std::string describeUse(const CapabilityUse &u) {
  std::string s;
  if (u.cap.kind == "flow") {
    s = u.cap.value + " reaching '" + u.cap.api + "'";
  } else if (u.cap.kind == "access-grant") {
    s = (u.cap.value.empty() ? "" : u.cap.value + " ") + "'" + u.cap.api + "'";
  } else {
    s = "'" + u.cap.api + "'";
    if (!u.cap.value.empty())
      s += " on " + quoteValue(u.cap.value);
  }
  return s + " (line " + std::to_string(u.cap.location.line) + ")";
}

/// Two values name the same resource: equal text, or a host and the same
/// host with a port ("203.0.113.9" and "203.0.113.9:4444").
bool sameResource(const std::string &a, const std::string &b) {
  if (a.empty() || b.empty())
    return false;
  if (a == b)
    return true;
  const std::string &shorter = a.size() < b.size() ? a : b;
  const std::string &longer = a.size() < b.size() ? b : a;
  return longer.compare(0, shorter.size(), shorter) == 0 && longer[shorter.size()] == ':' &&
         longer.find_first_not_of("0123456789", shorter.size() + 1) == std::string::npos;
}

/// `inner` is in `outer`'s function, or in a function that one calls on
/// the way to `inner` (the same call sites lead to `outer`'s function, and
/// `inner`'s chain goes on from there): within one scope's call paths.
bool encloses(const CapabilityUse &outer, const CapabilityUse &inner) {
  if (outer.functionId == inner.functionId)
    return true;
  if (outer.order.empty())
    return false;
  size_t n = outer.order.size() - 1;  // the call sites leading to outer's function
  return inner.order.size() > n + 1 &&
         std::equal(outer.order.begin(), outer.order.begin() + static_cast<std::ptrdiff_t>(n),
                    inner.order.begin());
}

/// Two uses that run only when the same value (same kind, same expression)
/// equals different constants (argv[1] == "profiles" vs argv[1] == "ping"),
/// or on the two branches of one test: subcommands, not one run's steps.
bool exclusive(const CapabilityUse &a, const CapabilityUse &b) {
  static const std::set<std::string> equalities = {"identity", "env",    "file",   "network",
                                                   "user-input", "secret", "argument"};
  for (const facts::Guard &ga : a.guards)
    for (const facts::Guard &gb : b.guards) {
      // The two branches of one test (host == "x" and host != "x").
      bool sameTest = ga.location.line == gb.location.line &&
                      ga.location.column == gb.location.column &&
                      ga.location.file == gb.location.file && ga.constant == gb.constant;
      if (sameTest && (ga.kind == "not-" + gb.kind || gb.kind == "not-" + ga.kind))
        return true;
      if (ga.kind == gb.kind && equalities.count(ga.kind) && ga.constant != gb.constant &&
          !ga.subject.empty() && ga.subject == gb.subject && !(ga == gb)) {
        bool aHasB = std::find(a.guards.begin(), a.guards.end(), gb) != a.guards.end();
        bool bHasA = std::find(b.guards.begin(), b.guards.end(), ga) != b.guards.end();
        if (!aHasB && !bHasA)
          return true;
      }
    }
  return false;
}

/// What one behaviour is matched against: the uses of its scope whose kind
/// one of its leaves accepts (the others can bind no leaf), by pointer into
/// the manifest or the per-function uses; flows, which carry the scope's
/// call order, are owned here.
struct Scope {
  std::string name;              // for messages: the entry point or function
  std::vector<const CapabilityUse *> uses;
  std::deque<CapabilityUse> owned;
};

/// The capability kinds any leaf of `n` accepts ("flow" for a flow leaf).
void leafKinds(const BehaviorNode &n, std::set<std::string> &out) {
  if (n.op == BehaviorNode::Flow)
    out.insert("flow");
  else if (n.op == BehaviorNode::Capability)
    out.insert(n.kinds.begin(), n.kinds.end());
  for (const BehaviorNode &c : n.children)
    leafKinds(c, out);
}

/// A leaf's match: its name (or a generated one), the use and the leaf.
struct Bound {
  std::string name;
  const CapabilityUse *use;
  const BehaviorNode *node;
};
using Binding = std::vector<Bound>;

class Matcher {
public:
  Matcher(const Behavior &b, const Scope &scope) : b_(b), scope_(scope) {}

  /// Every distinct match, keyed by its anchor (the last capability the
  /// top-level condition bound): one finding per anchor.
  std::map<std::tuple<std::string, unsigned, unsigned>, Binding> run() {
    std::vector<const BehaviorNode *> goals{&b_.root};
    Binding bind;
    solve(goals, 0, bind, [&](const Binding &done) {
      if (done.empty())
        return false;
      const CapabilityUse *anchor = done.back().use;
      auto key = std::make_tuple(anchor->cap.location.file, anchor->cap.location.line,
                                 anchor->cap.location.column);
      if (!found_.count(key))
        found_.emplace(key, done);
      return false;  // keep looking for other anchors
    });
    return found_;
  }

  /// True when the search stopped at its budget (results may be missing).
  bool exhausted() const { return steps_ > kSearchBudget; }

private:
  using Done = std::function<bool(const Binding &)>;

  static const CapabilityUse *lookup(const Binding &b, const std::string &name) {
    for (const Bound &x : b)
      if (x.name == name)
        return x.use;
    return nullptr;
  }

  bool leafAccepts(const BehaviorNode &n, const CapabilityUse &u, const Binding &b) const {
    if (n.op == BehaviorNode::Flow) {
      if (u.cap.kind != "flow" || u.cap.api.empty())
        return false;
      if (std::find(n.flowSources.begin(), n.flowSources.end(), u.sourceKind) ==
              n.flowSources.end() ||
          std::find(n.flowSinks.begin(), n.flowSinks.end(), u.sinkKind) == n.flowSinks.end())
        return false;
    } else if (std::find(n.kinds.begin(), n.kinds.end(), u.cap.kind) == n.kinds.end()) {
      return false;
    }
    if (!n.classes.empty() &&
        std::none_of(n.classes.begin(), n.classes.end(), [&](const std::string &c) {
          return std::find(u.classes.begin(), u.classes.end(), c) != u.classes.end();
        }))
      return false;
    if (!n.apis.empty() &&
        std::none_of(n.apis.begin(), n.apis.end(),
                     [&](const std::string &g) { return globMatch(g, u.cap.api, false); }))
      return false;
    if (!n.values.empty() &&
        std::none_of(n.values.begin(), n.values.end(),
                     [&](const std::string &g) { return globMatch(g, u.cap.value, true); }))
      return false;
    if (!n.guardedBy.empty() &&
        std::none_of(u.guards.begin(), u.guards.end(), [&](const facts::Guard &g) {
          return std::find(n.guardedBy.begin(), n.guardedBy.end(), g.kind) != n.guardedBy.end();
        }))
      return false;
    for (const Bound &x : b)
      if (exclusive(*x.use, u))
        return false;
    if (!n.after.empty())
      if (const CapabilityUse *prev = lookup(b, n.after); prev && !(prev->order < u.order))
        return false;
    if (!n.before.empty())
      if (const CapabilityUse *prev = lookup(b, n.before); prev && !(u.order < prev->order))
        return false;
    if (!n.sameValue.empty())
      if (const CapabilityUse *prev = lookup(b, n.sameValue);
          prev && !sameResource(prev->cap.value, u.cap.value))
        return false;
    if (!n.sameFunction.empty())
      if (const CapabilityUse *prev = lookup(b, n.sameFunction);
          prev && prev->functionId != u.functionId)
        return false;
    if (!n.encloses.empty())
      if (const CapabilityUse *prev = lookup(b, n.encloses);
          prev && (!encloses(u, *prev) ||
                   (prev->functionId != u.functionId && doesItself(n, prev->functionId))))
        return false;
    return true;
  }

  /// Whether function `fid` has a use leaf `n` accepts by kind: a helper
  /// that opens a file of its own writes that one, not its caller's.
  bool doesItself(const BehaviorNode &n, const std::string &fid) const {
    return std::any_of(scope_.uses.begin(), scope_.uses.end(), [&](const CapabilityUse *x) {
      return x->functionId == fid &&
             std::find(n.kinds.begin(), n.kinds.end(), x->cap.kind) != n.kinds.end();
    });
  }

  /// Proves goals[i..] in order; calls `done` with each complete binding
  /// until it returns true (stop).
  bool solve(const std::vector<const BehaviorNode *> &goals, size_t i, Binding &b,
             const Done &done) {
    if (++steps_ > kSearchBudget)
      return true;
    if (i == goals.size())
      return done(b);
    const BehaviorNode &n = *goals[i];
    switch (n.op) {
    case BehaviorNode::All: {
      // Conditions under `not` are checked once everything else is bound.
      std::vector<const BehaviorNode *> next;
      for (const BehaviorNode &c : n.children)
        if (c.op != BehaviorNode::Not)
          next.push_back(&c);
      for (const BehaviorNode &c : n.children)
        if (c.op == BehaviorNode::Not)
          next.push_back(&c);
      next.insert(next.end(), goals.begin() + static_cast<long>(i) + 1, goals.end());
      return solve(next, 0, b, done);
    }
    case BehaviorNode::Any:
      for (const BehaviorNode &c : n.children) {
        std::vector<const BehaviorNode *> next{&c};
        next.insert(next.end(), goals.begin() + static_cast<long>(i) + 1, goals.end());
        if (solve(next, 0, b, done))
          return true;
      }
      return false;
    case BehaviorNode::Not: {
      Binding inner = b;
      bool exists = false;
      std::vector<const BehaviorNode *> one{&n.children[0]};
      solve(one, 0, inner, [&](const Binding &) { return exists = true; });
      if (exists)
        return false;
      return solve(goals, i + 1, b, done);
    }
    case BehaviorNode::Capability:
    case BehaviorNode::Flow:
      for (const CapabilityUse *use : scope_.uses) {
        const CapabilityUse &u = *use;
        if (!leafAccepts(n, u, b))
          continue;
        b.push_back({n.as.empty() ? "#" + std::to_string(b.size()) : n.as, &u, &n});
        bool stop = solve(goals, i + 1, b, done);
        b.pop_back();
        if (stop)
          return true;
      }
      return false;
    }
    return false;
  }

  const Behavior &b_;
  const Scope &scope_;
  size_t steps_ = 0;
  std::map<std::tuple<std::string, unsigned, unsigned>, Binding> found_;
};

std::string replaceAll(std::string s, const std::string &from, const std::string &to) {
  for (size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size()))
    s.replace(p, from.size(), to);
  return s;
}

/// The guard that made the leaf match (one of the kinds it asked for), or
/// the first one.
const facts::Guard *guardOf(const Bound &x) {
  for (const facts::Guard &g : x.use->guards)
    if (std::find(x.node->guardedBy.begin(), x.node->guardedBy.end(), g.kind) !=
        x.node->guardedBy.end())
      return &g;
  return x.use->guards.empty() ? nullptr : &x.use->guards.front();
}

report::Finding makeFinding(const Behavior &b, const Scope &scope, const Binding &m) {
  report::Finding f;
  f.ruleId = b.info.id;
  f.level = b.info.defaultLevel;
  const CapabilityUse &anchor = *m.back().use;
  f.location = anchor.cap.location;
  f.function = anchor.function;
  std::string msg = b.message;
  for (const Bound &x : m) {
    const std::string &name = x.name;
    const CapabilityUse *u = x.use;
    const facts::Guard *g = guardOf(x);
    std::string guard = g ? describeGuard(*g) : "";
    msg = replaceAll(msg, "{" + name + ".value}", u->cap.value.empty() ? "an unknown value"
                                                                     : quoteValue(u->cap.value));
    msg = replaceAll(msg, "{" + name + ".guard}", guard.empty() ? "a condition" : guard);
    msg = replaceAll(msg, "{" + name + ".line}", std::to_string(u->cap.location.line));
    msg = replaceAll(msg, "{" + name + "}", describeUse(*u));
  }
  std::vector<const CapabilityUse *> ordered;
  for (const Bound &x : m)
    if (std::find(ordered.begin(), ordered.end(), x.use) == ordered.end())
      ordered.push_back(x.use);
  std::stable_sort(ordered.begin(), ordered.end(),
                   [](const CapabilityUse *a, const CapabilityUse *b) { return a->order < b->order; });
  std::string calls;
  for (size_t i = 0; i < ordered.size(); ++i)
    calls += (i == 0 ? "" : i + 1 == ordered.size() ? " and then " : ", then ") +
             describeUse(*ordered[i]);
  msg = replaceAll(msg, "{calls}", calls);
  f.message = replaceAll(msg, "{scope}", "'" + scope.name + "'");
  std::set<std::string> seen;
  for (const Bound &x : m) {
    const CapabilityUse *u = x.use;
    std::string what = u->cap.kind == "flow" ? "data flow: " + describeUse(*u)
                                             : describeCapability(u->cap.kind) + " via " +
                                                   describeUse(*u);
    report::RelatedLocation r{u->cap.location, what};
    if (seen.insert(r.message).second)
      f.related.push_back(std::move(r));
    if (const facts::Guard *g = guardOf(x); g && !x.node->guardedBy.empty())
      if (seen.insert("guard" + describeGuard(*g)).second)
        f.related.push_back({g->location, "guarded by " + describeGuard(*g)});
    if (f.flow.empty() && !u->flow.empty())
      f.flow = u->flow;
  }
  return f;
}

} // namespace


std::vector<Policy> behaviorFlowPolicies(const std::vector<Behavior> &behaviors) {
  std::vector<Policy> out;
  for (const Behavior &b : behaviors) {
    std::vector<const BehaviorNode *> flows;
    collectFlows(b.root, flows);
    for (size_t i = 0; i < flows.size(); ++i) {
      Policy p;
      p.info.id = flowPolicyId(b, i);
      p.info.name = p.info.id;
      p.sourceKinds = flows[i]->flowSources;
      p.sinkKinds = flows[i]->flowSinks;
      p.message = "{source-desc} from '{source}' reaches {sink-desc}";
      out.push_back(std::move(p));
    }
  }
  return out;
}

bool isFlowPolicyId(const std::string &id) { return id.rfind(kFlowPrefix, 0) == 0; }

Policy capabilityHandlePolicy() {
  Policy p;
  p.info.id = "internal:capability-handle";
  p.info.name = p.info.id;
  p.sourceKinds = {"capability"};
  for (const std::string &k : knownCapabilityKinds())
    p.sinkKinds.push_back("capability:" + k);
  p.message = "{source}";
  return p;
}

bool isCapabilityHandlePolicyId(const std::string &id) {
  return id == "internal:capability-handle";
}

void settleCapabilities(std::vector<facts::TUFacts> &units,
                        const std::vector<report::Finding> &confirmations) {
  std::set<std::tuple<std::string, std::string, unsigned, unsigned>> confirmed;
  for (const report::Finding &f : confirmations)
    confirmed.emplace(f.sinkKind, f.location.file, f.location.line, f.location.column);
  for (facts::TUFacts &u : units)
    for (facts::FunctionFacts &fn : u.functions) {
      std::vector<facts::Capability> kept;
      for (facts::Capability &c : fn.capabilities) {
        if (!c.requiredHandle.empty()) {
          if (!confirmed.count({"capability:" + c.kind, c.location.file, c.location.line,
                                c.location.column}))
            continue;
          c.requiredHandle.clear();
        }
        kept.push_back(std::move(c));
      }
      fn.capabilities = std::move(kept);
    }
}

std::vector<report::Finding> evaluateBehaviors(const ProgramGraph &g, const Manifest &manifest,
                                               const RuleSet &rules,
                                               const std::vector<report::Finding> &flows,
                                               const std::vector<report::Finding> &reported,
                                               bool *incomplete) {
  // Flows as pseudo-capabilities at their sinks, by the sink's function.
  std::map<std::string, std::vector<CapabilityUse>> flowsIn;
  for (const report::Finding &f : flows) {
    CapabilityUse u;
    u.cap.kind = "flow";
    u.cap.api = f.sinkApi;
    u.cap.value = describeSourceKind(f.sourceKind) + " from '" + f.sourceApi + "'";
    if (!f.flow.empty())
      u.cap.value += " (line " + std::to_string(f.flow.front().location.line) + ")";
    u.cap.location = f.location;
    u.function = f.function;
    u.functionId = f.functionId;
    u.flow = f.flow;
    u.sourceKind = f.sourceKind;
    u.sinkKind = f.sinkKind;
    // Which behaviour's flow condition produced it does not matter: leaves
    // check the kinds themselves.
    flowsIn[f.functionId].push_back(std::move(u));
  }
  // Functions with findings of each rule: `covered-by` looks for them in
  // the behaviour's scope.
  // Only findings at least as severe cover: a note that some file's
  // content is sent does not stand for a credential read and sent.
  std::map<std::string, std::map<std::string, report::Level>> reportedIn;
  for (const report::Finding &f : reported) {
    report::Level &l = reportedIn[f.ruleId][f.functionId];
    l = std::max(l, f.level);
  }

  // Per function, computed once: its identity and its own uses (function
  // and program scopes). redis-server has hundreds of entry points, each
  // reaching thousands of functions: building the identities and copying
  // every use per behaviour and scope took seconds.
  std::vector<std::string> ids(g.fns.size());
  for (size_t fi = 0; fi < g.fns.size(); ++fi)
    ids[fi] = functionId(*g.fns[fi]);
  std::vector<std::optional<std::vector<CapabilityUse>>> ownUses(g.fns.size());
  auto usesOf = [&](size_t fi) -> const std::vector<CapabilityUse> & {
    if (!ownUses[fi])
      ownUses[fi] = functionUses(g, fi, rules);
    return *ownUses[fi];
  };

  std::map<std::string, report::Finding> best;  // rule|file:line:col -> finding
  auto evaluate = [&](const Behavior &b, const std::set<std::string> &kinds, Scope &scope,
                      const std::vector<size_t> &fnsInScope, const EntryPoint *entry) {
    for (const std::string &r : b.coveredBy)
      if (auto it = reportedIn.find(r); it != reportedIn.end())
        for (size_t fi : fnsInScope)
          if (auto at = it->second.find(ids[fi]);
              at != it->second.end() && at->second >= b.info.defaultLevel)
            return;  // the rule already reports this scope, with its flow
    if (kinds.count("flow"))
      for (size_t fi : fnsInScope)
        if (auto it = flowsIn.find(ids[fi]); it != flowsIn.end()) {
          // Ordered like the scope's capabilities: the calls leading to the
          // function first, then the position in it.
          const auto order = entry ? callOrder(g, *entry, fi)
                                   : std::vector<std::tuple<std::string, unsigned, unsigned>>{};
          for (const CapabilityUse &flow : it->second) {
            CapabilityUse &u = scope.owned.emplace_back(flow);
            u.order = order;
            u.order.push_back({u.cap.location.file, u.cap.location.line, u.cap.location.column});
            scope.uses.push_back(&u);
          }
        }
    if (scope.uses.empty())
      return;
    Matcher matcher(b, scope);
    for (const auto &[key, m] : matcher.run()) {
      report::Finding f = makeFinding(b, scope, m);
      std::string id = b.info.id + "|" + f.location.file + ":" + std::to_string(f.location.line) +
                       ":" + std::to_string(f.location.column);
      if (!best.count(id))
        best.emplace(id, std::move(f));
    }
    if (matcher.exhausted() && incomplete)
      *incomplete = true;
  };
  auto take = [](Scope &s, const std::vector<CapabilityUse> &uses,
                 const std::set<std::string> &kinds) {
    for (const CapabilityUse &u : uses)
      if (kinds.count(u.cap.kind))
        s.uses.push_back(&u);
  };
  for (const Behavior &b : rules.behaviors) {
    std::set<std::string> kinds;
    leafKinds(b.root, kinds);
    if (b.scope == "function") {
      for (size_t fi = 0; fi < g.fns.size(); ++fi) {
        Scope s{g.fns[fi]->name, {}, {}};
        take(s, usesOf(fi), kinds);
        if (!s.uses.empty() || flowsIn.count(ids[fi]))
          evaluate(b, kinds, s, {fi}, nullptr);
      }
    } else if (b.scope == "entry-point") {
      for (const EntryPoint &e : manifest.entries) {
        Scope s{e.name, {}, {}};
        take(s, e.uses, kinds);
        std::vector<size_t> reach;
        for (const EntryPoint::Reached &r : e.reached)
          reach.push_back(r.fn);
        evaluate(b, kinds, s, reach, &e);
      }
    } else {
      Scope s{"the program", {}, {}};
      std::vector<size_t> all(g.fns.size());
      for (size_t fi = 0; fi < g.fns.size(); ++fi) {
        all[fi] = fi;
        take(s, usesOf(fi), kinds);
      }
      evaluate(b, kinds, s, all, nullptr);
    }
  }
  std::vector<report::Finding> out;
  for (auto &[k, f] : best)
    out.push_back(std::move(f));
  return out;
}

} // namespace sluice
