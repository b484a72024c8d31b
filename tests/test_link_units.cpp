// Which translation units link into one program (linkUnits): a tree of
// independent programs that share function names, shared files, build
// targets, and library leftovers.
#include "analyzer/link_units.h"

#include <catch2/catch.hpp>

using namespace sluice;
using namespace sluice::facts;

namespace {

/// A unit of `file` defining `defs` (external unless named "static:..."),
/// calling `calls`; "main" among defs makes it a main file.
TUFacts unit(const std::string &file, std::vector<std::string> defs,
             std::vector<std::string> calls = {}, const std::string &target = "") {
  TUFacts u;
  u.file = file;
  u.target = target;
  for (std::string d : defs) {
    FunctionFacts f;
    f.isStatic = d.rfind("static:", 0) == 0;
    if (f.isStatic)
      d = d.substr(7);
    f.usr = "c:@F@" + d;
    f.name = d;
    f.location.file = file;
    if (d == "main")
      f.entry = "main";
    u.functions.push_back(std::move(f));
  }
  if (u.functions.empty())
    u.functions.emplace_back();
  for (const std::string &c : calls) {
    CallSite cs;
    cs.callees = {"c:@F@" + c};
    u.functions.front().calls.push_back(cs);
  }
  return u;
}

std::vector<std::vector<size_t>> groups(const std::vector<LinkUnit> &lu) {
  std::vector<std::vector<size_t>> out;
  for (const LinkUnit &l : lu)
    out.push_back(l.units);
  return out;
}

} // namespace

TEST_CASE("one program: a single main and no clashing definitions stay one unit", "[link-units]") {
  std::vector<TUFacts> u = {unit("src/main.c", {"main"}, {"helper"}),
                            unit("src/helper.c", {"helper"}), unit("src/unused.c", {"spare"})};
  auto lu = linkUnits(u);
  REQUIRE(lu.size() == 1);
  CHECK(lu[0].units == std::vector<size_t>{0, 1, 2});
  CHECK(lu[0].mainFile == "src/main.c");
}

TEST_CASE("a library without main is one unit", "[link-units]") {
  std::vector<TUFacts> u = {unit("a.c", {"f"}, {"g"}), unit("b.c", {"g"})};
  auto lu = linkUnits(u);
  REQUIRE(lu.size() == 1);
  CHECK(lu[0].mainFile.empty());
}

TEST_CASE("two tools with same-named helpers link apart, each with its nearest", "[link-units]") {
  std::vector<TUFacts> u = {
      unit("tools/alpha/main.c", {"main"}, {"usage", "log_line"}),  // 0
      unit("tools/alpha/usage.c", {"usage"}),                       // 1
      unit("tools/beta/main.c", {"main"}, {"usage", "log_line"}),   // 2
      unit("tools/beta/usage.c", {"usage"}),                        // 3
      unit("tools/common/log.c", {"log_line"}),                     // 4
  };
  auto lu = linkUnits(u);
  REQUIRE(lu.size() == 2);
  CHECK(lu[0].mainFile == "tools/alpha/main.c");
  CHECK(lu[0].units == std::vector<size_t>{0, 1, 4});  // the shared log.c is in both
  CHECK(lu[1].mainFile == "tools/beta/main.c");
  CHECK(lu[1].units == std::vector<size_t>{2, 3, 4});
}

TEST_CASE("a program never takes another program's main file", "[link-units]") {
  // b/main.c also defines the helper a calls, as does c/helper.c: a takes
  // c/helper.c, never b's main file.
  std::vector<TUFacts> u = {unit("a/main.c", {"main"}, {"shared_name"}),
                            unit("b/main.c", {"main", "shared_name"}),
                            unit("c/helper.c", {"shared_name"})};
  auto lu = linkUnits(u);
  REQUIRE(lu.size() == 2);
  CHECK(lu[0].units == std::vector<size_t>{0, 2});
  CHECK(lu[1].units == std::vector<size_t>{1});
}

TEST_CASE("several mains without a clashing helper stay one program", "[link-units]") {
  // A server, a client and a tool sharing a library: nothing crosses over.
  std::vector<TUFacts> u = {unit("src/server.c", {"main"}, {"net_send"}),
                            unit("src/cli.c", {"main"}, {"net_send"}),
                            unit("src/net.c", {"net_send"})};
  auto lu = linkUnits(u);
  REQUIRE(lu.size() == 1);
  CHECK(lu[0].units == std::vector<size_t>{0, 1, 2});
}

TEST_CASE("the closure follows calls through the files it takes", "[link-units]") {
  std::vector<TUFacts> u = {
      unit("p/main.c", {"main"}, {"step1"}), unit("p/one.c", {"step1"}, {"step2"}),
      unit("p/two.c", {"step2"}), unit("q/main.c", {"main"}, {"other"}),
      unit("q/other.c", {"other", "step2"})};  // q's own step2: the programs must split
  auto g = groups(linkUnits(u));
  REQUIRE(g.size() == 2);
  CHECK(g[0] == std::vector<size_t>{0, 1, 2});
  CHECK(g[1] == std::vector<size_t>{3, 4});
}

TEST_CASE("static functions never clash", "[link-units]") {
  std::vector<TUFacts> u = {unit("a.c", {"main", "static:usage"}), unit("b.c", {"static:usage"})};
  auto lu = linkUnits(u);
  REQUIRE(lu.size() == 1);
  CHECK(lu[0].units.size() == 2);
}

TEST_CASE("units of one build target enter a program together", "[link-units]") {
  // The database shows target "netlib" holding x.c and y.c; only x.c's
  // function is called, y.c comes with it. "other" clashes with y.c's.
  std::vector<TUFacts> u = {unit("app/main.c", {"main"}, {"x_fn"}, "app"),
                            unit("lib/x.c", {"x_fn"}, {}, "netlib"),
                            unit("lib/y.c", {"y_fn"}, {}, "netlib"),
                            unit("tool/main.c", {"main"}, {"y_fn"}, "tool"),
                            unit("tool/y_alt.c", {"y_fn"}, {}, "tool")};
  auto g = groups(linkUnits(u));
  REQUIRE(g.size() == 2);
  CHECK(g[0] == std::vector<size_t>{0, 1, 2});
  CHECK(g[1] == std::vector<size_t>{3, 4});  // its own target's y_fn, not netlib's
}

TEST_CASE("files no program uses are grouped apart only where they clash", "[link-units]") {
  std::vector<TUFacts> u = {unit("a/main.c", {"main"}), unit("b/main.c", {"main"}),
                            unit("x/one.c", {"init"}), unit("y/one.c", {"init"}),
                            unit("z/two.c", {"other"})};
  auto lu = linkUnits(u);
  REQUIRE(lu.size() == 4);
  CHECK(lu[2].mainFile.empty());
  CHECK(lu[2].units == std::vector<size_t>{2, 4});
  CHECK(lu[3].units == std::vector<size_t>{3});
}

TEST_CASE("of two definitions in one folder, the one that needs least enters", "[link-units]") {
  // A client and a server share dict.c, which calls an assert helper that
  // both a small assert.c and the server's debug.c define: the client takes
  // assert.c, not debug.c and through it the whole server.
  std::vector<TUFacts> u = {
      unit("src/assert.c", {"assert_fail"}),                                // 0
      unit("src/cli.c", {"main"}, {"dict_new"}),                            // 1
      unit("src/debug.c", {"assert_fail", "debug_cmd"}, {"server_state"}),  // 2
      unit("src/dict.c", {"dict_new"}, {"assert_fail"}),                    // 3
      unit("src/server.c", {"main", "server_state"}, {"dict_new", "debug_cmd"}),  // 4
  };
  auto lu = linkUnits(u);
  REQUIRE(lu.size() == 2);
  CHECK(lu[0].mainFile == "src/cli.c");
  CHECK(lu[0].units == std::vector<size_t>{0, 1, 3});
  CHECK(lu[1].mainFile == "src/server.c");
  CHECK(lu[1].units == std::vector<size_t>{2, 3, 4});
}
