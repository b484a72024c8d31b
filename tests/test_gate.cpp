// The pre-merge gate's parts, one by one: suppression comments, baselines,
// .sluice.yml, path globs and git's unified diff. End to end (a git
// repository, the real CLI) in test_gate.py.
#include "frontend/cache.h"
#include "frontend/changes.h"
#include "frontend/config.h"
#include "reports/baseline.h"
#include "reports/sarif.h"
#include "reports/suppressions.h"
#include "reports/text.h"

#include <catch2/catch.hpp>

#include <chrono>

#include <fstream>
#include <iterator>
#include <map>

using namespace sluice;
using namespace sluice::report;

namespace {

Finding findingAt(const std::string &file, unsigned line, const std::string &rule,
                  const std::string &snippet = "system(cmd);") {
  Finding f;
  f.ruleId = rule;
  f.level = Level::Error;
  f.message = "m";
  f.location.file = file;
  f.location.line = line;
  f.location.column = 3;
  f.location.snippet = snippet;
  f.function = "main";
  return f;
}

ScanResult resultWith(std::vector<Finding> findings) {
  ScanResult r;
  for (const char *id : {"taint.cmd-injection", "taint.path-injection"}) {
    RuleInfo info;
    info.id = id;
    r.rules.push_back(info);
  }
  r.findings = std::move(findings);
  r.analyzedFiles = {"a.c"};
  canonicalize(r);
  return r;
}

SourceReader readerOf(std::map<std::string, std::string> files) {
  return [files](const std::string &f) -> std::optional<std::string> {
    auto it = files.find(f);
    if (it == files.end()) return std::nullopt;
    return it->second;
  };
}

size_t countNotes(const ScanResult &r, const std::string &id) {
  size_t n = 0;
  for (const Notification &x : r.notifications) n += x.id == id;
  return n;
}

} // namespace

TEST_CASE("suppression comments are found in comments only, with their rules and reason",
          "[gate]") {
  auto all = findSuppressionComments(
      "int a; // sluice-ignore[taint.cmd-injection]: launcher sets it\n"
      "/* sluice-ignore[taint.a, taint.b]: two rules */\n"
      "const char *s = \"// sluice-ignore[taint.x]: in a string\";\n"
      "  // sluice-ignore[taint.c]\n"
      "// sluice-ignore: no brackets\n"
      "char q = '\"'; // sluice-ignore[taint.d]: after a quote character\n"
      "/* first line\n"
      "   sluice-ignore[taint.e]: inside a long comment */ int x;\n");
  REQUIRE(all.size() == 6);
  CHECK(all[0].line == 1);
  CHECK(all[0].rules == std::vector<std::string>{"taint.cmd-injection"});
  CHECK(all[0].reason == "launcher sets it");
  CHECK(all[0].problem.empty());
  CHECK_FALSE(all[0].aloneOnLine);
  CHECK(all[0].column == 11);

  CHECK(all[1].rules == std::vector<std::string>{"taint.a", "taint.b"});
  CHECK(all[1].reason == "two rules");
  CHECK(all[1].aloneOnLine);

  CHECK(all[2].line == 4);  // the string literal on line 3 is not a comment
  CHECK(all[2].aloneOnLine);
  CHECK_THAT(all[2].problem, Catch::Contains("needs a reason"));

  CHECK(all[3].line == 5);
  CHECK_THAT(all[3].problem, Catch::Contains("[rule-id]"));

  CHECK(all[4].line == 6);
  CHECK(all[4].problem.empty());

  CHECK(all[5].line == 8);
  CHECK(all[5].reason == "inside a long comment");
  CHECK_FALSE(all[5].aloneOnLine);  // code follows the comment on its line
}

TEST_CASE("rule globs", "[gate]") {
  CHECK(ruleGlobMatches("taint.cmd-injection", "taint.cmd-injection"));
  CHECK(ruleGlobMatches("taint.*", "taint.cmd-injection"));
  CHECK(ruleGlobMatches("*", "behavior.dropper"));
  CHECK(ruleGlobMatches("*injection", "taint.path-injection"));
  CHECK_FALSE(ruleGlobMatches("taint.*", "behavior.dropper"));
  CHECK_FALSE(ruleGlobMatches("taint.cmd", "taint.cmd-injection"));
}

TEST_CASE("a suppression hides the finding on its line, or on the next when alone", "[gate]") {
  ScanResult r = resultWith({findingAt("a.c", 3, "taint.cmd-injection"),
                             findingAt("a.c", 5, "taint.cmd-injection"),
                             findingAt("a.c", 7, "taint.cmd-injection"),
                             findingAt("a.c", 7, "taint.path-injection")});
  std::string text = "1\n"
                     "  // sluice-ignore[taint.cmd-injection]: reviewed\n"  // 2 -> 3
                     "3\n"
                     "x(); // sluice-ignore[taint.cmd-injection]: trailing, own line only\n"  // 4
                     "5\n"
                     "6\n"
                     "7 // sluice-ignore[taint.path-*]: paths are fixed\n"  // 7
                     "// sluice-ignore[taint.cmd-injection]: nothing below\n";  // 8
  applySuppressions(r, readerOf({{"a.c", text}}));
  REQUIRE(r.findings.size() == 4);
  std::map<std::pair<unsigned, std::string>, const Finding *> at;
  for (const Finding &f : r.findings) at[{f.location.line, f.ruleId}] = &f;
  CHECK(at[{3, "taint.cmd-injection"}]->suppressed);
  CHECK(at[{3, "taint.cmd-injection"}]->suppressionReason == "reviewed");
  CHECK(at[{3, "taint.cmd-injection"}]->suppressionLocation.line == 2);
  CHECK_FALSE(at[{5, "taint.cmd-injection"}]->suppressed);  // line 4's comment is not alone
  CHECK_FALSE(at[{7, "taint.cmd-injection"}]->suppressed);  // another rule
  CHECK(at[{7, "taint.path-injection"}]->suppressed);
  CHECK(countNotes(r, "unused-suppression") == 2);  // lines 4 and 8
  for (const Notification &n : r.notifications)
    if (n.id == "unused-suppression") CHECK((n.location.line == 4 || n.location.line == 8));

  // SARIF carries the suppression with its justification.
  std::string sarif = writeSarif(r);
  CHECK_THAT(sarif, Catch::Contains("\"kind\": \"inSource\""));
  CHECK_THAT(sarif, Catch::Contains("\"justification\": \"paths are fixed\""));
}

TEST_CASE("a malformed or unknown suppression suppresses nothing and says so", "[gate]") {
  ScanResult r = resultWith({findingAt("a.c", 1, "taint.cmd-injection"),
                             findingAt("a.c", 2, "taint.cmd-injection")});
  applySuppressions(r, readerOf({{"a.c", "x // sluice-ignore[taint.cmd-injection]\n"
                                         "y // sluice-ignore[taint.cmd-injectoin]: typo\n"}}));
  for (const Finding &f : r.findings) CHECK_FALSE(f.suppressed);
  REQUIRE(countNotes(r, "invalid-suppression") == 2);
  for (const Notification &n : r.notifications) {
    if (n.location.line == 1) {
      CHECK(n.level == Level::Warning);
      CHECK_THAT(n.message, Catch::Contains("reason"));
    } else {
      CHECK_THAT(n.message, Catch::Contains("taint.cmd-injectoin"));
    }
  }
}

TEST_CASE("baselines: written, read back, matched by fingerprint; errors name the line",
          "[gate]") {
  ScanResult before = resultWith({findingAt("a.c", 10, "taint.cmd-injection"),
                                  findingAt("a.c", 20, "taint.path-injection", "fopen(p, \"r\");")});
  std::string text = writeBaseline(before);
  std::vector<BaselineEntry> base;
  std::string error;
  REQUIRE(parseBaseline(text, "base.txt", base, error));
  REQUIRE(base.size() == 2);

  // The same code three lines lower, re-indented, and one new finding.
  ScanResult after = resultWith({findingAt("a.c", 13, "taint.cmd-injection", "system( cmd );"),
                                 findingAt("a.c", 30, "taint.cmd-injection", "system(other);")});
  applyBaseline(after, base, "base.txt");
  CHECK(after.baseline.unchanged == 1);
  CHECK(after.baseline.added == 1);
  CHECK(after.baseline.absent == 1);  // the path finding is fixed
  for (const Finding &f : after.findings)
    CHECK(f.baselineState == (f.location.line == 13 ? Finding::Baseline::Unchanged
                                                    : Finding::Baseline::New));
  CHECK_THAT(writeSarif(after), Catch::Contains("\"baselineState\": \"new\""));

  // The same sink, now also reached from another source: updated.
  Finding also = findingAt("a.c", 11, "taint.cmd-injection");
  RelatedLocation other;
  other.location.file = "net.c";
  other.location.snippet = "read(fd, buf, n);";
  other.message = "also reached from file content 'read'";
  also.related.push_back(other);
  ScanResult widened = resultWith({also});
  applyBaseline(widened, base, "base.txt");
  CHECK(widened.findings[0].baselineState == Finding::Baseline::Updated);
  CHECK(widened.baseline.updated == 1);
  CHECK(widened.baseline.absent == 1);

  // A previous SARIF report works as a baseline too.
  std::vector<BaselineEntry> fromSarif;
  REQUIRE(parseBaseline(writeSarif(before), "old.sarif", fromSarif, error));
  CHECK(fromSarif.size() == 2);

  std::vector<BaselineEntry> bad;
  CHECK_FALSE(parseBaseline("hello\n", "b.txt", bad, error));
  CHECK_THAT(error, Catch::StartsWith("b.txt:1: not a Sluice baseline"));
  CHECK_FALSE(parseBaseline("# sluice baseline 1\n\nzz taint.x a.c:1\n", "b.txt", bad, error));
  CHECK_THAT(error, Catch::StartsWith("b.txt:3: expected a fingerprint"));
  CHECK_FALSE(parseBaseline("# sluice baseline 1\n0123456789abcdef:1\n", "b.txt", bad, error));
  CHECK_THAT(error, Catch::StartsWith("b.txt:2: "));
  CHECK_FALSE(parseBaseline("{\n \"runs\": [\n  {\"results\": [}\n", "x.sarif", bad, error));
  CHECK_THAT(error, Catch::StartsWith("x.sarif:3: invalid JSON"));
  CHECK_FALSE(parseBaseline("{\"runs\": [{\"results\": [{\"ruleId\": \"r\"}]}]}", "x.sarif", bad,
                            error));
  CHECK_THAT(error, Catch::Contains("runs[0].results[0]"));
  // Found by fuzzing: a number nlohmann::json cannot hold threw past the
  // parse_error handler.
  CHECK_FALSE(parseBaseline("{\"runs\": [{\"results\": [{\"x\": 8e888}]}]}", "x.sarif", bad,
                            error));
  CHECK_THAT(error, Catch::StartsWith("x.sarif: invalid JSON"));
}

TEST_CASE(".sluice.yml: keys, relative paths, errors with positions", "[gate]") {
  ScanConfig c;
  std::vector<RuleError> errors;
  REQUIRE(parseConfig("paths:\n"
                      "  include: [src]\n"
                      "  exclude: [\"third_party/**\", vendor]\n"
                      "rules:\n"
                      "  enable: taint.*\n"
                      "  disable: [taint.format-string]\n"
                      "  folders: [tools/rules]\n"
                      "fail-on: error\n"
                      "baseline: .sluice/base.txt\n",
                      "/repo/sub/.sluice.yml", c, errors));
  CHECK(c.include == std::vector<std::string>{"/repo/sub/src"});
  CHECK(c.exclude == std::vector<std::string>{"third_party/**", "vendor"});
  CHECK(c.enable == std::vector<std::string>{"taint.*"});
  CHECK(c.ruleFolders == std::vector<std::string>{"/repo/sub/tools/rules"});
  CHECK(c.failOn == "error");
  CHECK(c.baseline == "/repo/sub/.sluice/base.txt");

  ScanConfig d;
  errors.clear();
  CHECK_FALSE(parseConfig("rules:\n  enabled: [x]\nfail-on: loud\ncolour: red\n", "/r/.sluice.yml",
                          d, errors));
  REQUIRE(errors.size() == 3);
  CHECK(errors[0].str() == "/r/.sluice.yml:2:3: error: unknown key 'enabled' under rules "
                           "(expected enable, disable, folders)");
  CHECK(errors[1].line == 3);
  CHECK(errors[2].line == 4);

  errors.clear();
  CHECK_FALSE(parseConfig("paths: [unclosed\n", "/r/.sluice.yml", d, errors));
  REQUIRE_FALSE(errors.empty());
  CHECK(errors[0].line == 1);
  // The file comes with the code: it may not point Sluice elsewhere.
  errors.clear();
  CHECK_FALSE(parseConfig("cache: /tmp/elsewhere\nrules:\n  folders: [../../evil]\n",
                          "/r/.sluice.yml", d, errors));
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].line == 1);
  CHECK_THAT(errors[0].message, Catch::Contains("outside the folder"));
  CHECK(errors[1].line == 3);
  // A glob longer than any real one is refused, with its line.
  errors.clear();
  CHECK_FALSE(parseConfig("paths:\n  exclude: [\"" + std::string(5000, '*') + "\"]\n",
                          "/r/.sluice.yml", d, errors));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].line == 2);
  CHECK_THAT(errors[0].message, Catch::Contains("at most 4096 characters"));
  ScanConfig empty;
  errors.clear();
  CHECK(parseConfig("# nothing\n", "/r/.sluice.yml", empty, errors));
}

TEST_CASE("path globs", "[gate]") {
  CHECK(pathGlobMatches("third_party/**", "third_party/zlib/inflate.c"));
  CHECK(pathGlobMatches("third_party", "third_party/zlib/inflate.c"));
  CHECK(pathGlobMatches("third_party/", "third_party/a.c"));
  CHECK(pathGlobMatches("**/test/**", "src/test/t.c"));
  CHECK(pathGlobMatches("**/test/**", "test/t.c"));
  CHECK(pathGlobMatches("*.gen.c", "parser.gen.c"));
  CHECK_FALSE(pathGlobMatches("*.gen.c", "src/parser.gen.c"));  // '*' stays in its segment
  CHECK(pathGlobMatches("src/?.c", "src/a.c"));
  CHECK_FALSE(pathGlobMatches("third_party/**", "src/third_party.c"));
  CHECK_FALSE(pathGlobMatches("vendor", "vendored/a.c"));
  CHECK(pathGlobMatches("src/**/gen/*.c", "src/gen/x.c"));      // "**/": zero directories
  CHECK(pathGlobMatches("src/**/gen/*.c", "src/a/b/gen/x.c"));  // or several
  CHECK_FALSE(pathGlobMatches("src/**/gen/*.c", "src/agen/x.c"));
  CHECK(pathGlobMatches("a*b*c", "aXbYc"));
  CHECK_FALSE(pathGlobMatches("a*b*c", "aX/bYc"));
  CHECK(pathGlobMatches("**.c", "deep/down/x.c"));
  CHECK_FALSE(pathGlobMatches("src/?.c", "src/ab.c"));
  // A glob of thousands of stars against itself (the config fuzzer's slow
  // input): quadratic, not cubic.
  std::string stars;
  for (int i = 0; i < 2000; ++i)
    stars += i % 7 == 6 ? "/" : i % 5 == 4 ? "." : "*";
  auto t0 = std::chrono::steady_clock::now();
  (void)pathGlobMatches(stars, stars);
  (void)pathGlobMatches(stars + "x", stars);
  CHECK(std::chrono::steady_clock::now() - t0 < std::chrono::seconds(2));
}

TEST_CASE("unified diffs give changed lines relative to the scan root", "[gate]") {
  std::string diff = "diff --git a/src/a.c b/src/a.c\n"
                     "--- a/src/a.c\n"
                     "+++ b/src/a.c\n"
                     "@@ -10,0 +11,2 @@ int f()\n"
                     "+++ n;\n"  // added code that looks like a header
                     "+y\n"
                     "@@ -20 +22 @@\n"
                     "-a\n+b\n"
                     "@@ -30,3 +31,0 @@\n"
                     "-p\n-q\n-r\n"
                     "diff --git a/gone.c b/gone.c\n"
                     "--- a/gone.c\n"
                     "+++ /dev/null\n"
                     "@@ -1,3 +0,0 @@\n"
                     "-1\n-2\n-3\n"
                     "diff --git \"a/src/sp ace\\tx.c\" \"b/src/sp ace\\tx.c\"\n"
                     "+++ \"b/src/sp ace\\tx.c\"\n"
                     "@@ -1 +1 @@\n"
                     "-x\n+y\n"
                     "diff --git a/src/my file.c b/src/my file.c\n"
                     "+++ b/src/my file.c\t\n"  // git ends a spaced name with a TAB
                     "@@ -1 +1 @@\n"
                     "-x\n+y\n"
                     "diff --git a/other/b.c b/other/b.c\n"
                     "+++ b/other/b.c\n"
                     "@@ -1 +1 @@\n"
                     "-x\n+y\n";
  ChangedLines c;
  parseUnifiedDiff(diff, "/repo", "/repo/src", c);
  REQUIRE(c.lines.count("a.c"));
  using Ranges = std::vector<std::pair<unsigned, unsigned>>;
  CHECK(c.lines["a.c"] == Ranges{{11, 12}, {22, 22}, {31, 32}});
  CHECK(c.lines.count("sp ace\tx.c"));
  CHECK(c.lines.count("my file.c"));
  CHECK(c.lines.count("/repo/other/b.c"));  // outside the root: absolute
  CHECK(c.lines.size() == 4);

  Location l;
  l.file = "a.c";
  l.line = 22;
  CHECK(c.touches(l));
  l.line = 23;
  CHECK_FALSE(c.touches(l));
  l.line = 20;
  l.endLine = 21;
  CHECK_FALSE(c.touches(l));
  l.endLine = 25;  // a span over a changed line
  CHECK(c.touches(l));
  l.endLine = 0;
  ChangedLines whole;
  whole.add("a.c", 0, 0);
  whole.finish();
  CHECK(whole.touches(l));

  // A finding is kept when any step of its flow touches a change.
  ScanResult r = resultWith({findingAt("a.c", 40, "taint.cmd-injection"),
                             findingAt("a.c", 50, "taint.cmd-injection", "system(x);")});
  FlowStep source;
  source.location.file = "a.c";
  source.location.line = 12;
  r.findings[0].flow.push_back(source);
  keepFindingsTouching(r, c, "main");
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].location.line == 40);
  CHECK(r.changes.outside == 1);
  CHECK(r.changes.ref == "main");
}

TEST_CASE("cache entries are authenticated with HMAC-SHA-256 (RFC 4231 vectors)", "[gate]") {
  CHECK(hmacSha256Hex("Jefe", "what do ya want for nothing?") ==
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  // Test case 6: a key longer than the block is hashed first.
  CHECK(hmacSha256Hex(std::string(131, '\xaa'),
                      "Test Using Larger Than Block-Size Key - Hash Key First") ==
        "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
}

TEST_CASE("YAML nodes without a position do not crash the parser (found by fuzzing)", "[gate]") {
  // bench/fuzz/seeds/*/regression-null-node-position.*: SourceMgr was asked
  // for the line of a node that has no place in the buffer.
  for (const char *name : {"config/regression-null-node-position.yml",
                           "rules/regression-null-node-position.yaml"}) {
    std::ifstream in(std::string(SLUICE_SOURCE_DIR) + "/bench/fuzz/seeds/" + name, std::ios::binary);
    REQUIRE(in);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::vector<YNode> docs;
    std::vector<RuleError> errors;
    (void)parseYaml(text, name, docs, errors);
    ScanConfig c;
    (void)parseConfig(text, "/r/.sluice.yml", c, errors);
    SUCCEED(name);
  }
}

TEST_CASE("the text report never sends a file name's control characters to a terminal",
          "[gate]") {
  ScanResult r = resultWith({findingAt("x\x1b]52;c;aGk=\x07.c", 3, "taint.cmd-injection")});
  r.findings[0].message = "reaches 'system'\x1b[2J";
  std::string text = writeText(r, true);
  std::string withoutOurColours;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\x1b' && i + 1 < text.size() && text[i + 1] == '[' &&
        text.find('m', i) != std::string::npos && text.find('m', i) - i <= 6) {
      i = text.find('m', i);  // an SGR colour of ours: ESC [ digits ; m
      continue;
    }
    withoutOurColours += text[i];
  }
  CHECK(withoutOurColours.find('\x1b') == std::string::npos);
  CHECK(withoutOurColours.find('\x07') == std::string::npos);
  CHECK_THAT(text, Catch::Contains("x\\x1b]52;c;aGk=\\x07.c:3:3:"));
}
