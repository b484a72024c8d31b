// Sluice JSON report; the format is documented in json.h.
#include "reports/json.h"

#include "reports/sarif.h"  // findingFingerprints()

#include <nlohmann/json.hpp>

#include <map>

namespace sluice::report {

using json = nlohmann::ordered_json;

namespace {

json location(const Location &l) {
  json j = json::object();
  j["file"] = l.file;
  j["line"] = l.line;
  j["column"] = l.column;
  j["endLine"] = l.endLine;
  j["endColumn"] = l.endColumn;
  j["snippet"] = l.snippet;
  return j;
}

json summary(const ScanResult &r) {
  std::map<Level, size_t> byLevel;
  std::map<std::string, size_t> byRule;
  for (const Finding &f : r.findings) {
    ++byLevel[f.level];
    ++byRule[f.ruleId];
  }
  json levels = json::object();
  for (Level l : {Level::Error, Level::Warning, Level::Note, Level::None})
    levels[levelName(l)] = byLevel[l];
  json rules = json::object();
  for (const auto &[id, n] : byRule) rules[id] = n;

  json s = json::object();
  s["findings"] = r.findings.size();
  s["byLevel"] = std::move(levels);
  s["byRule"] = std::move(rules);
  s["analyzedFiles"] = r.analyzedFiles.size();
  s["filesFailed"] = r.filesFailed;
  s["notifications"] = r.notifications.size();
  s["executionSuccessful"] = r.executionSuccessful;
  const json gate = gateProperties(r);  // named: items() of a temporary dangles
  for (const auto &item : gate.items()) s[item.key()] = item.value();
  return s;
}

json finding(const Finding &f, const std::string &fingerprint) {
  json j = json::object();
  j["ruleId"] = f.ruleId;
  j["level"] = levelName(f.level);
  j["message"] = f.message;
  j["location"] = location(f.location);
  j["function"] = f.function;
  j["sourceKind"] = f.sourceKind;
  j["sinkKind"] = f.sinkKind;
  j["fingerprint"] = fingerprint;
  j["evidenceHash"] = f.evidence.empty() ? evidenceHash(f) : f.evidence;
  if (f.baselineState != Finding::Baseline::None)
    j["baselineState"] = baselineStateName(f.baselineState);
  if (f.suppressed)
    j["suppression"] = json{{"reason", f.suppressionReason}, {"location", location(f.suppressionLocation)}};
  json flow = json::array();
  for (const FlowStep &s : f.flow)
    flow.push_back(json{{"kind", s.kind}, {"message", s.message}, {"location", location(s.location)}});
  j["flow"] = std::move(flow);
  json related = json::array();
  for (const RelatedLocation &rl : f.related)
    related.push_back(json{{"message", rl.message}, {"location", location(rl.location)}});
  j["related"] = std::move(related);
  return j;
}

} // namespace

std::string writeJson(const ScanResult &r) {
  json root = json::object();
  root["format"] = "sluice-json";
  root["formatVersion"] = 1;
  root["tool"] = json{{"name", "Sluice"}, {"version", r.toolVersion}};
  root["srcRoot"] = r.srcRoot;
  root["summary"] = summary(r);

  json rules = json::array();
  for (const RuleInfo &rule : r.rules) {
    json j = json::object();
    j["id"] = rule.id;
    j["name"] = rule.name;
    j["shortDescription"] = rule.shortDescription;
    j["defaultLevel"] = levelName(rule.defaultLevel);
    j["cwes"] = rule.cwes;
    j["securitySeverity"] = rule.securitySeverity;
    rules.push_back(std::move(j));
  }
  root["rules"] = std::move(rules);

  const std::vector<std::string> fingerprints = storedFingerprints(r);
  json findings = json::array();
  for (size_t i = 0; i < r.findings.size(); ++i)
    findings.push_back(finding(r.findings[i], fingerprints[i]));
  root["findings"] = std::move(findings);

  json notes = json::array();
  for (const Notification &n : r.notifications) {
    json j = json::object();
    j["id"] = n.id;
    j["level"] = levelName(n.level);
    j["message"] = n.message;
    j["location"] = location(n.location);
    notes.push_back(std::move(j));
  }
  root["notifications"] = std::move(notes);
  root["analyzedFiles"] = r.analyzedFiles;

  // Source snippets may hold invalid UTF-8: replace it instead of throwing.
  return root.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

} // namespace sluice::report
