// The link's decision (see link_linker.h): once every summary is final, the
// findings at each function's sinks, from the sources that reach them
// (through globals too), against the policies; one finding per rule, sink
// and source, with the best trace.
#include "analyzer/link_linker.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

namespace sluice::link::detail {

std::vector<report::Finding> Linker::decide() {
  std::map<std::string, std::pair<report::Finding, link::TraceShape>> best;  // a Best
  // Reads from a descriptor a caller or a helper supplied, settled as
  // sockets (facts::kSourceKindSink): like any handle requirement, by
  // the entries whose handle resolved, or by a global holding a socket.
  bool globals = !overBudget();
  for (const Fn &fn : fns_)
    for (const auto &[key, se] : fn.sinks)
      if (se.sink->sinkKind == facts::kSourceKindSink &&
          (se.requiredHandle.empty() || (globals && handleInGlobals(se)))) {
        const Atom &a = atom(se.atom);
        socketReads_.emplace(a.api, a.loc.file, a.loc.line, a.loc.column);
      }
  for (const Fn &fn : fns_) {
    if (stopped())
      break;
    try {
      decideIn(fn, best);
    } catch (const std::bad_alloc &) {
      outOfMemory();
    }
  }
  if (progress_)
    std::fprintf(stderr, "link: %zu global nodes resolved, %zu findings\n", globalNodes_.size(),
                 best.size());
  std::vector<report::Finding> out;
  for (auto &[k, f] : best)
    out.push_back(std::move(f.first));
  return out;
}

bool Linker::handleInGlobals(const SinkEntry &se) {
  // Only globals are left open once every summary is final: a descriptor
  // kept in one (`g_sock = socket(...)` in one function, `write(g_sock,
  // ...)` in another) is of the kind its stores made. Stores at exactly
  // the member read count, not those over the whole global or a coarser
  // member: redis's `server` holds sockets and files in sibling members,
  // and a coarse store made its file descriptors sockets.
  for (AtomId g : se.handleFrom) {
    const Atom &x = atom(g);
    if (x.kind != Atom::Global)
      continue;
    const auto &stores = storesOf(x);
    auto at = stores.find(x.path);
    if (at == stores.end())
      continue;
    for (const auto &[a, t] : at->second)
      if (atom(a).kind == Atom::Handle && atom(a).sourceKind == se.requiredHandle)
        return true;
  }
  return false;
}

void Linker::decideIn(const Fn &fn, Best &best) {
  bool globals = !overBudget();  // checked once per function
  for (const auto &[key, se] : fn.sinks) {
    if (!se.requiredHandle.empty() && !(globals && handleInGlobals(se)))
      continue;  // never shown to be a socket (or whatever it needs)
    std::vector<Entry> sources;
    const Atom &sa = atom(se.atom);
    if (sa.kind == Atom::Source) {
      sources.push_back(Entry{se.atom, one(se.trace), ""});
    } else if (sa.kind == Atom::Global && globals) {
      Chain after = one(se.trace);
      for (const auto &[a, t] : globalSources(se.atom)) {
        Chain before = one(t);
        sources.push_back(Entry{narrow(se.atom, a), chain({&before, &after}), ""});
      }
    }
    for (const Entry &src : sources) {
      Atom from = atom(src.atom);  // a copy: making a finding may intern atoms
      if (from.kind == Atom::Source && from.sourceKind == "file" && socketRead(from))
        from.sourceKind = "network";  // that read() is on a socket
      if (from.excludes(se.sink->sinkKind) || from.excludes("source:" + from.sourceKind))
        continue;  // validated for this kind of sink, or no longer of its kind
      for (const Policy &p : policies_) {
        if (std::find(p.sourceKinds.begin(), p.sourceKinds.end(), from.sourceKind) ==
                p.sourceKinds.end() ||
            std::find(p.sinkKinds.begin(), p.sinkKinds.end(), se.sink->sinkKind) ==
                p.sinkKinds.end())
          continue;
        // One finding per rule, sink position and source: a sink seen
        // twice (a call evaluated on two paths) is still one finding.
        // A read that is both env and secret is one source: the finding
        // keeps the more severe reading.
        const report::Location &at = se.sink->location;
        std::string id = p.info.id + "|" + at.file + ":" + std::to_string(at.line) + ":" +
                         std::to_string(at.column) + "|" + se.sink->api + "|" + from.api +
                         "@" + from.loc.file + ":" + std::to_string(from.loc.line) + ":" +
                         std::to_string(from.loc.column);
        report::Level level = levelFor(p, from);
        link::TraceShape sh = shape(src.trace);
        auto it = best.find(id);
        if (it != best.end() && !(level > it->second.first.level) &&
            !(level == it->second.first.level && sh < it->second.second))
          continue;
        best[id] = {makeFinding(p, se, src, from), sh};
      }
    }
  }
}

report::Level Linker::levelFor(const Policy &p, const Atom &src) {
  if (auto it = p.levelBySource.find(src.sourceKind); it != p.levelBySource.end())
    return it->second;
  return p.info.defaultLevel;
}

report::Finding Linker::makeFinding(const Policy &p, const SinkEntry &se, const Entry &src,
                                    const Atom &from) {
  const facts::SinkFact &s = *se.sink;
  report::Finding f;
  f.ruleId = p.info.id;
  f.level = levelFor(p, from);
  f.sourceKind = from.sourceKind;
  f.sinkKind = s.sinkKind;
  f.sourceApi = from.api;
  f.sinkApi = s.api;
  f.message = formatMessage(p.message, from.api, s.api, from.sourceKind, s.sinkKind);
  f.location = s.location;
  f.function = se.in->name;
  f.functionId = se.in->usr + "@" + se.in->location.file;
  f.flow = traces_.steps(build(src.trace));
  if (from.sourceKind != atom(src.atom).sourceKind)  // a read on a socket
    for (report::FlowStep &st : f.flow)
      if (st.kind == "source")
        st.message = describeSourceKind(from.sourceKind) + " enters from '" + from.api + "'";
  f.flow.push_back({s.argLocation, "reaches " + describeSink(s.sinkKind, s.api), "sink"});
  return f;
}

} // namespace sluice::link::detail
