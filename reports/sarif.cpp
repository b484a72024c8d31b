// SARIF 2.1.0 writer. Uses nlohmann::ordered_json so keys appear in the
// order they are inserted here, which keeps the output byte-stable.
#include "reports/sarif.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <cstdint>
#include <map>
#include <set>

#include <fmt/format.h>
#include <string_view>

namespace sluice::report {

using json = nlohmann::ordered_json;

namespace {

constexpr const char *kSchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
constexpr const char *kInformationUri = "https://github.com/sluice-analyzer/sluice";
constexpr const char *kRootId = "SRCROOT";

// ---- small helpers ---------------------------------------------------------


std::string hex64(uint64_t v) {
  static const char digits[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, v >>= 4) out[i] = digits[v & 0xf];
  return out;
}

// Drops all whitespace, so re-indenting or reformatting a line keeps its
// fingerprint.
std::string stripSpace(const std::string &s) {
  std::string out;
  for (unsigned char c : s)
    if (!std::isspace(c)) out += static_cast<char>(c);
  return out;
}

// "1.2.3", optionally followed by "-pre" / "+build".
bool looksLikeSemver(const std::string &v) {
  int dots = 0;
  size_t i = 0;
  for (; i < v.size() && v[i] != '-' && v[i] != '+'; ++i) {
    if (v[i] == '.') {
      if (i == 0 || v[i - 1] == '.') return false;
      ++dots;
    } else if (!std::isdigit(static_cast<unsigned char>(v[i]))) {
      return false;
    }
  }
  return dots == 2 && i > 0 && v[i - 1] != '.';
}

// Quotes an argument POSIX-shell style when it needs it.
std::string shellQuote(const std::string &arg) {
  bool plain = !arg.empty();
  for (unsigned char c : arg)
    if (!(std::isalnum(c) || std::string_view("-_./=:,+@%^").find(c) != std::string_view::npos))
      plain = false;
  if (plain) return arg;
  std::string out = "'";
  for (char c : arg) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

bool isAbsolutePath(const std::string &f) {
  if (!f.empty() && f[0] == '/') return true;
  // Windows drive path "C:/..." (not produced on Linux, but cheap to support).
  return f.size() >= 3 && std::isalpha(static_cast<unsigned char>(f[0])) && f[1] == ':' &&
         (f[2] == '/' || f[2] == '\\');
}

// file:// URI for an absolute path.
std::string fileUri(const std::string &abs) {
  if (abs[0] == '/') return "file://" + percentEncodePath(abs);
  return "file:///" + abs.substr(0, 2) + percentEncodePath(abs.substr(2));
}

json message(const std::string &text) { return json{{"text", text}}; }

// ---- locations -------------------------------------------------------------

json artifactLocation(const std::string &file, bool haveRoot) {
  json a = json::object();
  if (isAbsolutePath(file)) {
    a["uri"] = fileUri(file);
  } else {
    a["uri"] = percentEncodePath(file);
    if (haveRoot) a["uriBaseId"] = kRootId;
  }
  return a;
}

// Region with zero fields omitted; null when the location has no line.
json region(const Location &l) {
  if (l.line == 0) return nullptr;
  json r = json::object();
  r["startLine"] = l.line;
  if (l.column) r["startColumn"] = l.column;
  if (l.endLine) r["endLine"] = l.endLine;
  if (l.endColumn) r["endColumn"] = l.endColumn;
  if (!l.snippet.empty()) r["snippet"] = message(l.snippet);
  return r;
}

json physicalLocation(const Location &l, bool haveRoot) {
  json p = json::object();
  p["artifactLocation"] = artifactLocation(l.file, haveRoot);
  if (json reg = region(l); !reg.is_null()) p["region"] = std::move(reg);
  return p;
}

json location(const Location &l, bool haveRoot) {
  return json{{"physicalLocation", physicalLocation(l, haveRoot)}};
}

// The result's message, with the related locations linked as SARIF embedded
// links ("[text](id)"), which viewers turn into jumps; '[' and ']' in the
// message itself are escaped, as SARIF 3.11.6 asks.
std::string withRelatedLinks(const Finding &f) {
  std::string text;
  for (char c : f.message) {
    if (c == '[' || c == ']' || c == '\\') text += '\\';
    text += c;
  }
  if (f.related.empty()) return text;
  constexpr size_t kLinked = 5;
  text += f.related.size() == 1 ? " Related location: " : " Related locations: ";
  for (size_t k = 0; k < f.related.size() && k < kLinked; ++k) {
    const Location &l = f.related[k].location;
    std::string label = l.file.empty() ? "here" : l.file.substr(l.file.rfind('/') + 1);
    if (l.line) label += ":" + std::to_string(l.line);
    std::string safe;
    for (char c : label)
      if (c != '[' && c != ']' && c != '\\') safe += c;
    text += (k ? ", [" : "[") + safe + "](" + std::to_string(k + 1) + ")";
  }
  if (f.related.size() > kLinked) text += fmt::format(" and {} more", f.related.size() - kLinked);
  return text + ".";
}

// ---- tool.driver -----------------------------------------------------------

json ruleDescriptor(const RuleInfo &rule) {
  json d = json::object();
  d["id"] = rule.id;
  if (!rule.name.empty()) d["name"] = rule.name;
  d["shortDescription"] = message(rule.shortDescription.empty() ? rule.id : rule.shortDescription);
  if (!rule.fullDescription.empty()) d["fullDescription"] = message(rule.fullDescription);
  if (!rule.helpText.empty() || !rule.helpMarkdown.empty()) {
    json help = message(rule.helpText.empty() ? d["shortDescription"]["text"].get<std::string>()
                                              : rule.helpText);
    if (!rule.helpMarkdown.empty()) help["markdown"] = rule.helpMarkdown;
    d["help"] = std::move(help);
  }
  d["defaultConfiguration"] = json{{"level", levelName(rule.defaultLevel)}};

  // Tags must be distinct (SARIF: uniqueItems); keep first occurrence order.
  json tags = json::array();
  std::set<std::string> seen;
  auto addTag = [&](const std::string &t) {
    if (seen.insert(t).second) tags.push_back(t);
  };
  addTag("security");
  for (unsigned cwe : rule.cwes) addTag("external/cwe/cwe-" + std::to_string(cwe));
  for (const auto &t : rule.tags) addTag(t);

  json props = json::object();
  props["tags"] = std::move(tags);
  if (!rule.securitySeverity.empty()) props["security-severity"] = rule.securitySeverity;
  props["precision"] = "high";
  d["properties"] = std::move(props);
  return d;
}

// Descriptions of the notification ids the analyzer is known to emit.
std::string notificationDescription(const std::string &id) {
  static const std::map<std::string, std::string> known = {
      {"tu-parse-error", "A translation unit had compile errors; its results may be incomplete."},
      {"tu-crash", "The analysis of a translation unit crashed; it produced no results."},
      {"tu-timeout", "The analysis of a translation unit exceeded its time limit."},
      {"tu-out-of-memory", "The analysis of a translation unit exceeded its memory limit "
                           "(--max-memory); it produced no results."},
      {"tu-frontend-failed", "Clang could not parse a translation unit at all."},
      {"tu-interrupted", "The scan was interrupted before this translation unit was analyzed."},
      {"input-skipped", "An input named like a source file was not analyzed (not a regular "
                        "file, or outside the scan root)."},
      {"compile-flags-dropped", "Flags from the build's compile commands that Sluice does not "
                                "pass to Clang (they write or read files, load code, or are "
                                "not known to be safe)."},
      {"tu-read-refused", "Files a translation unit tried to read that Sluice's sandbox did not "
                          "let Clang open (outside the scan root, or not regular files)."},
      {"link-interrupted", "The scan was stopped (SIGTERM, SIGINT, SIGHUP) during the "
                           "whole-program step; cross-file findings are incomplete."},
      {"link-budget", "The whole-program link did not converge; findings may be incomplete."},
      {"link-component-budget",
       "Recursive call cycles that spent their share of the whole-program step keep the "
       "summaries found until then; flows through them may be missed."},
      {"behavior-budget", "A behaviour search stopped at its step budget."},
      {"summary-widened", "Functions whose summaries hit a bound (atoms or member paths per "
                          "output, sink entries per function); flows through them may be "
                          "missed."},
      {"fixpoint-budget", "The analysis of a function did not converge within its visit "
                          "budget; the file counts as not fully analyzed."},
      {"function-flow-insensitive",
       "A function too large for one abstract state per block (its state entries or block "
       "visits passed their budget) was analyzed with one state for the whole function: "
       "flows are kept, but guards and strong updates in it are not used, so it may report "
       "flows a path rules out."},
      {"invalid-suppression", "A sluice-ignore comment that is malformed (no rule id, no "
                              "reason) or names no enabled rule; it suppresses nothing."},
      {"unused-suppression", "A sluice-ignore comment that matches no finding on its line (or "
                             "the next); the code it excused may have changed."},
      {"cfg-failed", "Clang could not build a control-flow graph for a function; it was "
                     "skipped and the file counts as not fully analyzed."},
  };
  auto it = known.find(id);
  return it != known.end() ? it->second : "Tool notification '" + id + "'.";
}

} // namespace

// ---- public helpers --------------------------------------------------------

uint64_t fnv1a64(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

std::string percentEncodePath(const std::string &path) {
  static const char digits[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += digits[c >> 4];
      out += digits[c & 0xf];
    }
  }
  return out;
}

std::vector<std::string> findingFingerprints(const ScanResult &r) {
  std::vector<std::string> out;
  std::map<uint64_t, unsigned> occurrences;
  for (const Finding &f : r.findings) {
    // Fields are separated by a byte that cannot appear in source text.
    std::string basis = f.ruleId;
    basis += '\x1f';
    basis += f.location.file;
    basis += '\x1f';
    basis += f.function;
    basis += '\x1f';
    basis += stripSpace(f.location.snippet);
    // Not the source: a finding is one per rule and sink, and which of the
    // sources reaching the sink is shown first is evidence (evidenceHash:
    // a baseline calls that `updated`), not a new finding.
    uint64_t h = fnv1a64(basis);
    out.push_back(hex64(h) + ":" + std::to_string(++occurrences[h]));
  }
  return out;
}

std::vector<std::string> storedFingerprints(const ScanResult &r) {
  std::vector<std::string> out;
  for (const Finding &f : r.findings) {
    if (f.fingerprint.empty()) return findingFingerprints(r);
    out.push_back(f.fingerprint);
  }
  return out;
}

std::string evidenceHash(const Finding &f) {
  std::set<std::string> parts;
  auto add = [&](const Location &l, const std::string &message) {
    parts.insert(l.file + '\x1f' + stripSpace(l.snippet) + '\x1f' + message);
  };
  if (!f.flow.empty()) add(f.flow.front().location, f.flow.front().message);
  for (const RelatedLocation &rl : f.related) add(rl.location, rl.message);
  std::string basis;
  for (const std::string &p : parts) basis += p + '\x1e';
  return hex64(fnv1a64(basis));
}

json gateProperties(const ScanResult &r) {
  json props = json::object();
  if (!r.baseline.file.empty())
    props["baseline"] = json{{"file", r.baseline.file},
                             {"new", r.baseline.added},
                             {"updated", r.baseline.updated},
                             {"unchanged", r.baseline.unchanged},
                             {"absent", r.baseline.absent}};
  if (!r.changes.ref.empty())
    props["changedSince"] = json{{"ref", r.changes.ref}, {"findingsOutsideChange", r.changes.outside}};
  size_t suppressed = 0;
  for (const Finding &f : r.findings) suppressed += f.suppressed;
  if (suppressed) props["suppressedInSource"] = suppressed;
  return props;
}

const char *baselineStateName(Finding::Baseline b) {
  switch (b) {
  case Finding::Baseline::New: return "new";
  case Finding::Baseline::Unchanged: return "unchanged";
  case Finding::Baseline::Updated: return "updated";
  case Finding::Baseline::None: break;
  }
  return "";
}

// ---- the writer ------------------------------------------------------------

std::string writeSarif(const ScanResult &r) {
  const bool haveRoot = !r.srcRoot.empty();

  // Rule index by id (rules are sorted and unique after canonicalize()).
  std::map<std::string, size_t> ruleIndex;
  json rules = json::array();
  for (const RuleInfo &rule : r.rules) {
    if (!ruleIndex.emplace(rule.id, rules.size()).second) continue;
    rules.push_back(ruleDescriptor(rule));
  }

  // Notification descriptors, one per id used, in sorted id order.
  std::map<std::string, size_t> notificationIndex;
  for (const Notification &n : r.notifications) notificationIndex.emplace(n.id, 0);
  json notificationDescriptors = json::array();
  for (auto &[id, index] : notificationIndex) {
    index = notificationDescriptors.size();
    notificationDescriptors.push_back(
        json{{"id", id}, {"shortDescription", message(notificationDescription(id))}});
  }

  json driver = json::object();
  driver["name"] = "Sluice";
  if (!r.toolVersion.empty()) driver["version"] = r.toolVersion;
  if (looksLikeSemver(r.toolVersion)) driver["semanticVersion"] = r.toolVersion;
  driver["informationUri"] = kInformationUri;
  driver["rules"] = std::move(rules);
  if (!notificationDescriptors.empty()) driver["notifications"] = std::move(notificationDescriptors);

  // Results.
  const std::vector<std::string> fingerprints = storedFingerprints(r);
  json results = json::array();
  for (size_t i = 0; i < r.findings.size(); ++i) {
    const Finding &f = r.findings[i];
    json res = json::object();
    res["ruleId"] = f.ruleId;
    if (auto it = ruleIndex.find(f.ruleId); it != ruleIndex.end()) res["ruleIndex"] = it->second;
    res["level"] = levelName(f.level);
    res["message"] = message(withRelatedLinks(f));
    res["locations"] = json::array({location(f.location, haveRoot)});
    if (!f.function.empty())
      res["locations"][0]["logicalLocations"] =
          json::array({json{{"name", f.function}, {"kind", "function"}}});
    res["partialFingerprints"] =
        json{{"primaryLocationLineHash", fingerprints[i]}};
    if (f.baselineState != Finding::Baseline::None)
      res["baselineState"] = baselineStateName(f.baselineState);
    if (f.suppressed) {
      json sup = json::object();
      sup["kind"] = "inSource";
      sup["status"] = "accepted";
      sup["justification"] = f.suppressionReason;
      if (!f.suppressionLocation.file.empty())
        sup["location"] = location(f.suppressionLocation, haveRoot);
      res["suppressions"] = json::array({std::move(sup)});
    }

    if (!f.flow.empty()) {
      json steps = json::array();
      for (size_t s = 0; s < f.flow.size(); ++s) {
        const FlowStep &step = f.flow[s];
        json loc = location(step.location, haveRoot);
        loc["message"] = message(step.message);
        json tfl = json::object();
        tfl["location"] = std::move(loc);
        if (!step.kind.empty()) tfl["kinds"] = json::array({step.kind});
        tfl["nestingLevel"] = 0;
        tfl["executionOrder"] = s + 1;
        steps.push_back(std::move(tfl));
      }
      res["codeFlows"] =
          json::array({json{{"threadFlows", json::array({json{{"locations", std::move(steps)}}})}}});
    }

    if (!f.related.empty()) {
      json related = json::array();
      for (size_t k = 0; k < f.related.size(); ++k) {
        json loc = json::object();
        loc["id"] = k + 1;
        loc["physicalLocation"] = physicalLocation(f.related[k].location, haveRoot);
        loc["message"] = message(f.related[k].message);
        related.push_back(std::move(loc));
      }
      res["relatedLocations"] = std::move(related);
    }

    json props = json::object();
    if (!f.sourceKind.empty()) props["sourceKind"] = f.sourceKind;
    if (!f.sinkKind.empty()) props["sinkKind"] = f.sinkKind;
    props["evidenceHash"] = f.evidence.empty() ? evidenceHash(f) : f.evidence;
    if (!props.empty()) res["properties"] = std::move(props);
    results.push_back(std::move(res));
  }

  // Invocation.
  json invocation = json::object();
  invocation["executionSuccessful"] = r.executionSuccessful;
  if (!r.commandLine.empty()) {
    std::string cmd;
    for (const auto &arg : r.commandLine) cmd += (cmd.empty() ? "" : " ") + shellQuote(arg);
    invocation["commandLine"] = cmd;
    // SARIF "arguments" excludes the executable itself.
    invocation["arguments"] = json::array();
    for (size_t i = 1; i < r.commandLine.size(); ++i)
      invocation["arguments"].push_back(r.commandLine[i]);
  }
  json toolNotes = json::array();
  for (const Notification &n : r.notifications) {
    json note = json::object();
    note["level"] = levelName(n.level);
    note["message"] = message(n.message);
    note["descriptor"] = json{{"id", n.id}, {"index", notificationIndex.at(n.id)}};
    if (!n.location.file.empty())
      note["locations"] = json::array({location(n.location, haveRoot)});
    toolNotes.push_back(std::move(note));
  }
  if (!toolNotes.empty()) invocation["toolExecutionNotifications"] = std::move(toolNotes);

  // Run.
  json run = json::object();
  run["tool"] = json{{"driver", std::move(driver)}};
  run["invocations"] = json::array({std::move(invocation)});
  if (haveRoot) {
    std::string root = r.srcRoot;
    while (root.size() > 1 && root.back() == '/') root.pop_back();
    std::string uri = fileUri(root);
    if (uri.back() != '/') uri += '/';
    run["originalUriBaseIds"] = json{{kRootId, json{{"uri", uri}}}};
  }
  if (!r.analyzedFiles.empty()) {
    json artifacts = json::array();
    // std::set: artifacts must be distinct even if canonicalize() was skipped.
    for (const auto &file : std::set<std::string>(r.analyzedFiles.begin(), r.analyzedFiles.end()))
      artifacts.push_back(json{{"location", artifactLocation(file, haveRoot)},
                               {"roles", json::array({"analysisTarget"})}});
    run["artifacts"] = std::move(artifacts);
  }
  run["results"] = std::move(results);
  json props = gateProperties(r);
  if (!props.empty()) run["properties"] = json{{"sluice", std::move(props)}};

  json log = json::object();
  log["$schema"] = kSchemaUri;
  log["version"] = "2.1.0";
  log["runs"] = json::array({std::move(run)});
  // Source snippets may hold invalid UTF-8: replace it instead of throwing.
  return log.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

} // namespace sluice::report
