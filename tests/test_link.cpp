// The link step: summary composition across calls (including recursion and
// validators) and across translation units, on hand-written facts.
#include "analyzer/link.h"
#include "analyzer/program_analysis.h"
#include "analyzer/program_graph.h"
#include "analyzer/rules_loader.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace sluice;
using namespace sluice::facts;

namespace {

const std::vector<Policy> &policies() {
  static RuleSet rules = [] {
    RuleSet r;
    std::vector<RuleError> errors;
    REQUIRE(loadRuleDirs({SLUICE_SOURCE_DIR "/rules"}, r, errors));
    return r;
  }();
  return rules.policies;
}

report::Location at(const std::string &file, unsigned line) {
  report::Location l;
  l.file = file;
  l.line = line;
  l.column = 1;
  return l;
}

Atom source(const std::string &kind, const std::string &api, report::Location loc) {
  Atom a;
  a.kind = Atom::Source;
  a.sourceKind = kind;
  a.api = api;
  a.loc = loc;
  return a;
}
Atom param(int i, int d) {
  Atom a;
  a.kind = Atom::Param;
  a.index = i;
  a.derefs = d;
  return a;
}
Atom callret(int c, int d) {
  Atom a;
  a.kind = Atom::CallRet;
  a.call = c;
  a.derefs = d;
  return a;
}
Atom global(const std::string &g, int d) {
  Atom a;
  a.kind = Atom::Global;
  a.global = g;
  a.derefs = d;
  return a;
}
Output ret(int d) {
  Output o;
  o.kind = Output::Return;
  o.derefs = d;
  return o;
}
Output arg(int c, int i, int d) {
  Output o;
  o.kind = Output::CallArg;
  o.call = c;
  o.index = i;
  o.derefs = d;
  return o;
}
Output globalOut(const std::string &g, int d) {
  Output o;
  o.kind = Output::GlobalOut;
  o.global = g;
  o.derefs = d;
  return o;
}
CallSite callTo(const std::string &usr, report::Location loc) {
  CallSite c;
  c.callees = {usr};
  c.calleeName = usr;
  c.location = loc;
  return c;
}
SinkFact commandSink(Atom from, report::Location loc) {
  SinkFact s;
  s.from = std::move(from);
  s.sinkKind = "command";
  s.api = "system";
  s.location = loc;
  s.argLocation = loc;
  return s;
}
FunctionFacts fn(const std::string &usr) {
  FunctionFacts f;
  f.usr = usr;
  f.name = usr;
  return f;
}

/// send_all(fd, buf): sends buf on fd, counted only when fd is a socket.
FunctionFacts sendAllFacts() {
  FunctionFacts f = fn("send_all");
  SinkFact send = commandSink(param(1, 1), at("s.c", 3));
  send.sinkKind = "network-send";
  send.api = "send";
  send.requiredHandle = "socket";
  send.handleFrom = {param(0, 0)};
  f.sinks.push_back(send);
  return f;
}

/// A socket made at `loc`.
Atom socketHandle(report::Location loc) {
  Atom a;
  a.kind = Atom::Handle;
  a.sourceKind = "socket";
  a.api = "socket";
  a.loc = std::move(loc);
  return a;
}

} // namespace

TEST_CASE("a source in one function reaches a sink in another through a caller", "[link]") {
  // read_cmd() returns getenv data; run(x) passes x to system; main links them.
  FunctionFacts readCmd = fn("read_cmd");
  readCmd.flows.push_back({source("env", "getenv", at("a.c", 3)), ret(1), {}});
  FunctionFacts run = fn("run");
  run.sinks.push_back(commandSink(param(0, 1), at("c.c", 9)));
  FunctionFacts mainFn = fn("main");
  mainFn.calls = {callTo("read_cmd", at("m.c", 5)), callTo("run", at("m.c", 6))};
  mainFn.flows.push_back({callret(0, 1), arg(1, 0, 1), {}});

  // Three files, linked as one program.
  auto findings = linkProgram({TUFacts{{readCmd}, {}}, TUFacts{{run}, {}}, TUFacts{{mainFn}, {}}},
                              policies());
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].ruleId == "taint.cmd-injection");
  CHECK(findings[0].location.file == "c.c");
  CHECK(findings[0].function == "run");
  // The flow crosses both calls: returned from read_cmd, passed to run.
  std::vector<std::string> kinds;
  for (const auto &s : findings[0].flow)
    kinds.push_back(s.kind);
  CHECK(kinds == std::vector<std::string>{"return", "call", "sink"});
}

TEST_CASE("context: a helper's sink alerts only for tainted callers", "[link]") {
  FunctionFacts helper = fn("helper");
  helper.sinks.push_back(commandSink(param(0, 1), at("h.c", 2)));
  FunctionFacts clean = fn("clean_caller");
  clean.calls = {callTo("helper", at("c.c", 1))};  // passes a constant: no flow facts
  auto none = linkProgram({TUFacts{{helper, clean}, {}}}, policies());
  CHECK(none.empty());

  FunctionFacts dirty = fn("dirty_caller");
  dirty.calls = {callTo("helper", at("d.c", 1))};
  dirty.flows.push_back({source("network", "recv", at("d.c", 0)), arg(0, 0, 1), {}});
  auto one = linkProgram({TUFacts{{helper, clean, dirty}, {}}}, policies());
  REQUIRE(one.size() == 1);
  CHECK(one[0].location.file == "h.c");
}

TEST_CASE("recursion reaches a fixpoint", "[link]") {
  // walk(p) calls walk(p) and finally system(p); start passes argv data.
  FunctionFacts walk = fn("walk");
  walk.calls = {callTo("walk", at("w.c", 4))};
  walk.flows.push_back({param(0, 1), arg(0, 0, 1), {}});
  walk.flows.push_back({callret(0, 1), ret(1), {}});
  walk.flows.push_back({param(0, 1), ret(1), {}});
  walk.sinks.push_back(commandSink(param(0, 1), at("w.c", 6)));
  FunctionFacts start = fn("start");
  start.calls = {callTo("walk", at("s.c", 2))};
  start.flows.push_back({source("user-input", "argv", at("s.c", 1)), arg(0, 0, 1), {}});
  start.sinks.push_back(commandSink(callret(0, 1), at("s.c", 3)));
  LinkStats stats;
  auto findings = linkProgram({TUFacts{{walk, start}, {}}}, policies(), &stats);
  CHECK(stats.converged);
  CHECK(stats.rounds < 10);
  REQUIRE(findings.size() == 2);  // inside walk, and on walk's result in start
}

TEST_CASE("globals connect a writer and a reader in different units", "[link]") {
  FunctionFacts writer = fn("set_cmd");
  writer.flows.push_back({source("file", "fgets", at("a.c", 2)), globalOut("c:@g_cmd", 1), {}});
  FunctionFacts reader = fn("run_cmd");
  reader.sinks.push_back(commandSink(global("c:@g_cmd", 1), at("b.c", 7)));
  auto findings = linkProgram({TUFacts{{writer}, {}}, TUFacts{{reader}, {}}}, policies());
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].sourceKind == "file");
}

TEST_CASE("a value validated for commands does not alert at a command sink", "[link]") {
  FunctionFacts helper = fn("helper");
  Atom checked = param(0, 1);
  checked.cleared = "command";
  helper.sinks.push_back(commandSink(checked, at("h.c", 2)));
  FunctionFacts caller = fn("caller");
  caller.calls = {callTo("helper", at("c.c", 1))};
  caller.flows.push_back({source("env", "getenv", at("c.c", 0)), arg(0, 0, 1), {}});
  CHECK(linkProgram({TUFacts{{helper, caller}, {}}}, policies()).empty());
}

TEST_CASE("indirect calls resolve to address-taken functions of the same type", "[link]") {
  FunctionFacts target = fn("do_run");
  target.signature = "void (char *)";
  target.sinks.push_back(commandSink(param(0, 1), at("t.c", 3)));
  FunctionFacts other = fn("not_taken");
  other.signature = "void (char *)";
  other.sinks.push_back(commandSink(param(0, 1), at("o.c", 3)));
  FunctionFacts caller = fn("dispatch");
  CallSite c;
  c.indirectSignature = "void (char *)";
  c.location = at("d.c", 4);
  caller.calls = {c};
  caller.flows.push_back({source("env", "getenv", at("d.c", 2)), arg(0, 0, 1), {}});
  auto findings = linkProgram({TUFacts{{target, other, caller}, {"do_run"}}}, policies());
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.file == "t.c");
}

TEST_CASE("facts survive the worker pipe unchanged", "[link]") {
  FunctionFacts f = fn("c:@F@f");
  f.calls = {callTo("c:@F@g", at("x.c", 3))};
  Atom a = param(1, 2);
  a.cleared = "command,path";
  f.flows.push_back({a, arg(0, 1, 1), {{at("x.c", 2), "copied", "propagation"}}});
  f.sinks.push_back(commandSink(source("env", "getenv", at("x.c", 1)), at("x.c", 4)));
  f.calls[0].guards.push_back({"clock-date", "1767225600", at("x.c", 3)});
  f.capabilities.push_back({"file-delete", "unlink", "/var/db", at("x.c", 5),
                            {{"counter", "20000", at("x.c", 5)}}, ""});
  f.capabilities.push_back({"stdio-to-socket", "dup2", "", at("x.c", 6), {}, "socket"});
  f.entry = "constructor";
  f.isStatic = true;
  TUFacts in{{f}, {"c:@F@g"}};
  in.memberShapes = {{"len", false, {}}, {"next", false, {"len", "next"}}, {"ptr", true, {}}};
  TUFacts out;
  std::string error;
  REQUIRE(fromJson(toJson(in), out, error));
  CHECK(toJson(out) == toJson(in));
  CHECK(out.functions[0].flows[0].from.cleared == "command,path");
  REQUIRE(out.functions[0].capabilities.size() == 2);
  CHECK(out.functions[0].capabilities[0].guards[0].kind == "counter");
  CHECK(out.functions[0].capabilities[1].requiredHandle == "socket");
  CHECK(out.functions[0].calls[0].guards[0].constant == "1767225600");
  CHECK(out.functions[0].entry == "constructor");
  REQUIRE(out.memberShapes.size() == 3);
  CHECK(out.memberShapes[1].below == std::vector<std::string>{"len", "next"});
  CHECK(out.memberShapes[2].any);
  CHECK_FALSE(fromJson("{\"functions\": 3}", out, error));
  CHECK_FALSE(error.empty());
}

TEST_CASE("a function's flows are bounded: duplicates merged, paths cut, sources kept",
          "[link][bounds]") {
  // An interpreter loop: 40 members of its state struct flow into one call
  // argument's 40 members, twice (the copies differ only in their steps),
  // and one source reaches its result.
  FunctionFacts f = fn("interp");
  for (int copy = 0; copy < 2; ++copy)
    for (int m = 0; m < 40; ++m) {
      Atom from = param(0, 1);
      from.path = ".s.f" + std::to_string(m);
      Output to = arg(0, 0, 1);
      to.path = ".x.y" + std::to_string(m);
      f.flows.push_back({from, to, std::vector<report::FlowStep>(copy + 1)});
    }
  f.flows.push_back({source("env", "getenv", at("i.c", 9)), ret(1), {}});

  SECTION("under the cap nothing changes") {
    FunctionFacts g = f;
    boundFlows(g, g.flows.size());
    CHECK(g.flows.size() == 81);
    CHECK_FALSE(g.widened);
  }
  SECTION("duplicates go first, keeping the shortest steps; that is no widening") {
    FunctionFacts g = f;
    boundFlows(g, 41);
    REQUIRE(g.flows.size() == 41);
    CHECK_FALSE(g.widened);
    size_t longSteps = 0;
    for (const Flow &fl : g.flows)
      longSteps += fl.steps.size() > 1;
    CHECK(longSteps == 0);
  }
  SECTION("then member paths are cut to their first member") {
    FunctionFacts g = f;
    boundFlows(g, 10);
    CHECK(g.widened);
    REQUIRE(g.flows.size() == 2);
    CHECK(g.flows[0].from.path == ".s");
    CHECK(g.flows[0].to.path == ".x");
    CHECK(g.flows[1].from.kind == Atom::Source);
  }
  SECTION("last, the least direct flows are dropped, sources kept") {
    FunctionFacts g = f;
    boundFlows(g, 1);
    CHECK(g.widened);
    REQUIRE(g.flows.size() == 1);
    CHECK(g.flows[0].from.kind == Atom::Source);
  }
}

TEST_CASE("a bound that merges an object's members drops its moves onto itself",
          "[link][bounds]") {
  // A report builder copies 40 members of the global `server` onto 40
  // others and stores one environment read in it. Cut to the whole object,
  // "server at level 1 flows into server at level 1" would say that every
  // member reaches every other (redis: a pipe buffer reaching the log file
  // path); it says nothing once paths are gone, so it is dropped. The
  // source stays, as do moves between different objects.
  FunctionFacts f = fn("report");
  for (int m = 0; m < 40; ++m) {
    Atom from = global("server", 1);
    from.path = ".in" + std::to_string(m) + "*";
    Output to = globalOut("server", 1);
    to.path = ".out" + std::to_string(m) + "*";
    f.flows.push_back({from, to, {}});
  }
  f.flows.push_back({global("stats", 1), globalOut("server", 1), {}});
  f.flows.push_back({source("env", "getenv", at("r.c", 3)), globalOut("server", 1), {}});
  CHECK(ownEntryValue(global("server", 1), globalOut("server", 1)));
  CHECK_FALSE(ownEntryValue(global("server", 2), globalOut("server", 1)));
  CHECK_FALSE(ownEntryValue(global("stats", 1), globalOut("server", 1)));
  Atom member = global("server", 1);
  member.path = ".in1*";
  Output other = globalOut("server", 1);
  other.path = ".out1*";
  CHECK_FALSE(ownEntryValue(member, other));  // uncut, a move between members
  CHECK(ownEntryValue(member, globalOut("server", 1)));
  Atom auth = global("config", 0);
  auth.path = ".conn_info.auth";
  Output first = globalOut("config", 0);
  first.path = ".conn_info";  // parts merged into their first member
  CHECK(ownEntryValue(auth, first));
  first.path = ".conn";
  CHECK_FALSE(ownEntryValue(auth, first));

  boundFlows(f, 4);
  CHECK(f.widened);
  std::vector<std::string> froms;
  for (const Flow &fl : f.flows)
    froms.push_back(fl.from.key());
  std::sort(froms.begin(), froms.end());
  CHECK(froms == std::vector<std::string>{global("stats", 1).key(),
                                          source("env", "getenv", at("r.c", 3)).key()});
}

TEST_CASE("a bound cuts the paths of call arguments before a global's", "[link][bounds]") {
  // 40 members of a parameter go to 40 members of a call's argument, and
  // one network read goes to one member of a global: cutting the call's
  // paths is enough, so the global's member keeps its path (a global cut
  // to the whole object would reach every member program-wide).
  FunctionFacts f = fn("release");
  for (int m = 0; m < 40; ++m) {
    Atom from = param(0, 1);
    from.path = ".f" + std::to_string(m);
    Output to = arg(0, 0, 1);
    to.path = ".g" + std::to_string(m);
    f.flows.push_back({from, to, {}});
  }
  Output counter = globalOut("server", 0);
  counter.path = ".stat_memory";
  f.flows.push_back({source("network", "recv", at("r.c", 2)), counter, {}});
  boundFlows(f, 8);
  CHECK(f.widened);
  REQUIRE(f.flows.size() == 2);
  CHECK(f.flows[0].to.kind == Output::CallArg);
  CHECK(f.flows[0].to.path.empty());
  CHECK(f.flows[1].to.path == ".stat_memory");
}

namespace {

/// helper(p) runs p; early() and main() pass getenv data to it; local()
/// runs getenv data itself. Linked in that order (callees first): helper,
/// local, early, main.
std::vector<TUFacts> budgetProgram() {
  FunctionFacts helper = fn("helper");
  helper.sinks.push_back(commandSink(param(0, 1), at("h.c", 2)));
  FunctionFacts local = fn("local");
  local.sinks.push_back(commandSink(source("env", "getenv", at("l.c", 3)), at("l.c", 3)));
  FunctionFacts early = fn("early");
  early.calls = {callTo("helper", at("e.c", 5))};
  early.flows.push_back({source("env", "getenv", at("e.c", 4)), arg(0, 0, 1), {}});
  FunctionFacts mainFn = fn("main");
  mainFn.calls = {callTo("helper", at("m.c", 5)), callTo("local", at("m.c", 6))};
  mainFn.flows.push_back({source("env", "getenv", at("m.c", 4)), arg(0, 0, 1), {}});
  return {TUFacts{{helper, local, early, mainFn}, {}}};
}

/// "sink file<source file" per finding, sorted.
std::vector<std::string> findingFiles(const std::vector<report::Finding> &fs) {
  std::vector<std::string> out;
  for (const report::Finding &f : fs)
    out.push_back(f.location.file + "<" + (f.flow.empty() ? "" : f.flow[0].location.file));
  std::sort(out.begin(), out.end());
  return out;
}

} // namespace

TEST_CASE("a link over its budget degrades to sinks only and says so", "[link][budget]") {
  LinkStats stats;
  SECTION("within the budget: both findings") {
    LinkBudget b;
    b.maxMemoryMiB = 100;
    b.memoryMiB = [] { return size_t(50); };
    auto fs = linkProgram(budgetProgram(), policies(), &stats, {}, b);
    CHECK(findingFiles(fs) == std::vector<std::string>{"h.c<e.c", "h.c<m.c", "l.c<l.c"});
    CHECK(stats.degradedBy.empty());
    CHECK(stats.degraded.empty());
  }
  SECTION("over the memory budget from the start: only the finding within a function") {
    LinkBudget b;
    b.maxMemoryMiB = 100;
    b.memoryMiB = [] { return size_t(150); };
    auto fs = linkProgram(budgetProgram(), policies(), &stats, {}, b);
    CHECK(findingFiles(fs) == std::vector<std::string>{"l.c<l.c"});
    CHECK(stats.degradedBy == "memory");
    CHECK(stats.degradedAtMiB == 150);
    CHECK(stats.degraded == std::vector<std::string>{"early", "helper", "local", "main"});
  }
  SECTION("over the budget half-way: what was linked before keeps its flows") {
    // One check per component: the fourth, before main, is over.
    LinkBudget b;
    b.maxMemoryMiB = 100;
    int calls = 0;
    b.memoryMiB = [&calls] { return size_t(++calls > 3 ? 150 : 50); };
    auto fs = linkProgram(budgetProgram(), policies(), &stats, {}, b);
    CHECK(stats.degradedBy == "memory");
    CHECK(stats.degraded == std::vector<std::string>{"main"});
    // early's flow into helper stands; main, linked by its sinks only,
    // loses the flow it passes to helper's parameter.
    CHECK(findingFiles(fs) == std::vector<std::string>{"h.c<e.c", "l.c<l.c"});
  }
  SECTION("std::bad_alloc inside the step degrades instead of failing") {
    LinkBudget b;
    b.maxMemoryMiB = 100;
    b.memoryMiB = []() -> size_t { throw std::bad_alloc(); };
    std::vector<report::Finding> fs;
    REQUIRE_NOTHROW(fs = linkProgram(budgetProgram(), policies(), &stats, {}, b));
    CHECK(stats.degradedBy == "out of memory");
    CHECK(findingFiles(fs) == std::vector<std::string>{"l.c<l.c"});
  }
  SECTION("a work budget degrades at the same point every time") {
    LinkBudget b;
    b.minFacts = 0;
    b.workPerFact = 1;  // four facts: four entries offered
    auto fs = linkProgram(budgetProgram(), policies(), &stats, {}, b);
    CHECK(stats.degradedBy == "work");
    CHECK(stats.maxWork == 4);
    CHECK(stats.degraded == std::vector<std::string>{"main"});
    CHECK(findingFiles(fs) == std::vector<std::string>{"h.c<e.c", "l.c<l.c"});
    LinkStats again;
    CHECK(findingFiles(linkProgram(budgetProgram(), policies(), &again, {}, b)) ==
          findingFiles(fs));
    CHECK(again.degraded == stats.degraded);
  }
  SECTION("a work budget the program stays under changes nothing") {
    LinkBudget b;
    b.minFacts = 0;
    b.workPerFact = 1000;
    auto fs = linkProgram(budgetProgram(), policies(), &stats, {}, b);
    CHECK(stats.degradedBy.empty());
    CHECK(findingFiles(fs) == std::vector<std::string>{"h.c<e.c", "h.c<m.c", "l.c<l.c"});
  }
  SECTION("a time budget of a moment degrades too") {
    LinkBudget b;
    b.maxSeconds = 1e-9;
    auto fs = linkProgram(budgetProgram(), policies(), &stats, {}, b);
    CHECK(stats.degradedBy == "time");
    CHECK(findingFiles(fs) == std::vector<std::string>{"l.c<l.c"});
  }
}

TEST_CASE("a recursive component past its share of work stops; the rest links as usual",
          "[link][budget]") {
  // ring0 .. ring19 call each other in a cycle, passing their parameter on,
  // and ring19 runs it; enter() passes getenv data into the ring. Apart
  // from the ring, user() passes getenv data to helper(), which runs it.
  std::vector<FunctionFacts> fns;
  for (int k = 0; k < 20; ++k) {
    FunctionFacts r = fn("ring" + std::to_string(k));
    r.calls = {callTo("ring" + std::to_string((k + 1) % 20), at("r.c", 10 + k))};
    r.flows.push_back({param(0, 1), arg(0, 0, 1), {}});
    if (k == 19)
      r.sinks.push_back(commandSink(param(0, 1), at("r.c", 100)));
    fns.push_back(r);
  }
  FunctionFacts enter = fn("enter");
  enter.calls = {callTo("ring0", at("e.c", 2))};
  enter.flows.push_back({source("env", "getenv", at("e.c", 1)), arg(0, 0, 1), {}});
  FunctionFacts helper = fn("helper");
  helper.sinks.push_back(commandSink(param(0, 1), at("h.c", 2)));
  FunctionFacts user = fn("user");
  user.calls = {callTo("helper", at("u.c", 2))};
  user.flows.push_back({source("env", "getenv", at("u.c", 1)), arg(0, 0, 1), {}});
  fns.insert(fns.end(), {enter, helper, user});
  std::vector<TUFacts> program{TUFacts{fns, {}}};
  SECTION("a share the ring stays under changes nothing") {
    LinkBudget b;
    b.componentWorkPerFunction = 1000;
    LinkStats stats;
    auto fs = linkProgram(program, policies(), &stats, {}, b);
    CHECK(stats.cut.empty());
    CHECK(findingFiles(fs) == std::vector<std::string>{"h.c<u.c", "r.c<e.c"});
  }
  SECTION("past its share the ring keeps what it had; the finding through helper stands") {
    LinkBudget b;
    b.componentWorkPerFunction = 0;
    LinkStats unlimited;
    linkProgram(program, policies(), &unlimited, {}, b);
    REQUIRE(unlimited.entryOffers + unlimited.sinkOffers > 1);
    b.componentWorkPerFunction = 1;  // 16 entries: less than the ring needs
    REQUIRE(unlimited.entryOffers + unlimited.sinkOffers > 16);
    LinkStats stats;
    auto fs = linkProgram(program, policies(), &stats, {}, b);
    REQUIRE(stats.cut.size() == 20);
    CHECK(stats.cut.front() == "ring0");
    CHECK(stats.converged);           // a bound, not a failure to converge
    CHECK(stats.degradedBy.empty());  // nothing after the ring is degraded
    CHECK(stats.degraded.empty());
    std::vector<std::string> files = findingFiles(fs);
    CHECK(std::find(files.begin(), files.end(), "h.c<u.c") != files.end());
    // The same facts stop at the same point every time.
    LinkStats again;
    CHECK(findingFiles(linkProgram(program, policies(), &again, {}, b)) == files);
    CHECK(again.cut == stats.cut);
  }
}

TEST_CASE("an indirect call with many targets goes through one dispatcher, flows intact",
          "[link][dispatch]") {
  // Twelve handlers of one type, all address-taken: handler 3 runs its
  // argument, handler 7 returns getenv data, handler 9 writes file data
  // through its pointer parameter; the rest do nothing with data.
  std::vector<FunctionFacts> fns;
  std::vector<std::string> taken;
  for (int k = 0; k < 12; ++k) {
    FunctionFacts h = fn("handler" + std::to_string(k));
    h.signature = "char *(char *)";
    h.location = at("h.c", 10 + k);
    if (k == 3)
      h.sinks.push_back(commandSink(param(0, 1), at("h.c", 100)));
    if (k == 7)
      h.flows.push_back({source("env", "getenv", at("h.c", 107)), ret(1), {}});
    if (k == 9) {
      Output o;
      o.kind = Output::ParamOut;
      o.index = 0;
      o.derefs = 1;
      h.flows.push_back({source("file", "fgets", at("h.c", 109)), o, {}});
    }
    taken.push_back(h.usr);
    fns.push_back(h);
  }
  FunctionFacts caller = fn("dispatch_cmd");
  CallSite c;
  c.indirectSignature = "char *(char *)";
  c.location = at("d.c", 4);
  c.argCount = 1;
  caller.calls = {c, callTo("sink_path", at("d.c", 6))};
  caller.flows.push_back({source("network", "recv", at("d.c", 2)), arg(0, 0, 1), {}});
  caller.flows.push_back({callret(0, 1), arg(1, 0, 1), {}});  // result -> sink_path
  Atom out;
  out.kind = Atom::CallOut;
  out.call = 0;
  out.index = 0;
  out.derefs = 1;
  caller.flows.push_back({out, arg(1, 0, 1), {}});  // what it wrote -> sink_path
  FunctionFacts sinkPath = fn("sink_path");
  SinkFact pathSink = commandSink(param(0, 1), at("s.c", 5));
  pathSink.sinkKind = "path";
  pathSink.api = "fopen";
  sinkPath.sinks.push_back(pathSink);
  fns.push_back(caller);
  fns.push_back(sinkPath);

  LinkStats stats;
  auto findings = linkProgram({TUFacts{fns, taken}}, policies(), &stats);
  // recv -> handler3's system; getenv (handler7's result) and fgets
  // (handler9's write) -> fopen in sink_path.
  CHECK(findingFiles(findings) ==
        std::vector<std::string>{"h.c<d.c", "s.c<h.c", "s.c<h.c"});
  for (const report::Finding &f : findings)
    if (f.location.file == "h.c") {
      CHECK(f.function == "handler3");
      std::vector<std::string> msgs;
      for (const auto &st : f.flow)
        msgs.push_back(st.message);
      // The trace names the dispatcher and then the handler it reached.
      REQUIRE(msgs.size() >= 3);
      CHECK(msgs[msgs.size() - 3].find("one of 12 functions") != std::string::npos);
      CHECK(msgs[msgs.size() - 2] == "passed to 'handler3'");
    }
}

TEST_CASE("a handle that reaches a helper's sink after its data still confirms it",
          "[link][incremental]") {
  // send_all(fd, buf) sends buf on fd, counted only when fd is a socket.
  // The caller passes file data as buf at once, but the socket reaches fd
  // only through wrap(), whose argument is written by a flow that comes
  // later in the caller's facts: the callee item runs first without the
  // handle, and must run again with every argument when it arrives.
  FunctionFacts sendAll = sendAllFacts();
  FunctionFacts wrap = fn("wrap");
  wrap.flows.push_back({param(0, 0), ret(0), {}});
  FunctionFacts makeSock = fn("make_sock");
  Atom sock = socketHandle(at("k.c", 2));
  makeSock.flows.push_back({sock, ret(0), {}});
  FunctionFacts caller = fn("upload");
  caller.calls = {callTo("make_sock", at("u.c", 2)), callTo("wrap", at("u.c", 3)),
                  callTo("send_all", at("u.c", 4))};
  caller.flows.push_back({callret(1, 0), arg(2, 0, 0), {}});  // fd = wrap(...): first
  caller.flows.push_back({callret(0, 0), arg(1, 0, 0), {}});  // wrap(make_sock())
  caller.flows.push_back({source("file", "fread", at("u.c", 1)), arg(2, 1, 1), {}});
  auto findings =
      linkProgram({TUFacts{{sendAll, wrap, makeSock, caller}, {}}}, policies());
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].ruleId == "taint.exfiltration");
  CHECK(findings[0].location.file == "s.c");
}

TEST_CASE("data that reaches a helper's sink after its handle is applied alone",
          "[link][incremental]") {
  // send_all(fd, buf) as above. The caller passes the socket and file data
  // at once, and more file data later (through wrap(), whose argument a
  // later flow writes). When the second data arrives, the handle's
  // candidates are unchanged, so only the new data is offered to the
  // caller's sinks: the first is not offered again.
  FunctionFacts sendAll = sendAllFacts();
  FunctionFacts wrap = fn("wrap");
  wrap.flows.push_back({param(0, 1), ret(1), {}});
  FunctionFacts caller = fn("upload");
  Atom sock = socketHandle(at("u.c", 1));
  caller.calls = {callTo("wrap", at("u.c", 4)), callTo("send_all", at("u.c", 5))};
  caller.flows.push_back({callret(0, 1), arg(1, 1, 1), {}});  // buf = wrap(...): first
  caller.flows.push_back({sock, arg(1, 0, 0), {}});
  caller.flows.push_back({source("file", "fread", at("u.c", 2)), arg(1, 1, 1), {}});
  caller.flows.push_back({source("file", "fgets", at("u.c", 3)), arg(0, 0, 1), {}});
  LinkStats stats;
  auto findings = linkProgram({TUFacts{{sendAll, wrap, caller}, {}}}, policies(), &stats);
  std::vector<std::string> sources;
  for (const report::Finding &f : findings)
    sources.push_back(f.sourceApi);
  std::sort(sources.begin(), sources.end());
  CHECK(sources == std::vector<std::string>{"fgets", "fread"});
  // send_all's own sink once; in upload, fread's data once when the
  // callee is first applied and fgets's once when it arrives (re-applying
  // every argument because one grew would offer fread's again).
  CHECK(stats.sinkOffers == 3);
}

TEST_CASE("a call's result read before its argument is written still carries it",
          "[link][incremental]") {
  // main: h(g(buf)) with buf = getenv(...) written by a later flow. The
  // flow from g's result runs first, when g's argument holds nothing; when
  // the argument arrives only it is looked up, through g's parameter.
  FunctionFacts g = fn("g");
  g.flows.push_back({param(0, 1), ret(1), {}});
  FunctionFacts h = fn("h");
  h.sinks.push_back(commandSink(param(0, 1), at("h.c", 2)));
  FunctionFacts m = fn("main");
  m.calls = {callTo("g", at("m.c", 3)), callTo("h", at("m.c", 3))};
  m.flows.push_back({callret(0, 1), arg(1, 0, 1), {}});
  m.flows.push_back({source("env", "getenv", at("m.c", 2)), arg(0, 0, 1), {}});
  auto findings = linkProgram({TUFacts{{g, h, m}, {}}}, policies());
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.file == "h.c");
  CHECK(findings[0].sourceApi == "getenv");
}

TEST_CASE("member paths are not composed below a member that cannot hold them", "[link]") {
  // g(p) returns p->q; f passes its parameter's `len` to g. With `len` an
  // integer (nothing below it), g's result in f is f's parameter at `.len`,
  // not at the impossible `.len.q`; without shapes it is `.len.q`.
  FunctionFacts g = fn("g");
  Atom pq = param(0, 1);
  pq.path = ".q";
  g.flows.push_back({pq, ret(1), {}});
  g.sinks.push_back(commandSink(param(0, 1), at("g.c", 2)));
  FunctionFacts f = fn("f");
  f.calls = {callTo("g", at("f.c", 3))};
  Atom plen = param(0, 1);
  plen.path = ".len";
  f.flows.push_back({plen, arg(0, 0, 1), {}});
  f.flows.push_back({callret(0, 1), ret(1), {}});
  auto atoms = [&](std::vector<facts::MemberShape> shapes) {
    TUFacts u{{g, f}, {}};
    u.memberShapes = std::move(shapes);
    LinkStats st;
    linkProgram({u}, policies(), &st);
    return st.atoms;
  };
  size_t unknown = atoms({});
  size_t typed = atoms({{"len", false, {}}, {"q", false, {}}});
  size_t holds = atoms({{"len", false, {"q"}}, {"q", false, {}}});
  CHECK(typed + 1 == unknown);  // `.len.q` never made
  CHECK(holds == unknown);      // a record with member q: composed as before
}

TEST_CASE("past a bound, parameters are dropped and sources keep their room", "[link][bounds]") {
  // h(p) returns twelve members of *p and then a source of its own; g(p)
  // runs what h(p) returns; main passes getenv data in p->f0 and, from
  // another line, in p->f11.
  FunctionFacts h = fn("h");
  for (int m = 0; m < 12; ++m) {
    Atom pm = param(0, 1);
    pm.path = ".f" + std::to_string(m) + ".x";
    h.flows.push_back({pm, ret(1), {}});
  }
  report::FlowStep read;
  read.location = at("h.c", 9);
  h.flows.push_back({source("env", "getenv", at("h.c", 9)), ret(1), {read}});
  FunctionFacts g = fn("g");
  g.calls = {callTo("h", at("g.c", 2))};
  g.flows.push_back({param(0, 1), arg(0, 0, 1), {}});
  g.sinks.push_back(commandSink(callret(0, 1), at("g.c", 3)));
  FunctionFacts mainFn = fn("main");
  mainFn.calls = {callTo("g", at("m.c", 5))};
  Output first = arg(0, 0, 1), last = arg(0, 0, 1);
  first.path = ".f0.x";
  last.path = ".f11.x";
  mainFn.flows.push_back({source("env", "getenv", at("m.c", 4)), first, {}});
  mainFn.flows.push_back({source("env", "getenv", at("n.c", 4)), last, {}});
  LinkStats st;
  std::vector<std::string> got =
      findingFiles(linkProgram({TUFacts{{h, g, mainFn}, {}}}, policies(), &st));
  // h's own source is stored although eight parameters came first; main's
  // source in p->f0 reaches g's sink. The one in p->f11 is the documented
  // cost of the bound: h's summary kept the first eight parameter members
  // only, and h is named as widened.
  CHECK(got == std::vector<std::string>{"g.c<h.c", "g.c<m.c"});
  CHECK(std::find(st.widened.begin(), st.widened.end(), "h") != st.widened.end());
}

TEST_CASE("the sources that reach one sink make one finding, the others listed",
          "[link][report]") {
  // Three environment reads and one command-line argument reach one
  // system(): one finding, shown with the environment (the higher level)
  // and its first read in the canonical order; the other sources are
  // related locations.
  FunctionFacts m = fn("exec_it");
  m.sinks.push_back(commandSink(param(1, 1), at("m.c", 9)));
  FunctionFacts run = fn("run_all");
  run.calls = {callTo("exec_it", at("r.c", 5))};
  auto read = [&](const std::string &kind, const std::string &api, unsigned line) {
    report::FlowStep step{at("r.c", line), "enters from '" + api + "'", "source"};
    run.flows.push_back({source(kind, api, at("r.c", line)), arg(0, 1, 1), {step}});
  };
  read("user-input", "argv", 1);
  read("env", "getenv", 3);
  read("env", "getenv", 2);
  read("env", "getenv", 4);
  std::vector<TUFacts> units{TUFacts{{m, run}, {}}};
  ProgramAnalysis p = analyzePrograms(units, testing::builtinRules());
  std::vector<const report::Finding *> cmd;
  for (const report::Finding &f : p.findings)
    if (f.ruleId == "taint.cmd-injection")
      cmd.push_back(&f);
  REQUIRE(cmd.size() == 1);
  const report::Finding &f = *cmd[0];
  CHECK(f.level == report::Level::Error);
  REQUIRE_FALSE(f.flow.empty());
  CHECK(f.flow.front().location.line == 2);
  CHECK(f.message.find("(and 3 other sources)") != std::string::npos);
  std::vector<unsigned> others;
  for (const report::RelatedLocation &r : f.related) {
    others.push_back(r.location.line);
    CHECK(r.message.rfind("also reached from ", 0) == 0);
  }
  std::sort(others.begin(), others.end());
  CHECK(others == std::vector<unsigned>{1, 3, 4});
}

TEST_CASE("programs linked on several threads give the one-thread result", "[link][programs]") {
  // Five tools, each with its own main and its own usage() (the clashing
  // name keeps them apart), all calling one shared run_cmd(): each tool's
  // usage() sink is a finding of its own program, the shared one is found
  // by every program and reported once.
  auto unitOf = [](const std::string &file, std::vector<FunctionFacts> fns) {
    TUFacts u;
    u.file = file;
    for (FunctionFacts &f : fns)
      f.location = at(file, 1);
    u.functions = std::move(fns);
    return u;
  };
  std::vector<TUFacts> units;
  FunctionFacts run = fn("run_cmd");
  run.sinks.push_back(commandSink(param(0, 1), at("tools/common/run.c", 4)));
  units.push_back(unitOf("tools/common/run.c", {run}));
  for (int t = 0; t < 5; ++t) {
    std::string dir = "tools/t" + std::to_string(t) + "/";
    FunctionFacts usage = fn("usage");
    usage.sinks.push_back(commandSink(param(0, 1), at(dir + "usage.c", 7 + t)));
    FunctionFacts mainFn = fn("main");
    mainFn.entry = "main";
    mainFn.calls = {callTo("usage", at(dir + "main.c", 5)), callTo("run_cmd", at(dir + "main.c", 6))};
    mainFn.flows.push_back({source("env", "getenv", at(dir + "main.c", 3)), arg(0, 0, 1), {}});
    mainFn.flows.push_back({source("env", "getenv", at(dir + "main.c", 3)), arg(1, 0, 1), {}});
    units.push_back(unitOf(dir + "main.c", {mainFn}));
    units.push_back(unitOf(dir + "usage.c", {usage}));
  }
  auto describe = [](const ProgramAnalysis &p) {
    std::vector<std::string> out;
    for (const report::Finding &f : p.findings)
      out.push_back(f.ruleId + " " + f.location.file + ":" + std::to_string(f.location.line) +
                    " " + f.message);
    return out;
  };
  std::vector<TUFacts> copy = units;
  ProgramAnalysis one = analyzePrograms(copy, testing::builtinRules(), {}, {}, 1);
  REQUIRE(one.programs.size() == 5);
  std::vector<std::string> files;
  for (const report::Finding &f : one.findings)
    if (f.ruleId == "taint.cmd-injection")
      files.push_back(f.location.file);
  std::sort(files.begin(), files.end());
  CHECK(files == std::vector<std::string>{"tools/common/run.c", "tools/t0/usage.c",
                                          "tools/t1/usage.c", "tools/t2/usage.c",
                                          "tools/t3/usage.c", "tools/t4/usage.c"});
  for (unsigned threads : {2u, 3u, 16u}) {
    copy = units;
    ProgramAnalysis many = analyzePrograms(copy, testing::builtinRules(), {}, {}, threads);
    CHECK(describe(many) == describe(one));
    CHECK(many.stats.functions == one.stats.functions);
    CHECK(many.manifest.entries.size() == one.manifest.entries.size());
  }
}

namespace {

/// walk(root, visit) calls visit(root); the callers: list() passes getenv
/// data and show (no sink), clean() a constant and erase (a sink), reset()
/// getenv data and wipe (a sink). `viaMember`: walk stores visit in a
/// member of a state struct and walk_rec calls through the member.
std::vector<TUFacts> callbackProgram(bool viaMember) {
  auto passes = [](int arg, std::vector<std::string> functions, std::vector<int> params) {
    PassedFunctions p;
    p.arg = arg;
    p.functions = std::move(functions);
    p.params = std::move(params);
    return p;
  };
  std::vector<FunctionFacts> fns;
  FunctionFacts show = fn("show"), erase = fn("erase"), wipe = fn("wipe");
  for (FunctionFacts *f : {&show, &erase, &wipe})
    f->signature = "int (const char *)";
  erase.sinks.push_back(commandSink(param(0, 1), at("erase.c", 2)));
  wipe.sinks.push_back(commandSink(param(0, 1), at("wipe.c", 2)));
  std::vector<FieldStore> stores;
  FunctionFacts walk = fn("walk");
  if (viaMember) {
    FunctionFacts rec = fn("walk_rec");
    CallSite through;
    through.calleeField = "state::visit";
    through.location = at("walk.c", 20);
    CallSite self = callTo("walk_rec", at("walk.c", 21));
    rec.calls = {through, self};
    rec.flows.push_back({param(1, 1), arg(0, 0, 1), {}});
    rec.flows.push_back({param(1, 1), arg(1, 1, 1), {}});
    fns.push_back(rec);
    CallSite down = callTo("walk_rec", at("walk.c", 10));
    walk.calls = {down};
    walk.flows.push_back({param(0, 1), arg(0, 1, 1), {}});
    FieldStore st;
    st.field = "state::visit";
    st.function = "walk";
    st.value = passes(0, {}, {1});
    stores.push_back(st);
  } else {
    CallSite through;
    through.calleeParam = 1;
    through.location = at("walk.c", 10);
    walk.calls = {through};
    walk.flows.push_back({param(0, 1), arg(0, 0, 1), {}});
  }
  auto caller = [&](const std::string &name, const std::string &cb, bool tainted) {
    FunctionFacts f = fn(name);
    CallSite c = callTo("walk", at(name + ".c", 3));
    c.passed = {passes(1, {cb}, {})};
    f.calls = {c};
    if (tainted)
      f.flows.push_back({source("env", "getenv", at(name + ".c", 2)), arg(0, 0, 1), {}});
    return f;
  };
  fns.insert(fns.end(), {show, erase, wipe, walk, caller("list", "show", true),
                         caller("clean", "erase", false), caller("reset", "wipe", true)});
  TUFacts unit{fns, {"show", "erase", "wipe"}};
  unit.fieldStores = stores;
  return {unit};
}

} // namespace

TEST_CASE("a callback reaches what its own caller passed, not every caller's data",
          "[link][callbacks]") {
  for (bool viaMember : {false, true}) {
    INFO("through a member: " << viaMember);
    LinkStats stats;
    auto fs = linkProgram(callbackProgram(viaMember), policies(), &stats);
    // list's getenv data goes to show only; clean's constant to erase.
    CHECK(findingFiles(fs) == std::vector<std::string>{"wipe.c<reset.c"});
    CHECK(stats.callbackCopies >= 3);
    CHECK(stats.superseded >= 1);  // walk itself: every caller calls a copy
    CHECK_FALSE(stats.copiesCapped);
  }
}

TEST_CASE("functions nothing else calls keep their calls when no copy replaces them",
          "[link][callbacks]") {
  // ping and pong call each other and nothing calls them (a library's
  // recursive pair); ping passes getenv data to pong, which runs it.
  FunctionFacts ping = fn("ping"), pong = fn("pong");
  ping.calls = {callTo("pong", at("ping.c", 3))};
  ping.flows.push_back({source("env", "getenv", at("ping.c", 2)), arg(0, 0, 1), {}});
  pong.calls = {callTo("ping", at("pong.c", 3))};
  pong.sinks.push_back(commandSink(param(0, 1), at("pong.c", 2)));
  LinkStats stats;
  auto fs = linkProgram({TUFacts{{ping, pong}, {}}}, policies(), &stats);
  CHECK(stats.superseded == 0);
  CHECK(findingFiles(fs) == std::vector<std::string>{"pong.c<ping.c"});
}

TEST_CASE("past the copies' limit a callback call keeps every caller's targets",
          "[link][callbacks]") {
  std::vector<TUFacts> units = callbackProgram(false);  // the graph points into it
  ProgramGraph g = ProgramGraph::build(units);
  CallbackCopies none = copyForCallbacks(g, units, 0);
  CHECK(none.of.empty());
  CHECK(none.capped);
  CHECK(none.superseded == 0);
  // Without copies the walk's call reaches all three callbacks.
  size_t walk = 0;
  while (g.fns[walk]->usr != "walk")
    ++walk;
  CHECK(g.callees[walk][0].size() == 3);
}

TEST_CASE("a component cut by its share still visits every member once", "[link][budget]") {
  // a0 .. a19 call each other in a cycle; a17 has its own getenv -> system,
  // which only a visit of a17 finds.
  std::vector<FunctionFacts> fns;
  for (int k = 0; k < 20; ++k) {
    FunctionFacts r = fn("a" + std::to_string(k));
    r.calls = {callTo("a" + std::to_string((k + 1) % 20), at("a.c", 10 + k))};
    r.flows.push_back({param(0, 1), arg(0, 0, 1), {}});
    r.flows.push_back({param(0, 1), ret(1), {}});
    if (k == 17)
      r.sinks.push_back(commandSink(source("env", "getenv", at("own.c", 1)), at("own.c", 2)));
    fns.push_back(r);
  }
  FunctionFacts enter = fn("enter");
  enter.calls = {callTo("a0", at("e.c", 2))};
  enter.flows.push_back({source("env", "getenv", at("e.c", 1)), arg(0, 0, 1), {}});
  fns.push_back(enter);
  LinkBudget b;
  b.componentWorkPerFunction = 1;  // spent after the first visits
  LinkStats stats;
  auto fs = linkProgram({TUFacts{fns, {}}}, policies(), &stats, {}, b);
  REQUIRE(stats.cut.size() == 20);
  std::vector<std::string> files = findingFiles(fs);
  CHECK(std::find(files.begin(), files.end(), "own.c<own.c") != files.end());
}
