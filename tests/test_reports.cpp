// Tests for reports/: canonical order, SARIF, text and JSON writers.
#include "reports/finding.h"
#include "reports/json.h"
#include "reports/sarif.h"
#include "reports/text.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>

using namespace sluice::report;
using nlohmann::json;

namespace {

Location loc(const std::string &file, unsigned line, unsigned col, const std::string &snippet = "") {
  Location l;
  l.file = file;
  l.line = line;
  l.column = col;
  l.snippet = snippet;
  return l;
}

FlowStep step(Location l, const std::string &msg, const std::string &kind) {
  return FlowStep{std::move(l), msg, kind};
}

RuleInfo rule(const std::string &id, const std::string &name, std::vector<unsigned> cwes,
              Level level, std::vector<std::string> tags = {}) {
  RuleInfo r;
  r.id = id;
  r.name = name;
  r.shortDescription = name + " short";
  r.fullDescription = name + " full";
  r.helpText = name + " help";
  r.helpMarkdown = "**" + name + "**";
  r.defaultLevel = level;
  r.cwes = std::move(cwes);
  r.securitySeverity = "7.5";
  r.tags = std::move(tags);
  return r;
}

// A command injection from getenv() to system() in main.c.
Finding cmdInjection(unsigned sinkLine, const std::string &sinkSnippet = "system(cmd);") {
  Finding f;
  f.ruleId = "taint.cmd-injection";
  f.level = Level::Error;
  f.message = "untrusted data reaches 'system'";
  f.location = loc("src/main.c", sinkLine, 5, sinkSnippet);
  f.function = "main";
  f.flow = {step(loc("src/main.c", 12, 15, "char *cmd = getenv(\"CMD\");"),
                 "untrusted data enters from 'getenv'", "source"),
            step(loc("src/main.c", 15, 3, "strcat(cmd, arg);"), "flows through 'strcat'",
                 "propagation"),
            step(loc("src/main.c", sinkLine, 5, sinkSnippet), "reaches 'system'", "sink")};
  f.sourceKind = "env";
  f.sinkKind = "command";
  return f;
}

// A rich, canonical sample: spaces in paths, absolute files, duplicates of
// one fingerprint basis, a finding without flow, notifications.
ScanResult sample() {
  ScanResult r;
  r.toolVersion = "0.1.0";
  r.srcRoot = "/home/user/my project";
  r.commandLine = {"sluice", "scan", "--root", "/home/user/my project", "-o", "out.sarif"};
  r.rules = {rule("taint.cmd-injection", "CommandInjection", {78}, Level::Error, {"injection"}),
             rule("taint.format-string", "FormatString", {134}, Level::Warning, {"security"}),
             rule("behavior.insecure-temp", "InsecureTemp", {377}, Level::Note)};

  Finding fmt;
  fmt.ruleId = "taint.format-string";
  fmt.level = Level::Warning;
  fmt.message = "untrusted format string";
  fmt.location = loc("src/util dir/io.c", 8, 3, "printf(buf);");
  fmt.function = "log_line";
  fmt.flow = {step(loc("src/util dir/io.c", 4, 9, "fgets(buf, sizeof buf, f);"), "read from file", "source"),
              step(loc("src/util dir/io.c", 8, 3, "printf(buf);"), "used as format", "sink")};
  fmt.related = {RelatedLocation{loc("/usr/include/stdio.h", 356, 12, "extern int printf"),
                                 "'printf' declared here"}};
  fmt.sourceKind = "file";
  fmt.sinkKind = "format";

  Finding temp;
  temp.ruleId = "behavior.insecure-temp";
  temp.level = Level::Note;
  temp.message = "'mktemp' is racy";
  temp.location = loc("src/util dir/io.c", 20, 7, "mktemp(name);");

  r.findings = {cmdInjection(20), cmdInjection(30), cmdInjection(40, "system( cmd )  ;"), fmt, temp};

  Notification parse{"tu-parse-error", Level::Error, "could not parse translation unit", loc("src/broken.c", 0, 0)};
  Notification slow{"tu-timeout", Level::Warning, "analysis timed out", loc("src/slow.c", 42, 0)};
  r.notifications = {parse, slow};
  r.analyzedFiles = {"src/main.c", "src/util dir/io.c", "src/broken.c", "src/slow.c"};
  r.filesFailed = 2;
  canonicalize(r);
  return r;
}

template <typename T> void shuffle(std::vector<T> &v, std::mt19937 &rng) {
  std::shuffle(v.begin(), v.end(), rng);
}

void shiftLines(Location &l, unsigned by) {
  if (l.line) l.line += by;
  if (l.endLine) l.endLine += by;
}

std::vector<std::string> lines(const std::string &text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

std::vector<std::string> sarifFingerprints(const json &log) {
  std::vector<std::string> out;
  for (const auto &res : log["runs"][0]["results"])
    out.push_back(res["partialFingerprints"]["primaryLocationLineHash"]);
  return out;
}

} // namespace

TEST_CASE("level names round-trip", "[finding]") {
  for (Level l : {Level::None, Level::Note, Level::Warning, Level::Error}) {
    Level parsed = Level::None;
    REQUIRE(parseLevel(levelName(l), parsed));
    CHECK(parsed == l);
  }
  Level untouched = Level::Note;
  CHECK_FALSE(parseLevel("Error", untouched));
  CHECK_FALSE(parseLevel("", untouched));
  CHECK(untouched == Level::Note);
}

TEST_CASE("canonicalize sorts and does not depend on input order", "[finding]") {
  const ScanResult ref = sample();

  // Primary order: file, line, column, ruleId.
  REQUIRE(ref.findings.size() == 5);
  CHECK(ref.findings[0].location.line == 20);
  CHECK(ref.findings[2].location.line == 40);
  CHECK(ref.findings[3].ruleId == "taint.format-string");
  CHECK(ref.findings[4].ruleId == "behavior.insecure-temp");
  CHECK(ref.notifications[0].location.file == "src/broken.c");
  CHECK(ref.rules[0].id == "behavior.insecure-temp");
  CHECK(ref.analyzedFiles.front() == "src/broken.c");

  std::mt19937 rng(12345);
  for (int round = 0; round < 25; ++round) {
    ScanResult r = ref;
    // Add exact duplicates, then scramble everything.
    r.findings.push_back(ref.findings[1]);
    r.findings.push_back(ref.findings[3]);
    r.notifications.push_back(ref.notifications[1]);
    r.rules.push_back(ref.rules[2]);
    r.analyzedFiles.push_back(ref.analyzedFiles[0]);
    shuffle(r.findings, rng);
    shuffle(r.notifications, rng);
    shuffle(r.rules, rng);
    shuffle(r.analyzedFiles, rng);
    canonicalize(r);
    REQUIRE(r.findings.size() == ref.findings.size());
    CHECK(writeJson(r) == writeJson(ref));
    CHECK(writeSarif(r) == writeSarif(ref));
    CHECK(writeText(r) == writeText(ref));
  }
}

TEST_CASE("canonicalize keeps findings that differ only after the sort keys", "[finding]") {
  ScanResult r;
  Finding a = cmdInjection(20), b = cmdInjection(20), c = cmdInjection(20);
  b.flow[0].location.line = 11;  // different flow: not a duplicate, sorts first
  c.function = "other";          // differs only in a tie-break field
  r.findings = {a, c, b, a};
  canonicalize(r);
  REQUIRE(r.findings.size() == 3);
  CHECK(r.findings[0].flow[0].location.line == 11);

  // Same location: ruleId decides, then message.
  Finding x = cmdInjection(20), y = cmdInjection(20);
  x.ruleId = "z.rule";
  y.message = "a message";
  r.findings = {x, a, y};
  canonicalize(r);
  CHECK(r.findings[0].message == "a message");
  CHECK(r.findings[1].message == a.message);
  CHECK(r.findings[2].ruleId == "z.rule");
}

TEST_CASE("SARIF top-level structure", "[sarif]") {
  const ScanResult r = sample();
  const std::string out = writeSarif(r);
  REQUIRE(out.back() == '\n');
  CHECK(out.rfind("{\n  \"$schema\": ", 0) == 0);  // 2-space indent, $schema first
  CHECK(out == writeSarif(r));

  const json log = json::parse(out);
  CHECK(log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json");
  CHECK(log["version"] == "2.1.0");
  REQUIRE(log["runs"].size() == 1);
  const json &run = log["runs"][0];
  const json &driver = run["tool"]["driver"];
  CHECK(driver["name"] == "Sluice");
  CHECK(driver["version"] == "0.1.0");
  CHECK(driver["semanticVersion"] == "0.1.0");
  CHECK(run["originalUriBaseIds"]["SRCROOT"]["uri"] == "file:///home/user/my%20project/");

  // Rules: sorted, tags distinct and with CWE tags.
  REQUIRE(driver["rules"].size() == 3);
  const json &fmtRule = driver["rules"][2];
  CHECK(fmtRule["id"] == "taint.format-string");
  CHECK(fmtRule["help"]["markdown"] == "**FormatString**");
  CHECK(fmtRule["defaultConfiguration"]["level"] == "warning");
  CHECK(fmtRule["properties"]["tags"] == json({"security", "external/cwe/cwe-134"}));
  CHECK(fmtRule["properties"]["security-severity"] == "7.5");
  CHECK(fmtRule["properties"]["precision"] == "high");

  // Every result's ruleIndex points at the rule with its ruleId.
  REQUIRE(run["results"].size() == r.findings.size());
  for (const auto &res : run["results"])
    CHECK(driver["rules"][res["ruleIndex"].get<size_t>()]["id"] == res["ruleId"]);

  // Invocation, notifications and their descriptors.
  const json &inv = run["invocations"][0];
  CHECK(inv["executionSuccessful"] == true);
  CHECK(inv["commandLine"] == "sluice scan --root '/home/user/my project' -o out.sarif");
  CHECK(inv["arguments"].size() == 5);
  REQUIRE(inv["toolExecutionNotifications"].size() == 2);
  for (const auto &n : inv["toolExecutionNotifications"]) {
    const json &desc = driver["notifications"][n["descriptor"]["index"].get<size_t>()];
    CHECK(desc["id"] == n["descriptor"]["id"]);
  }
  const json &parseNote = inv["toolExecutionNotifications"][0];
  CHECK(parseNote["descriptor"]["id"] == "tu-parse-error");
  CHECK_FALSE(parseNote["locations"][0]["physicalLocation"].contains("region"));
  CHECK(inv["toolExecutionNotifications"][1]["locations"][0]["physicalLocation"]["region"] ==
        json({{"startLine", 42}}));

  CHECK(run["artifacts"].size() == 4);
}

TEST_CASE("SARIF results: locations, code flows, related locations", "[sarif]") {
  const ScanResult r = sample();
  const json run = json::parse(writeSarif(r))["runs"][0];

  const json &cmd = run["results"][0];
  CHECK(cmd["level"] == "error");
  const json &phys = cmd["locations"][0]["physicalLocation"];
  CHECK(phys["artifactLocation"] == json({{"uri", "src/main.c"}, {"uriBaseId", "SRCROOT"}}));
  CHECK(phys["region"] == json({{"startLine", 20}, {"startColumn", 5}, {"snippet", {{"text", "system(cmd);"}}}}));
  CHECK(cmd["locations"][0]["logicalLocations"] == json::parse(R"([{"name":"main","kind":"function"}])"));
  CHECK(cmd["properties"]["sourceKind"] == "env");
  CHECK(cmd["properties"]["sinkKind"] == "command");
  CHECK(cmd["properties"]["evidenceHash"].get<std::string>().size() == 16);

  // Code flow: source first, in order, with kinds and execution order.
  const json &steps = cmd["codeFlows"][0]["threadFlows"][0]["locations"];
  REQUIRE(steps.size() == 3);
  const char *kinds[] = {"source", "propagation", "sink"};
  const unsigned stepLines[] = {12, 15, 20};
  for (size_t i = 0; i < 3; ++i) {
    CHECK(steps[i]["kinds"] == json({kinds[i]}));
    CHECK(steps[i]["executionOrder"] == i + 1);
    CHECK(steps[i]["nestingLevel"] == 0);
    CHECK(steps[i]["location"]["physicalLocation"]["region"]["startLine"] == stepLines[i]);
  }
  CHECK(steps[0]["location"]["message"]["text"] == "untrusted data enters from 'getenv'");

  // Percent-encoded relative path; absolute related location without base id.
  const json &fmt = run["results"][3];
  CHECK(fmt["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "src/util%20dir/io.c");
  const json &rel = fmt["relatedLocations"][0];
  CHECK(rel["id"] == 1);
  CHECK(rel["message"]["text"] == "'printf' declared here");
  CHECK(rel["physicalLocation"]["artifactLocation"] == json({{"uri", "file:///usr/include/stdio.h"}}));
  // The message links its related location (an embedded link to id 1).
  const std::string text = fmt["message"]["text"];
  CHECK_THAT(text, Catch::Contains("Related location: [stdio.h"));
  CHECK_THAT(text, Catch::EndsWith("](1)."));

  // A finding without flow, function or kinds has none of those keys.
  const json &temp = run["results"][4];
  CHECK_FALSE(temp.contains("codeFlows"));
  CHECK_FALSE(temp.contains("relatedLocations"));
  CHECK(temp["properties"].size() == 1);  // only the evidence hash
  CHECK_FALSE(temp["locations"][0].contains("logicalLocations"));
}

TEST_CASE("SARIF fingerprints ignore line shifts and count occurrences", "[sarif]") {
  const ScanResult r = sample();
  const auto base = sarifFingerprints(json::parse(writeSarif(r)));
  REQUIRE(base.size() == 5);
  for (const auto &fp : base) CHECK(fp.find(':') == 16);

  // Lines 20 and 30 share a basis; line 40 differs only in whitespace.
  const std::string hash0 = base[0].substr(0, 16);
  CHECK(base[0] == hash0 + ":1");
  CHECK(base[1] == hash0 + ":2");
  CHECK(base[2] == hash0 + ":3");
  CHECK(base[3].substr(0, 16) != hash0);

  SECTION("all lines shifted by 10: same fingerprints") {
    ScanResult shifted = r;
    for (Finding &f : shifted.findings) {
      shiftLines(f.location, 10);
      for (FlowStep &s : f.flow) shiftLines(s.location, 10);
      for (RelatedLocation &rl : f.related) shiftLines(rl.location, 10);
    }
    canonicalize(shifted);
    CHECK(sarifFingerprints(json::parse(writeSarif(shifted))) == base);
    CHECK(findingFingerprints(shifted) == base);
  }
  SECTION("a different sink gives a different fingerprint") {
    ScanResult other = r;
    other.findings[1] = cmdInjection(30, "execl(\"/bin/sh\", \"sh\", \"-c\", cmd, NULL);");
    canonicalize(other);
    const auto fps = findingFingerprints(other);
    CHECK(fps[0] == base[0]);
    CHECK(fps[1].substr(0, 16) != hash0);
    CHECK(fps[1].substr(16) == ":1");
    CHECK(fps[2] == hash0 + ":2");  // the counter skips the changed finding
  }
  SECTION("a different source keeps the fingerprint and changes the evidence") {
    // One finding per rule and sink: which source is shown first may change
    // when the analysis improves, and a baseline then says `updated`.
    ScanResult other = r;
    other.findings[0].flow[0].location.snippet = "char *cmd = read_input();";
    CHECK(findingFingerprints(other)[0] == base[0]);
    CHECK(evidenceHash(other.findings[0]) != evidenceHash(r.findings[0]));
  }
}

TEST_CASE("SARIF edge cases", "[sarif]") {
  ScanResult r;
  r.toolVersion = "dev-build";
  r.srcRoot = "/";
  Finding f = cmdInjection(3);
  f.location.snippet = "bad \xff\xfe utf8";  // must not throw
  f.ruleId = "unknown.rule";                   // not in rules: no ruleIndex
  f.location.line = 0;                         // whole file: no region
  r.findings = {f};
  r.executionSuccessful = false;
  canonicalize(r);
  const json log = json::parse(writeSarif(r));
  const json &run = log["runs"][0];
  CHECK(run["originalUriBaseIds"]["SRCROOT"]["uri"] == "file:///");
  CHECK_FALSE(run["tool"]["driver"].contains("semanticVersion"));
  CHECK_FALSE(run["results"][0].contains("ruleIndex"));
  CHECK_FALSE(run["results"][0]["locations"][0]["physicalLocation"].contains("region"));
  CHECK(run["invocations"][0]["executionSuccessful"] == false);
  CHECK(percentEncodePath("a b/c#d%e:f") == "a%20b/c%23d%25e%3Af");
}

TEST_CASE("text report is compiler style", "[text]") {
  const auto out = lines(writeText(sample()));
  const std::vector<std::string> expected = {
      "src/main.c:20:5: error: untrusted data reaches 'system' [taint.cmd-injection]",
      "src/main.c:12:15: note: step 1/3 (source): untrusted data enters from 'getenv'",
      "src/main.c:15:3: note: step 2/3 (propagation): flows through 'strcat'",
      "src/main.c:20:5: note: step 3/3 (sink): reaches 'system'",
  };
  REQUIRE(out.size() == 5 * 1 + 3 * 3 + 2 + 1 + 2 + 1);
  CHECK(std::vector<std::string>(out.begin(), out.begin() + 4) == expected);
  CHECK(out[12] == "src/util dir/io.c:8:3: warning: untrusted format string [taint.format-string]");
  CHECK(out[13] == "src/util dir/io.c:4:9: note: step 1/2 (source): read from file");
  CHECK(out[15] == "/usr/include/stdio.h:356:12: note: 'printf' declared here");
  CHECK(out[16] == "src/util dir/io.c:20:7: note: 'mktemp' is racy [behavior.insecure-temp]");
  CHECK(out[17] == "src/broken.c: error: could not parse translation unit [tu-parse-error]");
  CHECK(out[18] == "src/slow.c:42: warning: analysis timed out [tu-timeout]");
  CHECK(out[19] == "sluice: 5 findings (3 errors, 1 warning, 1 note) in 4 files; "
                   "2 files could not be fully analyzed; 2 tool notifications");

  ScanResult empty;
  empty.analyzedFiles = {"a.c"};
  CHECK(writeText(empty) == "sluice: no findings in 1 file\n");
}

TEST_CASE("JSON report parses back to the same data", "[json]") {
  const ScanResult r = sample();
  const std::string out = writeJson(r);
  REQUIRE(out.back() == '\n');
  const json j = json::parse(out);
  CHECK(j["format"] == "sluice-json");
  CHECK(j["formatVersion"] == 1);
  CHECK(j["srcRoot"] == r.srcRoot);
  CHECK(j["summary"]["findings"] == 5);
  CHECK(j["summary"]["byLevel"] == json({{"error", 3}, {"note", 1}, {"none", 0}, {"warning", 1}}));
  CHECK(j["summary"]["byRule"]["taint.cmd-injection"] == 3);
  CHECK(j["summary"]["filesFailed"] == 2);
  CHECK(j["summary"]["executionSuccessful"] == true);
  CHECK(j["rules"][0]["cwes"] == json({377}));

  REQUIRE(j["findings"].size() == r.findings.size());
  const auto fps = findingFingerprints(r);
  for (size_t i = 0; i < r.findings.size(); ++i) {
    const Finding &f = r.findings[i];
    const json &jf = j["findings"][i];
    Level level;
    REQUIRE(parseLevel(jf["level"], level));
    CHECK(level == f.level);
    CHECK(jf["ruleId"] == f.ruleId);
    CHECK(jf["message"] == f.message);
    CHECK(jf["function"] == f.function);
    CHECK(jf["fingerprint"] == fps[i]);
    CHECK(jf["location"]["file"] == f.location.file);
    CHECK(jf["location"]["line"] == f.location.line);
    CHECK(jf["location"]["snippet"] == f.location.snippet);
    REQUIRE(jf["flow"].size() == f.flow.size());
    for (size_t s = 0; s < f.flow.size(); ++s) {
      CHECK(jf["flow"][s]["kind"] == f.flow[s].kind);
      CHECK(jf["flow"][s]["location"]["line"] == f.flow[s].location.line);
    }
    CHECK(jf["related"].size() == f.related.size());
  }
  CHECK(j["notifications"][1]["id"] == "tu-timeout");
  CHECK(j["notifications"][1]["location"]["line"] == 42);
  CHECK(j["analyzedFiles"].size() == 4);
}

// Lets a CTest step schema-validate a rich SARIF log.
TEST_CASE("write sample SARIF for schema validation", "[sarif][output]") {
  const char *dir = std::getenv("SLUICE_TEST_OUT_DIR");
  if (!dir || !*dir) return;
  std::ofstream out(std::string(dir) + "/sample.sarif", std::ios::binary);
  out << writeSarif(sample());
  REQUIRE(out.good());
}
