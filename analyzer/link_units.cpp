#include "analyzer/link_units.h"

#include <algorithm>
#include <map>
#include <set>

namespace sluice {

namespace {

/// Units that enter a program together, and what they define and call.
struct Module {
  std::vector<size_t> units;
  std::string first;                 // smallest file, for ordering and distance
  std::string mainFile;              // the file defining main, if any
  std::set<std::string> defines;     // external functions defined in its own files
  std::set<std::string> calls;       // functions called (or whose address is taken)
};

/// Path components two files' directories share.
size_t sharedDirs(const std::string &a, const std::string &b) {
  size_t shared = 0, n = std::min(a.size(), b.size());
  for (size_t i = 0; i < n && a[i] == b[i]; ++i)
    if (a[i] == '/')
      ++shared;
  return shared;
}

bool intersects(const std::set<std::string> &a, const std::set<std::string> &b) {
  const std::set<std::string> &small = a.size() < b.size() ? a : b;
  const std::set<std::string> &large = a.size() < b.size() ? b : a;
  return std::any_of(small.begin(), small.end(),
                     [&](const std::string &x) { return large.count(x) > 0; });
}

std::vector<Module> modulesOf(const std::vector<facts::TUFacts> &units) {
  std::map<std::string, size_t> byTarget;
  std::vector<Module> mods;
  for (size_t u = 0; u < units.size(); ++u) {
    const facts::TUFacts &t = units[u];
    size_t m;
    if (t.target.empty() || !byTarget.count(t.target)) {
      m = mods.size();
      mods.emplace_back();
      if (!t.target.empty())
        byTarget[t.target] = m;
    } else {
      m = byTarget[t.target];
    }
    Module &mod = mods[m];
    mod.units.push_back(u);
    if (mod.first.empty() || t.file < mod.first)
      mod.first = t.file;
    for (const facts::FunctionFacts &f : t.functions) {
      // Defined in the unit's own file (not a header several units see).
      bool own = t.file.empty() || f.location.file == t.file;
      if (own && !f.isStatic)
        mod.defines.insert(f.usr);
      if (own && f.entry == "main" && (mod.mainFile.empty() || f.location.file < mod.mainFile))
        mod.mainFile = f.location.file;
      for (const facts::CallSite &c : f.calls)
        mod.calls.insert(c.callees.begin(), c.callees.end());
    }
    mod.calls.insert(t.addressTaken.begin(), t.addressTaken.end());
  }
  for (Module &m : mods)
    for (const std::string &d : m.defines)
      m.calls.erase(d);
  std::sort(mods.begin(), mods.end(),
            [](const Module &a, const Module &b) { return a.first < b.first; });
  return mods;
}

} // namespace

std::vector<LinkUnit> linkUnits(const std::vector<facts::TUFacts> &units) {
  std::vector<Module> mods = modulesOf(units);
  std::map<std::string, std::vector<size_t>> definers;  // external function -> modules
  std::set<std::string> mainUsrs;
  for (const facts::TUFacts &u : units)
    for (const facts::FunctionFacts &f : u.functions)
      if (f.entry == "main")
        mainUsrs.insert(f.usr);
  bool clash = false;
  for (size_t m = 0; m < mods.size(); ++m)
    for (const std::string &d : mods[m].defines) {
      std::vector<size_t> &v = definers[d];
      v.push_back(m);
      // Several mains alone join nothing (nothing calls main): only a
      // function the programs call, defined twice, makes them cross-talk.
      clash |= v.size() > 1 && !mainUsrs.count(d);
    }
  auto unitOf = [&](const std::vector<size_t> &ms, std::string mainFile) {
    LinkUnit lu;
    for (size_t m : ms)
      lu.units.insert(lu.units.end(), mods[m].units.begin(), mods[m].units.end());
    std::sort(lu.units.begin(), lu.units.end());
    lu.mainFile = std::move(mainFile);
    return lu;
  };
  std::vector<LinkUnit> out;
  if (!clash) {
    std::vector<size_t> all(mods.size());
    std::string mainFile;
    for (size_t m = 0; m < mods.size(); ++m) {
      all[m] = m;
      if (!mods[m].mainFile.empty())
        mainFile = mods[m].mainFile;
    }
    out.push_back(unitOf(all, mainFile));
    return out;
  }
  std::vector<char> taken(mods.size(), 0);
  for (size_t root = 0; root < mods.size(); ++root) {
    if (mods[root].mainFile.empty())
      continue;
    const std::string &mainFile = mods[root].mainFile;
    std::vector<size_t> members{root};
    std::set<size_t> in{root};
    std::set<std::string> defined = mods[root].defines;
    taken[root] = 1;
    for (size_t i = 0; i < members.size(); ++i) {
      std::set<std::string> wanted = mods[members[i]].calls;  // a copy: members grows
      for (const std::string &fn : wanted) {
        if (defined.count(fn))
          continue;
        auto it = definers.find(fn);
        if (it == definers.end())
          continue;  // a library function, or one no unit defines
        std::vector<size_t> cands;
        for (size_t m : it->second)
          if (!in.count(m) && mods[m].mainFile.empty() && !intersects(mods[m].defines, defined))
            cands.push_back(m);
        if (cands.empty())
          continue;
        // Nearest directory first; then the file that needs least besides
        // (redis: redis-cli's assert helper is defined both by a small
        // redisassert.c and by the server's debug.c, which would pull in
        // the whole server); then by name.
        auto needs = [&](size_t m) {
          return static_cast<size_t>(std::count_if(
              mods[m].calls.begin(), mods[m].calls.end(),
              [&](const std::string &c) { return !defined.count(c) && definers.count(c); }));
        };
        size_t best = *std::min_element(cands.begin(), cands.end(), [&](size_t a, size_t b) {
          size_t da = sharedDirs(mods[a].first, mainFile), db = sharedDirs(mods[b].first, mainFile);
          if (da != db)
            return da > db;
          size_t na = needs(a), nb = needs(b);
          return na != nb ? na < nb : mods[a].first < mods[b].first;
        });
        members.push_back(best);
        in.insert(best);
        defined.insert(mods[best].defines.begin(), mods[best].defines.end());
        taken[best] = 1;
      }
    }
    out.push_back(unitOf(members, mainFile));
  }
  std::sort(out.begin(), out.end(),
            [](const LinkUnit &a, const LinkUnit &b) { return a.mainFile < b.mainFile; });
  // What no program took: libraries, kept apart only where they clash.
  std::vector<std::pair<std::vector<size_t>, std::set<std::string>>> groups;
  for (size_t m = 0; m < mods.size(); ++m) {
    if (taken[m])
      continue;
    auto g = std::find_if(groups.begin(), groups.end(),
                          [&](const auto &x) { return !intersects(x.second, mods[m].defines); });
    if (g == groups.end()) {
      groups.emplace_back();
      g = std::prev(groups.end());
    }
    g->first.push_back(m);
    g->second.insert(mods[m].defines.begin(), mods[m].defines.end());
  }
  for (const auto &g : groups)
    out.push_back(unitOf(g.first, ""));
  return out;
}

} // namespace sluice
