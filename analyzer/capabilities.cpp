#include "analyzer/capabilities.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <deque>
#include <unordered_map>
#include <map>
#include <set>
#include <tuple>

namespace sluice {

namespace {

std::tuple<std::string, unsigned, unsigned> pos(const report::Location &l) {
  return {l.file, l.line, l.column};
}

bool byLocation(const facts::FunctionFacts *a, const facts::FunctionFacts *b) {
  return std::tie(a->location.file, a->location.line, a->location.column, a->name, a->usr) <
         std::tie(b->location.file, b->location.line, b->location.column, b->name, b->usr);
}

CapabilityUse makeUse(const facts::FunctionFacts &f, const facts::Capability &c,
                      const RuleSet &rules) {
  CapabilityUse u;
  u.cap = c;
  u.function = f.name;
  u.functionId = functionId(f);
  u.guards = c.guards;
  u.classes = rules.classify(c.value);
  // Credential-like names matter for environment variables, not for paths.
  if (c.kind != "env-read" && c.kind != "env-write")
    u.classes.erase(std::remove(u.classes.begin(), u.classes.end(), "secret-name"),
                    u.classes.end());
  // A file named relative to the working directory: the project's own.
  const std::string &v = c.value;
  if (c.kind.rfind("file-", 0) == 0 && !v.empty() && v[0] != '/' && v[0] != '$' &&
      v[0] != '~' && v[0] != '\\' && !(v.size() > 1 && v[1] == ':'))
    u.classes.push_back("project-relative");
  return u;
}

void addGuards(std::vector<facts::Guard> &into, const std::vector<facts::Guard> &more) {
  for (const facts::Guard &g : more)
    if (std::find(into.begin(), into.end(), g) == into.end())
      into.push_back(g);
}

std::string guardSubject(const std::string &kind) {
  if (kind == "clock-date")
    return "the date";
  if (kind == "clock-elapsed")
    return "an elapsed time";
  if (kind == "clock-before")
    return "the date (before)";
  if (kind == "counter")
    return "a counter";
  if (kind == "random")
    return "a random number";
  if (kind == "identity")
    return "an identity (host name, user or address)";
  if (kind == "argument")
    return "a command-line argument";
  return describeSourceKind(kind);
}


} // namespace

std::string describeGuard(const facts::Guard &g) {
  std::string line = " (line " + std::to_string(g.location.line) + ")";
  bool epoch = g.constant.size() >= 9 && g.constant.find_first_not_of("0123456789") == std::string::npos;
  std::string what = g.subject.empty() ? "" : " ('" + g.subject + "')";
  if (g.kind == "clock-date")
    return epoch ? "the date is at or past " + g.constant + line
                 : "a calendar field" + what + " reaches " + g.constant + line;
  if (g.kind == "clock-before")
    return epoch ? "the date is before " + g.constant + line
                 : "a calendar field" + what + " is before " + g.constant + line;
  if (g.kind == "clock-elapsed")
    return "an elapsed time is compared with " + g.constant + line;
  // A run counter's threshold: ">=50", ">250".
  if (g.kind == "counter" && g.constant.rfind(">=", 0) == 0)
    return guardSubject(g.kind) + what + " is at least " + g.constant.substr(2) + line;
  if (g.kind == "counter" && g.constant.rfind(">", 0) == 0)
    return guardSubject(g.kind) + what + " is more than " + g.constant.substr(1) + line;
  if (g.kind.rfind("not-", 0) == 0)
    return guardSubject(g.kind.substr(4)) + what + " differs from " + g.constant + line;
  return guardSubject(g.kind) + what + " equals " + g.constant + line;
}

std::string functionId(const facts::FunctionFacts &f) { return f.usr + "@" + f.location.file; }

std::string capabilityKey(const facts::Capability &c) {
  return c.value.empty() ? c.kind : c.kind + " " + c.value;
}

std::vector<CapabilityUse> functionUses(const ProgramGraph &g, size_t fn, const RuleSet &rules) {
  std::vector<CapabilityUse> out;
  for (const facts::Capability &c : g.fns[fn]->capabilities) {
    CapabilityUse u = makeUse(*g.fns[fn], c, rules);
    u.order.push_back(pos(c.location));
    out.push_back(std::move(u));
  }
  return out;
}

namespace {

/// Per function, the call sites that may call it: (caller, site), sorted.
using Callers = std::vector<std::vector<std::pair<size_t, size_t>>>;

/// Breadth-first from `entry`: the shortest call path to every function,
/// ties broken by call-site order so that the path chosen is stable.
std::vector<CapabilityUse> entryUses(const ProgramGraph &g,
                                     const std::vector<std::vector<size_t>> &sitesInOrder,
                                     const Callers &callers, size_t entry, const RuleSet &rules,
                                     EntryPoint &e) {
  struct Via {
    size_t from = SIZE_MAX;
    size_t site = 0;
  };
  // Sized by what the entry reaches, not by the program: a generated file
  // of 200,000 functions is 200,000 entry points, each reaching one.
  std::unordered_map<size_t, Via> via;
  std::unordered_map<size_t, size_t> rank;  // position in `order`
  std::deque<size_t> queue{entry};
  std::vector<size_t> order;
  via[entry] = Via{};
  while (!queue.empty()) {
    size_t f = queue.front();
    queue.pop_front();
    rank[f] = order.size();
    order.push_back(f);
    for (size_t s : sitesInOrder[f])
      for (size_t t : g.callees[f][s])
        if (via.emplace(t, Via{f, s}).second)
          queue.push_back(t);
  }
  std::vector<CapabilityUse> out;
  std::set<std::tuple<std::string, std::string, std::string, std::string, unsigned, unsigned>> dedup;
  for (size_t f : order) {
    if (g.fns[f]->capabilities.empty())
      continue;  // no path to build (most of what a server's entry reaches)
    // The path entry -> f, and the guards of its call sites.
    std::vector<PathStep> path;
    std::vector<facts::Guard> pathGuards;
    std::vector<std::tuple<std::string, unsigned, unsigned>> prefix;
    for (size_t x = f; via.at(x).from != SIZE_MAX; x = via.at(x).from) {
      const Via &v = via.at(x);
      const facts::CallSite &cs = g.fns[v.from]->calls[v.site];
      path.push_back({g.fns[v.from]->name, cs.location});
      addGuards(pathGuards, cs.guards);
      prefix.push_back(pos(cs.location));
    }
    std::reverse(path.begin(), path.end());
    std::reverse(prefix.begin(), prefix.end());
    for (const facts::Capability &c : g.fns[f]->capabilities) {
      // write_file("/etc/ld.so.preload", ...): the helper's path parameter
      // takes each caller's constant argument (one use per distinct value).
      // Each value with the guards of the call that supplies it (the
      // shortest path's guards for the caller on that path).
      std::map<std::string, std::vector<facts::Guard>> values{{c.value, pathGuards}};
      if (c.value.empty() && c.valueParam >= 0) {
        // The reached call sites of f, in breadth-first order of their
        // callers (walking every reached function's calls for each such
        // capability was most of redis-server's manifest).
        std::vector<std::pair<size_t, size_t>> sites;
        for (const auto &[r, s] : callers[f])
          if (auto it = rank.find(r); it != rank.end())
            sites.push_back({it->second, s});
        std::sort(sites.begin(), sites.end());
        std::map<std::string, std::vector<facts::Guard>> given;
        for (const auto &[rk, s] : sites) {
          size_t r = order[rk];
          const facts::CallSite &cs = g.fns[r]->calls[s];
          if (static_cast<size_t>(c.valueParam) >= cs.argText.size())
            continue;
          bool onPath = via.at(f).from == r && via.at(f).site == s;
          for (const std::string &v : cs.argText[static_cast<size_t>(c.valueParam)])
            if (!v.empty() && (!given.count(v) || onPath))
              given[v] = onPath ? pathGuards : cs.guards;
        }
        if (!given.empty())
          values = std::move(given);
      }
      for (const auto &[value, callerGuards] : values) {
        if (!dedup.emplace(c.kind, c.api, value, c.location.file, c.location.line,
                           c.location.column)
                 .second)
          continue;
        facts::Capability given = c;
        given.value = value;
        if (given.kind == "exec" && isShellProgram(given.value))
          given.kind = "exec-shell";
        CapabilityUse u = makeUse(*g.fns[f], given, rules);
        u.path = path;
        addGuards(u.guards, callerGuards);
        u.order = prefix;
        u.order.push_back(pos(c.location));
        out.push_back(std::move(u));
      }
    }
  }
  std::sort(out.begin(), out.end(), [](const CapabilityUse &a, const CapabilityUse &b) {
    return std::tie(a.order, a.cap.kind, a.cap.api, a.cap.value) <
           std::tie(b.order, b.cap.kind, b.cap.api, b.cap.value);
  });
  e.reached.reserve(via.size());
  for (const auto &[f, v] : via)
    e.reached.push_back({f, v.from, v.site});
  std::sort(e.reached.begin(), e.reached.end(),
            [](const EntryPoint::Reached &a, const EntryPoint::Reached &b) { return a.fn < b.fn; });
  return out;
}

} // namespace

Manifest buildManifest(const ProgramGraph &g, const RuleSet &rules) {
  std::vector<size_t> idx(g.fns.size());
  for (size_t i = 0; i < idx.size(); ++i)
    idx[i] = i;
  std::sort(idx.begin(), idx.end(),
            [&](size_t a, size_t b) { return byLocation(g.fns[a], g.fns[b]); });
  std::vector<char> called(g.fns.size(), 0);
  for (size_t f = 0; f < g.fns.size(); ++f)
    for (const auto &site : g.callees[f])
      for (size_t t : site)
        if (t != f)
          called[t] = 1;
  // Each function's call sites in source order, sorted once for every
  // entry's breadth-first walk (redis-server has hundreds of entries).
  std::vector<std::vector<size_t>> sitesInOrder(g.fns.size());
  for (size_t f = 0; f < g.fns.size(); ++f) {
    std::vector<size_t> &sites = sitesInOrder[f];
    sites.resize(g.callees[f].size());
    for (size_t i = 0; i < sites.size(); ++i)
      sites[i] = i;
    std::stable_sort(sites.begin(), sites.end(), [&](size_t a, size_t b) {
      return pos(g.fns[f]->calls[a].location) < pos(g.fns[f]->calls[b].location);
    });
  }
  Callers callers(g.fns.size());
  for (size_t f = 0; f < g.fns.size(); ++f)
    for (size_t s = 0; s < g.callees[f].size(); ++s)
      for (size_t t : g.callees[f][s])
        if (callers[t].empty() || callers[t].back() != std::make_pair(f, s))
          callers[t].push_back({f, s});
  Manifest m;
  std::vector<char> covered(g.fns.size(), 0);
  // A program without main is a library: everything it exports is an entry.
  bool library = std::none_of(g.fns.begin(), g.fns.end(),
                              [](const facts::FunctionFacts *f) { return f->entry == "main"; });
  auto addEntry = [&](size_t f, const std::string &why) {
    EntryPoint e;
    e.name = g.fns[f]->name;
    e.location = g.fns[f]->location;
    e.why = why;
    e.fn = f;
    e.uses = entryUses(g, sitesInOrder, callers, f, rules, e);
    for (const EntryPoint::Reached &r : e.reached)
      covered[r.fn] = 1;
    m.entries.push_back(std::move(e));
  };
  for (size_t f : idx)
    if (!g.fns[f]->entry.empty())
      addEntry(f, g.fns[f]->entry);
    else if (library && !g.fns[f]->isStatic)
      addEntry(f, "exported");
    else if (!called[f])
      addEntry(f, "root");
  // Functions only reachable through a cycle nothing enters: the first of
  // each such group stands for it, so no capability goes unreported.
  for (size_t f : idx)
    if (!covered[f])
      addEntry(f, "root");
  return m;
}

std::vector<std::tuple<std::string, unsigned, unsigned>>
callOrder(const ProgramGraph &g, const EntryPoint &e, size_t fn) {
  auto find = [&](size_t f) -> const EntryPoint::Reached * {
    auto it = std::lower_bound(
        e.reached.begin(), e.reached.end(), f,
        [](const EntryPoint::Reached &r, size_t x) { return r.fn < x; });
    return it != e.reached.end() && it->fn == f ? &*it : nullptr;
  };
  std::vector<std::tuple<std::string, unsigned, unsigned>> order;
  // A tree: each step goes to a function reached earlier, so at most
  // reached.size() steps.
  for (const EntryPoint::Reached *r = find(fn); r && r->from != SIZE_MAX && order.size() <= e.reached.size();
       r = find(r->from))
    order.push_back(pos(g.fns[r->from]->calls[r->site].location));
  std::reverse(order.begin(), order.end());
  return order;
}

// ---- Output ------------------------------------------------------------------

namespace {

using nlohmann::ordered_json;

ordered_json locationJson(const report::Location &l) {
  return ordered_json{{"file", l.file}, {"line", l.line}, {"column", l.column}};
}

ordered_json useJson(const CapabilityUse &u) {
  ordered_json j;
  j["kind"] = u.cap.kind;
  j["api"] = u.cap.api;
  if (!u.cap.value.empty())
    j["value"] = u.cap.value;
  if (!u.classes.empty())
    j["classes"] = u.classes;
  j["function"] = u.function;
  j["location"] = locationJson(u.cap.location);
  ordered_json path = ordered_json::array();
  for (const PathStep &s : u.path)
    path.push_back(ordered_json{{"function", s.function}, {"call", locationJson(s.call)}});
  j["path"] = std::move(path);
  if (!u.guards.empty()) {
    ordered_json gs = ordered_json::array();
    for (const facts::Guard &g : u.guards)
      gs.push_back(ordered_json{{"kind", g.kind}, {"constant", g.constant},
                                {"location", locationJson(g.location)}});
    j["guards"] = std::move(gs);
  }
  return j;
}

} // namespace

std::string manifestJson(const Manifest &m, const std::string &toolVersion) {
  ordered_json root;
  root["tool"] = "sluice";
  root["version"] = toolVersion;
  root["format"] = "sluice-capabilities/1";
  ordered_json entries = ordered_json::array();
  // Per file: the kinds its functions exercise directly.
  std::map<std::string, std::set<std::string>> perFile;
  for (const EntryPoint &e : m.entries) {
    ordered_json je;
    je["entry"] = e.name;
    je["why"] = e.why;
    je["location"] = locationJson(e.location);
    ordered_json caps = ordered_json::array();
    for (const CapabilityUse &u : e.uses) {
      caps.push_back(useJson(u));
      perFile[u.cap.location.file].insert(capabilityKey(u.cap));
    }
    je["capabilities"] = std::move(caps);
    entries.push_back(std::move(je));
  }
  root["entryPoints"] = std::move(entries);
  ordered_json files = ordered_json::object();
  for (const auto &[file, keys] : perFile)
    files[file] = std::vector<std::string>(keys.begin(), keys.end());
  root["files"] = std::move(files);
  return root.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

std::string manifestText(const Manifest &m) {
  std::string out;
  for (const EntryPoint &e : m.entries) {
    if (e.uses.empty())
      continue;
    out += e.location.file + ":" + std::to_string(e.location.line) + ": entry point '" + e.name +
           "' (" + e.why + ") can:\n";
    for (const CapabilityUse &u : e.uses) {
      out += "  " + describeCapability(u.cap.kind);
      if (!u.cap.value.empty())
        out += " '" + u.cap.value + "'";
      if (!u.classes.empty()) {
        std::string cls;
        for (const std::string &c : u.classes)
          cls += (cls.empty() ? "" : ", ") + c;
        out += " [" + cls + "]";
      }
      out += " via '" + u.cap.api + "' at " + u.cap.location.file + ":" +
             std::to_string(u.cap.location.line);
      if (!u.path.empty()) {
        out += "\n      path: " + e.name;
        for (size_t i = 1; i < u.path.size(); ++i)
          out += " -> " + u.path[i].function;
        out += " -> " + u.function;
      }
      for (const facts::Guard &g : u.guards)
        out += "\n      only when: " + describeGuard(g);
      out += "\n";
    }
  }
  // Per file: what the calls written in it can do.
  std::map<std::string, std::set<std::string>> perFile;
  for (const EntryPoint &e : m.entries)
    for (const CapabilityUse &u : e.uses)
      perFile[u.cap.location.file].insert(describeCapability(u.cap.kind) +
                                          (u.cap.value.empty() ? "" : " '" + u.cap.value + "'"));
  if (!perFile.empty()) {
    out += "per file:\n";
    for (const auto &[file, what] : perFile) {
      out += "  " + file + ":\n";
      for (const std::string &w : what)
        out += "    " + w + "\n";
    }
  }
  if (out.empty())
    out = "no capabilities found\n";
  return out;
}

std::vector<std::string> parseAllowList(const std::string &text) {
  std::vector<std::string> out;
  for (std::string line : splitList(text, '\n')) {
    if (auto hash = line.find('#'); hash != std::string::npos)
      line.erase(hash);
    while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back())))
      line.pop_back();
    size_t start = line.find_first_not_of(" \t");
    if (start == std::string::npos)
      continue;
    out.push_back(line.substr(start));
  }
  return out;
}

bool diffManifest(const Manifest &m, const std::string &baseJson,
                  const std::vector<std::string> &allowPatterns, std::vector<NewCapability> &out,
                  std::string &error) {
  std::set<std::string> base;
  try {
    auto j = nlohmann::json::parse(baseJson);
    if (!j.is_object() || j.value("format", "") != "sluice-capabilities/1") {
      error = "not a Sluice capability manifest (expected \"format\": \"sluice-capabilities/1\")";
      return false;
    }
    for (const auto &e : j.at("entryPoints"))
      for (const auto &c : e.at("capabilities")) {
        facts::Capability cap;
        cap.kind = c.at("kind").get<std::string>();
        cap.value = c.value("value", "");
        base.insert(capabilityKey(cap));
      }
  } catch (const std::exception &e) {
    error = e.what();
    return false;
  }
  std::set<std::string> reported;
  for (const EntryPoint &e : m.entries)
    for (const CapabilityUse &u : e.uses) {
      std::string key = capabilityKey(u.cap);
      if (base.count(key) || !reported.insert(key).second)
        continue;
      NewCapability n{key, e.name, u, false};
      for (const std::string &p : allowPatterns) {
        auto space = p.find_first_of(" \t");
        std::string kind = p.substr(0, space);
        std::string glob = space == std::string::npos ? "*" : p.substr(p.find_first_not_of(" \t", space));
        if (kind == u.cap.kind && globMatch(glob, u.cap.value, false))
          n.allowed = true;
      }
      out.push_back(std::move(n));
    }
  return true;
}

} // namespace sluice
