#include "analyzer/facts.h"

#include "analyzer/model.h"

#include <algorithm>
#include <map>
#include <set>

namespace sluice::facts {

std::string Atom::key() const {
  if (!cleared.empty() || !path.empty()) {
    Atom plain = *this;
    plain.cleared.clear();
    plain.path.clear();
    return plain.key() + "|-" + cleared + "|" + path;
  }
  switch (kind) {
  case Source:
    return "S|" + sourceKind + "|" + api + "|" + loc.file + ":" + std::to_string(loc.line) + ":" +
           std::to_string(loc.column);
  case Handle:
    return "H|" + sourceKind + "|" + api + "|" + loc.file + ":" + std::to_string(loc.line) + ":" +
           std::to_string(loc.column);
  case Param:
    return "P|" + std::to_string(index) + "|" + std::to_string(derefs);
  case Global:
    return "G|" + global + "|" + std::to_string(derefs);
  case CallRet:
    return "R|" + std::to_string(call) + "|" + std::to_string(derefs);
  case CallOut:
    return "O|" + std::to_string(call) + "|" + std::to_string(index) + "|" + std::to_string(derefs);
  }
  return "?";
}

namespace {
/// One level's member paths: one is a prefix of the other at a member
/// boundary.
bool levelOverlap(std::string_view a, std::string_view b) {
  std::string_view shorter = a.size() <= b.size() ? a : b;
  std::string_view longer = a.size() <= b.size() ? b : a;
  return longer.substr(0, shorter.size()) == shorter &&
         (longer.size() == shorter.size() || longer[shorter.size()] == '.');
}
} // namespace

bool pathsOverlap(const std::string &a, const std::string &b) {
  std::string_view x(a), y(b);
  while (true) {
    size_t px = x.rfind('*'), py = y.rfind('*');
    if (!levelOverlap(px == std::string_view::npos ? x : x.substr(px + 1),
                      py == std::string_view::npos ? y : y.substr(py + 1)))
      return false;
    if (px == std::string_view::npos || py == std::string_view::npos)
      return true;  // the levels above one of them are not named
    x = x.substr(0, px);
    y = y.substr(0, py);
  }
}

std::string_view ownLevel(std::string_view p) {
  size_t star = p.rfind('*');
  return star == std::string_view::npos ? p : p.substr(star + 1);
}

std::string firstMember(const std::string &p) { return leadingMembers(p, 1); }

std::string leadingMembers(const std::string &p, size_t n) {
  size_t end = 0;
  for (size_t i = 0; i < n; ++i) {
    end = p.find_first_of(".*", end + 1);
    if (end == std::string::npos || p[end] == '*')
      break;
  }
  std::string out = p.substr(0, end == std::string::npos ? p.size() : end);
  out.append(static_cast<size_t>(std::count(p.begin(), p.end(), '*') -
                                 std::count(out.begin(), out.end(), '*')),
             '*');
  return out;
}

bool Atom::excludes(const std::string &kind) const {
  for (const std::string &k : splitList(cleared, ','))
    if (k == kind || k == "all")
      return true;
  return false;
}

std::string mergeCleared(const std::string &a, const std::string &b) {
  std::set<std::string> all;
  for (const std::string *s : {&a, &b})
    for (std::string &k : splitList(*s, ','))
      all.insert(std::move(k));
  if (all.count("all"))
    return "all";
  std::string out;
  for (const std::string &k : all)
    out += (out.empty() ? "" : ",") + k;
  return out;
}

std::string Output::baseKey() const {
  switch (kind) {
  case Return:
    return "ret|" + std::to_string(derefs);
  case ParamOut:
    return "out|" + std::to_string(index) + "|" + std::to_string(derefs);
  case GlobalOut:
    return "glob|" + global + "|" + std::to_string(derefs);
  case CallArg:
    return "arg|" + std::to_string(call) + "|" + std::to_string(index) + "|" +
           std::to_string(derefs);
  }
  return "?";
}

namespace {

/// Merges flows with the same atom and output, keeping the shortest steps;
/// order follows first appearance.
void mergeDuplicateFlows(std::vector<Flow> &flows) {
  std::map<std::pair<std::string, std::string>, size_t> at;
  std::vector<Flow> out;
  for (Flow &f : flows) {
    auto [it, fresh] = at.try_emplace({f.from.key(), f.to.key()}, out.size());
    if (fresh)
      out.push_back(std::move(f));
    else if (f.steps.size() < out[it->second].steps.size())
      out[it->second].steps = std::move(f.steps);
  }
  flows = std::move(out);
}

int directness(const Atom &a) {
  switch (a.kind) {
  case Atom::Source:
  case Atom::Handle:
    return 0;
  case Atom::Param:
  case Atom::Global:
    return 1;
  default:
    return 2;
  }
}

} // namespace

bool ownEntryValue(const Atom &a, const Output &o) {
  bool same = (a.kind == Atom::Param && o.kind == Output::ParamOut && a.index == o.index) ||
              (a.kind == Atom::Global && o.kind == Output::GlobalOut && a.global == o.global);
  return same && a.derefs == o.derefs &&
         (o.path.empty() || a.path == o.path || firstMember(a.path) == o.path);
}

void boundFlows(FunctionFacts &fn, size_t cap) {
  if (fn.flows.size() <= cap)
    return;
  mergeDuplicateFlows(fn.flows);
  // Flows into call arguments first (most of a large function's flows,
  // and seen by one callee each), then every flow: a global's or
  // parameter's output cut to the whole object reaches every member of it
  // in the whole program (redis's freeClient made `server` whole at level
  // 0, so a client's data reached `server.logfile`).
  for (int stage = 0; stage < 4 && fn.flows.size() > cap; ++stage) {
    fn.widened = true;
    bool whole = stage % 2 == 1;
    for (Flow &f : fn.flows) {
      if (stage < 2 && f.to.kind != Output::CallArg)
        continue;
      f.from.path = whole ? std::string() : firstMember(f.from.path);
      f.to.path = whole ? std::string() : firstMember(f.to.path);
    }
    std::erase_if(fn.flows, [](const Flow &f) { return ownEntryValue(f.from, f.to); });
    mergeDuplicateFlows(fn.flows);
  }
  if (fn.flows.size() > cap) {
    fn.widened = true;
    std::stable_sort(fn.flows.begin(), fn.flows.end(), [](const Flow &a, const Flow &b) {
      return directness(a.from) < directness(b.from);
    });
    fn.flows.resize(cap);
  }
}

std::set<std::string> pathMembers(const TUFacts &u) {
  std::set<std::string> names;
  auto add = [&](const std::string &path) {
    for (size_t i = 0; i < path.size();) {
      size_t next = path.find_first_of(".*", i + 1);
      if (next == std::string::npos)
        next = path.size();
      if (path[i] == '.' && next > i + 1)
        names.insert(path.substr(i + 1, next - i - 1));
      i = next;
    }
  };
  for (const FunctionFacts &fn : u.functions) {
    for (const Flow &f : fn.flows) {
      add(f.from.path);
      add(f.to.path);
    }
    for (const SinkFact &s : fn.sinks) {
      add(s.from.path);
      for (const Atom &h : s.handleFrom)
        add(h.path);
    }
  }
  return names;
}

} // namespace sluice::facts

#include <nlohmann/json.hpp>

namespace sluice::facts {

using nlohmann::json;

namespace {

json loc(const report::Location &l) {
  return json::array({l.file, l.line, l.column, l.endLine, l.endColumn, l.snippet});
}
report::Location loc(const json &j) {
  report::Location l;
  l.file = j.at(0).get<std::string>();
  l.line = j.at(1).get<unsigned>();
  l.column = j.at(2).get<unsigned>();
  l.endLine = j.at(3).get<unsigned>();
  l.endColumn = j.at(4).get<unsigned>();
  l.snippet = j.at(5).get<std::string>();
  return l;
}
json steps(const std::vector<report::FlowStep> &s) {
  json a = json::array();
  for (const auto &x : s)
    a.push_back(json::array({loc(x.location), x.message, x.kind}));
  return a;
}
std::vector<report::FlowStep> steps(const json &j) {
  std::vector<report::FlowStep> s;
  for (const json &x : j)
    s.push_back({loc(x.at(0)), x.at(1).get<std::string>(), x.at(2).get<std::string>()});
  return s;
}
json atom(const Atom &a) {
  return json::array({int(a.kind), a.sourceKind, a.api, loc(a.loc), a.global, a.call, a.index,
                      a.derefs, a.cleared, a.path});
}
Atom atom(const json &j) {
  Atom a;
  a.kind = static_cast<Atom::Kind>(j.at(0).get<int>());
  a.sourceKind = j.at(1).get<std::string>();
  a.api = j.at(2).get<std::string>();
  a.loc = loc(j.at(3));
  a.global = j.at(4).get<std::string>();
  a.call = j.at(5).get<int>();
  a.index = j.at(6).get<int>();
  a.derefs = j.at(7).get<int>();
  a.cleared = j.at(8).get<std::string>();
  a.path = j.at(9).get<std::string>();
  return a;
}
json output(const Output &o) {
  return json::array({int(o.kind), o.global, o.call, o.index, o.derefs, o.path});
}
Output output(const json &j) {
  Output o;
  o.kind = static_cast<Output::Kind>(j.at(0).get<int>());
  o.global = j.at(1).get<std::string>();
  o.call = j.at(2).get<int>();
  o.index = j.at(3).get<int>();
  o.derefs = j.at(4).get<int>();
  o.path = j.at(5).get<std::string>();
  return o;
}

json guards(const std::vector<Guard> &g) {
  json a = json::array();
  for (const Guard &x : g)
    a.push_back(json::array({x.kind, x.constant, loc(x.location), x.subject}));
  return a;
}
std::vector<Guard> guards(const json &j) {
  std::vector<Guard> g;
  for (const json &x : j)
    g.push_back({x.at(0).get<std::string>(), x.at(1).get<std::string>(), loc(x.at(2)),
                 x.at(3).get<std::string>()});
  return g;
}

} // namespace

static PassedFunctions passedOf(const json &p) {
  return {p.at(0).get<int>(), p.at(1).get<std::vector<std::string>>(),
          p.at(2).get<std::vector<int>>(), p.at(3).get<bool>()};
}

std::string toJson(const TUFacts &f) {
  json fns = json::array();
  for (const FunctionFacts &fn : f.functions) {
    json calls = json::array();
    for (const CallSite &c : fn.calls) {
      json passed = json::array();
      for (const PassedFunctions &p : c.passed)
        passed.push_back(json::array({p.arg, p.functions, p.params, p.other}));
      calls.push_back(json::array({c.callees, c.virtualMethod, c.indirectSignature, c.calleeName,
                                   loc(c.location), guards(c.guards), c.argText, c.argCount,
                                   c.calleeParam, passed, c.calleeField, c.secretNames}));
    }
    json flows = json::array();
    for (const Flow &x : fn.flows)
      flows.push_back(json::array({atom(x.from), output(x.to), steps(x.steps)}));
    json sinks = json::array();
    for (const SinkFact &s : fn.sinks)
    {
      json req = json::array();
      for (const Atom &a : s.handleFrom)
        req.push_back(atom(a));
      sinks.push_back(json::array({atom(s.from), s.sinkKind, s.api, loc(s.location),
                                   loc(s.argLocation), steps(s.steps), s.requiredHandle, req}));
    }
    json caps = json::array();
    for (const Capability &c : fn.capabilities)
      caps.push_back(json::array(
          {c.kind, c.api, c.value, loc(c.location), guards(c.guards), c.requiredHandle,
           c.valueParam}));
    fns.push_back(json::array({fn.usr, fn.name, loc(fn.location), fn.overrides, fn.addressTaken,
                               fn.signature, calls, flows, sinks, caps, fn.entry, fn.isStatic,
                               fn.variadicIndex, fn.widened}));
  }
  // Source text in steps may be any bytes (a Latin-1 comment): invalid
  // UTF-8 is replaced, never thrown on (that cost sqlite3's mksourceid.c).
  json stores = json::array();
  for (const FieldStore &x : f.fieldStores)
    stores.push_back(json::array({x.field, x.function, x.value.arg, x.value.functions,
                                  x.value.params, x.value.other}));
  json shapes = json::array();
  for (const MemberShape &m : f.memberShapes)
    shapes.push_back(json::array({m.name, m.any, m.below}));
  return json{{"file", f.file}, {"target", f.target}, {"functions", fns},
              {"addressTaken", f.addressTaken}, {"fieldStores", stores},
              {"memberShapes", shapes}}
      .dump(
      -1, ' ', false, json::error_handler_t::replace);
}

bool fromJson(const std::string &text, TUFacts &f, std::string &error) {
  try {
    json j = json::parse(text);
    f.addressTaken = j.at("addressTaken").get<std::vector<std::string>>();
    f.file = j.value("file", "");  // absent in facts dumped before they had it
    f.target = j.value("target", "");
    if (j.contains("fieldStores"))  // absent in older dumps
      for (const json &x : j.at("fieldStores"))
        f.fieldStores.push_back({x.at(0).get<std::string>(), x.at(1).get<std::string>(),
                                 passedOf(json::array({x.at(2), x.at(3), x.at(4), x.at(5)}))});
    if (j.contains("memberShapes"))  // absent in older dumps
      for (const json &m : j.at("memberShapes"))
        f.memberShapes.push_back({m.at(0).get<std::string>(), m.at(1).get<bool>(),
                                  m.at(2).get<std::vector<std::string>>()});
    for (const json &x : j.at("functions")) {
      FunctionFacts fn;
      fn.usr = x.at(0).get<std::string>();
      fn.name = x.at(1).get<std::string>();
      fn.location = loc(x.at(2));
      fn.overrides = x.at(3).get<std::vector<std::string>>();
      fn.addressTaken = x.at(4).get<bool>();
      fn.signature = x.at(5).get<std::string>();
      for (const json &c : x.at(6)) {
        CallSite cs{c.at(0).get<std::vector<std::string>>(), c.at(1).get<std::string>(),
                    c.at(2).get<std::string>(), c.at(3).get<std::string>(), loc(c.at(4)),
                    guards(c.at(5)), c.at(6).get<std::vector<std::vector<std::string>>>(), c.at(7).get<int>()};
        if (c.size() > 9) {  // absent in older dumps
          cs.calleeParam = c.at(8).get<int>();
          for (const json &p : c.at(9))
            cs.passed.push_back(passedOf(p));
        }
        if (c.size() > 10)
          cs.calleeField = c.at(10).get<std::string>();
        if (c.size() > 11)
          cs.secretNames = c.at(11).get<std::vector<int>>();
        fn.calls.push_back(std::move(cs));
      }
      for (const json &fl : x.at(7))
        fn.flows.push_back({atom(fl.at(0)), output(fl.at(1)), steps(fl.at(2))});
      for (const json &s : x.at(8)) {
        SinkFact sf{atom(s.at(0)), s.at(1).get<std::string>(), s.at(2).get<std::string>(),
                    loc(s.at(3)), loc(s.at(4)), steps(s.at(5)), s.at(6).get<std::string>(), {}};
        for (const json &a : s.at(7))
          sf.handleFrom.push_back(atom(a));
        fn.sinks.push_back(std::move(sf));
      }
      for (const json &c : x.at(9))
        fn.capabilities.push_back({c.at(0).get<std::string>(), c.at(1).get<std::string>(),
                                   c.at(2).get<std::string>(), loc(c.at(3)), guards(c.at(4)),
                                   c.at(5).get<std::string>(), c.at(6).get<int>()});
      fn.entry = x.at(10).get<std::string>();
      fn.isStatic = x.at(11).get<bool>();
      fn.variadicIndex = x.at(12).get<int>();
      fn.widened = x.size() > 13 && x.at(13).get<bool>();  // absent in older dumps
      f.functions.push_back(std::move(fn));
    }
    return true;
  } catch (const std::exception &e) {
    error = e.what();
    return false;
  }
}

} // namespace sluice::facts
