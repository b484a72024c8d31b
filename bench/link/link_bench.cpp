// Replays the whole-program step on facts dumped by a scan, so the link can
// be timed and profiled without re-running the workers:
//
//   SLUICE_DUMP_FACTS=/tmp/facts.jsonl sluice scan ...   (one unit per line)
//   build/sluice-link-bench /tmp/facts.jsonl [rules-dir]
//
// Prints per-phase time, link statistics and the number of findings; with
// SLUICE_BENCH_LIST=1 also one line per finding (rule, sink, source), sorted,
// to compare two builds.
#include "analyzer/facts.h"
#include "analyzer/program_analysis.h"
#include "analyzer/rules_loader.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <thread>

using namespace sluice;

int main(int argc, char **argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s FACTS.jsonl [RULES-DIR]\n", argv[0]);
    return 2;
  }
  auto t0 = std::chrono::steady_clock::now();
  std::ifstream in(argv[1]);
  if (!in) {
    std::fprintf(stderr, "%s: cannot read\n", argv[1]);
    return 2;
  }
  std::vector<facts::TUFacts> units;
  std::string line;
  size_t lineNo = 0;
  while (std::getline(in, line)) {
    ++lineNo;
    if (line.empty())
      continue;
    facts::TUFacts u;
    std::string error;
    if (!facts::fromJson(line, u, error)) {
      std::fprintf(stderr, "%s:%zu: %s\n", argv[1], lineNo, error.c_str());
      return 2;
    }
    // Dumps written before workers bounded their facts are bounded here,
    // as a worker would now.
    for (facts::FunctionFacts &fn : u.functions)
      facts::boundFlows(fn);
    units.push_back(std::move(u));
  }
  RuleSet rules;
  std::vector<RuleError> errors;
  if (!loadRuleDirs({argc > 2 ? argv[2] : SLUICE_RULES_DIR}, rules, errors)) {
    std::fprintf(stderr, "rules did not load\n");
    return 2;
  }
  auto t1 = std::chrono::steady_clock::now();
  // Per program, as a scan links, with the scan's default share per
  // recursive component unless SLUICE_LINK_COMPONENT_WORK sets one (0: none).
  LinkBudget budget;
  const char *share = std::getenv("SLUICE_LINK_COMPONENT_WORK");
  budget.componentWorkPerFunction = share ? std::strtoull(share, nullptr, 10) : 20000;
  // Programs linked at once: as a scan's default (the cores) unless
  // SLUICE_LINK_THREADS sets it.
  const char *threads = std::getenv("SLUICE_LINK_THREADS");
  unsigned nThreads = threads ? static_cast<unsigned>(std::strtoul(threads, nullptr, 10))
                              : std::max(1u, std::thread::hardware_concurrency());
  ProgramAnalysis p = analyzePrograms(units, rules, {}, budget, nThreads);
  auto t2 = std::chrono::steady_clock::now();
  auto s = [](auto a, auto b) { return std::chrono::duration<double>(b - a).count(); };
  size_t functions = 0, flows = 0, sinks = 0;
  for (const auto &u : units)
    for (const auto &f : u.functions) {
      ++functions;
      flows += f.flows.size();
      sinks += f.sinks.size();
    }
  const LinkStats &st = p.stats;
  std::printf("units %zu functions %zu flows %zu sinks %zu\n", units.size(), functions, flows,
              sinks);
  std::printf("load %.2f s, program step %.2f s\n", s(t0, t1), s(t1, t2));
  std::printf("link: call edges %zu, most rounds %zu, converged %d, unconverged %zu, widened %zu, "
              "trace nodes %zu, atoms %zu\n",
              st.callEdges, st.rounds, st.converged ? 1 : 0, st.unconverged.size(),
              st.widened.size(), st.traceNodes, st.atoms);
  std::printf("entries: offered %zu, stored %zu, dropped by a full slot %zu, known %zu; "
              "sink offers %zu\n",
              st.entryOffers, st.entriesStored, st.entriesDropped, st.entriesKnown,
              st.sinkOffers);
  for (const auto &c : st.slowest)
    std::printf("  component %.2f s, %zu rounds, %zu functions, e.g. %s\n", c.seconds, c.rounds,
                c.functions, c.example.c_str());
  std::printf("components cut by their share: %zu functions\n", st.cut.size());
  std::printf("findings %zu\n", p.findings.size());
  if (std::getenv("SLUICE_BENCH_LIST")) {
    std::vector<std::string> lines;
    // One line per source: the one a finding shows and the others it
    // lists (see oneFindingPerSink).
    for (const auto &f : p.findings) {
      std::string sink =
          f.ruleId + " " + f.location.file + ":" + std::to_string(f.location.line) + " " +
          f.sinkApi + " <- ";
      lines.push_back(sink + f.sourceApi +
                      (f.flow.empty() ? "" : " @" + f.flow.front().location.file + ":" +
                                                 std::to_string(f.flow.front().location.line)));
      for (const auto &r : f.related) {
        size_t q = r.message.find('\'');
        if (r.message.rfind("also reached from ", 0) != 0 || q == std::string::npos)
          continue;
        std::string api = r.message.substr(q + 1, r.message.rfind('\'') - q - 1);
        lines.push_back(sink + api + " @" + r.location.file + ":" +
                        std::to_string(r.location.line));
      }
    }
    std::sort(lines.begin(), lines.end());
    for (const auto &l : lines)
      std::printf("  %s\n", l.c_str());
  }
  return 0;
}
