// The rule loader: the built-in files load, and each class of mistake in a
// rule file is reported with its file, line and column.
#include "analyzer/rules_loader.h"

#include <catch2/catch.hpp>

using namespace sluice;

namespace {

std::vector<RuleError> load(const std::string &text, const std::string &name = "t.yaml") {
  RuleSet rules;
  std::vector<RuleError> errors;
  bool ok = loadRuleText(text, name, rules, errors);
  CHECK(ok == errors.empty());
  if (!ok)
    CHECK(rules.rows.empty());
  return errors;
}

const char *kValidRule = R"(rule:
  id: t
  name: T
  level: warning
  cwe: [78]
  security-severity: "5.0"
  sources: [env]
  sinks: [command]
  message: "x from '{source}' to '{sink}'"
  short: s
  full: f
  help: h
)";

} // namespace

TEST_CASE("built-in rules load and every row explains itself", "[rules]") {
  RuleSet rules;
  std::vector<RuleError> errors;
  REQUIRE(loadRuleDirs({SLUICE_SOURCE_DIR "/rules"}, rules, errors));
  CHECK(errors.empty());
  CHECK(rules.policy("taint.cmd-injection"));
  CHECK(rules.policy("taint.path-injection"));
  CHECK(rules.policy("taint.exfiltration"));
  for (const ModelRow &r : rules.rows) {
    INFO(r.origin.file << ":" << r.origin.line);
    CHECK_FALSE(r.why.empty());
  }
  CHECK_FALSE(rules.rowsFor("getenv", "getenv").empty());
  CHECK_FALSE(rules.rowsFor("std::system", "system").empty());
}

TEST_CASE("access paths parse and print", "[rules]") {
  for (const char *t : {"ret", "*ret", "arg0", "*arg1", "**arg1", "*arg2..", "arg3.."}) {
    auto p = AccessPath::parse(t);
    REQUIRE(p);
    CHECK(p->str() == t);
  }
  for (const char *t : {"", "arg", "argx", "****arg0", "ret..", "*args", "arg-1", "return"})
    CHECK_FALSE(AccessPath::parse(t));
}

TEST_CASE("a valid rule file loads", "[rules]") {
  CHECK(load(kValidRule).empty());
  CHECK(load("models:\n  - source: env\n    function: f\n    at: \"*ret\"\n    why: w\n").empty());
}

TEST_CASE("YAML syntax errors are located", "[rules]") {
  auto e = load("models:\n  - source: env\n    functions: [a, b\n");
  REQUIRE_FALSE(e.empty());
  CHECK(e[0].file == "t.yaml");
  CHECK(e[0].line >= 3);
  CHECK(e[0].str().find("t.yaml:") == 0);
}

TEST_CASE("unknown keys are errors", "[rules]") {
  auto e = load("models:\n  - source: env\n    function: f\n    at: ret\n    colour: red\n");
  REQUIRE(e.size() == 1);
  CHECK(e[0].line == 5);
  CHECK(e[0].column == 5);
  CHECK(e[0].message.find("colour") != std::string::npos);
  CHECK_FALSE(load("modles: []\n").empty());
}

TEST_CASE("missing required keys are errors", "[rules]") {
  auto e = load("models:\n  - source: env\n    at: ret\n");
  REQUIRE(e.size() == 1);
  CHECK(e[0].line == 2);
  CHECK(e[0].message.find("function") != std::string::npos);
  CHECK_FALSE(load("models:\n  - function: f\n    at: ret\n").empty());  // no role
  std::string noSinks = kValidRule;
  noSinks.erase(noSinks.find("  sinks:"), std::string("  sinks: [command]\n").size());
  auto r = load(noSinks, "t.yaml");
  REQUIRE(r.size() == 1);
  CHECK(r[0].message.find("'sinks'") != std::string::npos);
}

TEST_CASE("bad access paths are errors", "[rules]") {
  auto e = load("models:\n  - sink: command\n    function: f\n    at: \"*argument0\"\n");
  REQUIRE(e.size() == 1);
  CHECK(e[0].line == 4);
  CHECK(e[0].message.find("*argument0") != std::string::npos);
}

TEST_CASE("unknown kinds, levels and conditions are errors", "[rules]") {
  CHECK_FALSE(load("models:\n  - source: enviroment\n    function: f\n    at: ret\n").empty());
  CHECK_FALSE(load("models:\n  - sink: command\n    function: f\n    at: arg0\n    when: sometimes\n")
                  .empty());
  std::string badLevel = kValidRule;
  badLevel.replace(badLevel.find("warning"), 7, "severe");
  CHECK_FALSE(load(badLevel).empty());
  std::string badKind = kValidRule;
  badKind.replace(badKind.find("[env]"), 5, "[envv]");
  CHECK_FALSE(load(badKind).empty());
}

TEST_CASE("wrong value shapes are errors", "[rules]") {
  CHECK_FALSE(load("models: {a: 1}\n").empty());
  CHECK_FALSE(load("models:\n  - source: [env, file]\n    function: f\n    at: ret\n").empty());
  CHECK_FALSE(load("- just\n- a list\n").empty());
  std::string badCwe = kValidRule;
  badCwe.replace(badCwe.find("[78]"), 4, "[CWE-78]");
  CHECK_FALSE(load(badCwe).empty());
}

TEST_CASE("a rule id must match its file name", "[rules]") {
  auto e = load(kValidRule, "dir/other.yaml");
  REQUIRE(e.size() == 1);
  CHECK(e[0].message.find("file name") != std::string::npos);
}

TEST_CASE("duplicate rule ids across files are errors", "[rules]") {
  RuleSet rules;
  std::vector<RuleError> errors;
  REQUIRE(loadRuleDirs({SLUICE_SOURCE_DIR "/rules"}, rules, errors));
  // Loading the built-in directory twice defines every rule twice.
  RuleSet twice;
  std::vector<RuleError> dupErrors;
  CHECK_FALSE(loadRuleDirs({SLUICE_SOURCE_DIR "/rules", SLUICE_SOURCE_DIR "/rules"}, twice, dupErrors));
  REQUIRE_FALSE(dupErrors.empty());
  CHECK(dupErrors[0].message.find("duplicate rule id") != std::string::npos);
}

TEST_CASE("a missing rule directory is an error", "[rules]") {
  RuleSet rules;
  std::vector<RuleError> errors;
  CHECK_FALSE(loadRuleDirs({"/nonexistent/sluice-rules"}, rules, errors));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].file == "/nonexistent/sluice-rules");
}

TEST_CASE("glob patterns and secret patterns", "[rules]") {
  CHECK(globMatch("*TOKEN*", "github_token", true));
  CHECK_FALSE(globMatch("*TOKEN*", "github_token", false));
  CHECK(globMatch("*/.ssh/id_*", "$HOME/.ssh/id_rsa", false));
  CHECK_FALSE(globMatch("*/.ssh/id_*", "$HOME/.ssh/known_hosts", false));
  CHECK(globMatch("*", "", false));
  CHECK_FALSE(globMatch("a*b", "ac", false));
  SecretPatterns s;
  s.paths = {"!*.pub", "*/.ssh/id_*"};
  s.envNames = {"*PASSWORD*"};
  CHECK(s.matchesPath("/home/u/.ssh/id_ed25519"));
  CHECK_FALSE(s.matchesPath("/home/u/.ssh/id_ed25519.pub"));
  CHECK(s.matchesEnvName("db_password"));
  CHECK_FALSE(s.matchesEnvName("HOME"));
}

TEST_CASE("secrets, levels, joins and conditions load; mistakes in them are located", "[rules]") {
  CHECK(load("secrets:\n  env-names: [\"*KEY*\"]\n  paths: [\"*.pem\"]\n").empty());
  auto e = load("secrets:\n  names: [x]\n");
  REQUIRE(e.size() == 1);
  CHECK(e[0].line == 2);
  std::string leveled = kValidRule;
  leveled.insert(leveled.find("  sinks:"), "  levels: {env: error}\n");
  CHECK(load(leveled).empty());
  std::string badLevel = kValidRule;
  badLevel.insert(badLevel.find("  sinks:"), "  levels: {env: loud}\n");
  CHECK_FALSE(load(badLevel).empty());
  CHECK(load("models:\n  - propagate: {from: \"*arg1\", to: \"*arg0\", join: append}\n"
             "    function: f\n    why: w\n")
            .empty());
  CHECK_FALSE(load("models:\n  - propagate: {from: \"*arg1\", to: \"*arg0\", join: sideways}\n"
                   "    function: f\n")
                  .empty());
  CHECK(load("models:\n  - sink: path-read\n    function: f\n    at: \"*arg0\"\n"
             "    when: \"read-mode@arg1\"\n")
            .empty());
  CHECK(load("models:\n  - sink: command\n    function: f\n    at: \"*arg1\"\n"
             "    when: \"constant:SYS_execve|59@arg0\"\n")
            .empty());
  CHECK(load("models:\n  - source: network\n    function: f\n    at: \"*arg2\"\n"
             "    when: \"constant:OPT_DATA@arg1\"\n")
            .empty());
  CHECK_FALSE(load("models:\n  - propagate: {from: arg0, to: ret}\n    function: f\n"
                   "    when: \"constant:X@arg1\"\n")
                  .empty());
  CHECK_FALSE(load("models:\n  - sink: command\n    function: f\n    at: \"*arg1\"\n"
                   "    when: \"constant:@arg0\"\n")
                  .empty());
  // A handle that depends on the call: popen's pipe from a downloader.
  CHECK(load("models:\n  - handle: socket\n    function: f\n    at: ret\n"
             "    when: \"text:curl *|wget *@arg0\"\n")
            .empty());
  CHECK_FALSE(load("models:\n  - handle: socket\n    function: f\n    at: ret\n"
                   "    when: \"text:@arg0\"\n")
                  .empty());
  CHECK_FALSE(load("models:\n  - validate: [path]\n    function: f\n    at: \"*arg0\"\n").empty());
  CHECK(load("models:\n  - sink: network-send\n    function: f\n    at: arg1\n"
             "    content-of-handle: true\n")
            .empty());
  CHECK_FALSE(load("models:\n  - source: file\n    function: f\n    at: ret\n"
                   "    content-of-handle: true\n")
                  .empty());
}

TEST_CASE("sanitize rows may name built-in operators on numbers", "[rules]") {
  RuleSet rules;
  std::vector<RuleError> errors;
  REQUIRE(loadRuleText("models:\n  - sanitize: all\n    operators: [/, \"%\"]\n    at: ret\n"
                       "    why: w\n",
                       "t.yaml", rules, errors));
  std::string div = builtinOperatorName("/");
  REQUIRE(rules.rowsFor(div, div).size() == 1);
  CHECK(rules.rowsFor("/", "/").empty());  // never a function's name
  auto e = load("models:\n  - sanitize: all\n    operators: [\"**\"]\n    at: ret\n    why: w\n");
  REQUIRE(e.size() == 1);
  CHECK(e[0].line == 3);
  CHECK(e[0].message.find("/ % + - * ^ & | << >>") != std::string::npos);
  // + may clear named kinds (decoded text), not every kind.
  e = load("models:\n  - sanitize: all\n    operators: [+]\n    at: ret\n    why: w\n");
  REQUIRE(e.size() == 1);
  CHECK(e[0].message.find("only '/', '%' and '*' may clear every kind") != std::string::npos);
  CHECK(load("models:\n  - sanitize: [decoded]\n    operators: [+, \"^\"]\n    at: ret\n"
             "    why: w\n")
            .empty());
  CHECK_FALSE(load("models:\n  - source: env\n    operators: [/]\n    at: ret\n    why: w\n").empty());
}
