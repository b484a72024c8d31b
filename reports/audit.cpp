// The combined audit report; see audit.h.
#include "reports/audit.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace sluice::report {

namespace {

using json = nlohmann::ordered_json;

int riskRank(const std::string &r) {
  static const std::map<std::string, int> rank = {
      {"high", 0}, {"unknown", 1}, {"medium", 2}, {"low", 3}, {"none", 4}};
  auto it = rank.find(r);
  return it == rank.end() ? 5 : it->second;
}

// Location of a SARIF location object: {file, line, snippet}.
json where(const json &loc) {
  json out = json::object();
  const json &phys = loc.contains("physicalLocation") ? loc["physicalLocation"] : loc;
  if (phys.contains("artifactLocation"))
    out["file"] = phys["artifactLocation"].value("uri", "");
  if (phys.contains("region")) {
    out["line"] = phys["region"].value("startLine", 0);
    if (phys["region"].contains("snippet"))
      out["snippet"] = phys["region"]["snippet"].value("text", "");
  }
  return out;
}

} // namespace

json summarizeAuditRepo(const AuditRun &run, const std::string &sarif, const std::string &manifest) {
  json repo = json::object();
  repo["id"] = run.id;
  repo["path"] = run.path;
  repo["state"] = run.state;
  repo["exitCode"] = run.exitCode;
  repo["seconds"] = std::round(run.seconds * 10) / 10;
  if (!run.error.empty()) repo["error"] = run.error;
  repo["sarif"] = run.sarifFile;

  std::map<std::string, size_t> byRule, byLevel;
  std::set<std::string> behaviors, capabilities;
  json findings = json::array();
  size_t total = 0;
  bool complete = run.state == "done";
  bool parsed = false;
  try {
    if (!sarif.empty()) {
      json log = json::parse(sarif);
      const json &r0 = log.at("runs").at(0);
      for (const json &inv : r0.value("invocations", json::array()))
        complete = complete && inv.value("executionSuccessful", false);
      for (const json &res : r0.value("results", json::array())) {
        if (res.contains("suppressions")) continue;
        std::string rule = res.value("ruleId", "");
        std::string level = res.value("level", "warning");
        ++total;
        ++byRule[rule];
        ++byLevel[level];
        if (rule.rfind("behavior.", 0) == 0) behaviors.insert(rule);
        if (findings.size() >= kAuditFindingsShown) continue;
        json f = json::object();
        f["rule"] = rule;
        f["level"] = level;
        f["message"] = res.contains("message") ? res["message"].value("text", "") : "";
        if (res.contains("locations") && !res["locations"].empty())
          f["at"] = where(res["locations"][0]);
        json steps = json::array();
        if (res.contains("codeFlows") && !res["codeFlows"].empty())
          for (const json &tfl : res["codeFlows"][0]["threadFlows"][0]["locations"]) {
            json s = where(tfl.value("location", json::object()));
            if (tfl.contains("location") && tfl["location"].contains("message"))
              s["message"] = tfl["location"]["message"].value("text", "");
            steps.push_back(std::move(s));
          }
        for (const json &rel : res.value("relatedLocations", json::array())) {
          json s = where(rel);
          s["message"] = rel.contains("message") ? rel["message"].value("text", "") : "";
          steps.push_back(std::move(s));
        }
        f["steps"] = std::move(steps);
        findings.push_back(std::move(f));
      }
      parsed = true;
    }
    if (!manifest.empty()) {
      json m = json::parse(manifest);
      for (const json &e : m.value("entryPoints", json::array()))
        for (const json &c : e.value("capabilities", json::array()))
          capabilities.insert(c.value("kind", ""));
    }
  } catch (const std::exception &e) {
    parsed = false;
    repo["error"] = std::string("unreadable report: ") + e.what();
  }
  auto has = [&](const char *level) { return byLevel.count(level) && byLevel.at(level) > 0; };
  std::string risk;
  if (!parsed || (!complete && total == 0))
    risk = "unknown";
  else if (has("error") || !behaviors.empty())
    risk = "high";
  else if (has("warning"))
    risk = "medium";
  else if (has("note"))
    risk = "low";
  else
    risk = "none";
  repo["risk"] = risk;
  repo["complete"] = parsed && complete;
  repo["findings"] = total;
  repo["byLevel"] = byLevel;
  repo["byRule"] = byRule;
  repo["behaviors"] = std::vector<std::string>(behaviors.begin(), behaviors.end());
  capabilities.erase("");
  repo["capabilities"] = std::vector<std::string>(capabilities.begin(), capabilities.end());
  repo["shown"] = std::move(findings);
  return repo;
}

json auditReport(std::vector<json> repos, const std::string &toolVersion) {
  std::sort(repos.begin(), repos.end(), [](const json &a, const json &b) {
    int ra = riskRank(a.value("risk", "")), rb = riskRank(b.value("risk", ""));
    if (ra != rb) return ra < rb;
    if (a.value("findings", 0) != b.value("findings", 0))
      return a.value("findings", 0) > b.value("findings", 0);
    return a.value("id", "") < b.value("id", "");
  });
  std::map<std::string, size_t> perRule, perBehavior, perCapability, perRisk;
  for (const json &r : repos) {
    if (r.contains("byRule"))  // items() of a temporary would dangle
      for (const auto &item : r["byRule"].items()) perRule[item.key()] += item.value().get<size_t>();
    for (const json &b : r.value("behaviors", json::array())) ++perBehavior[b.get<std::string>()];
    for (const json &c : r.value("capabilities", json::array()))
      ++perCapability[c.get<std::string>()];
    ++perRisk[r.value("risk", "unknown")];
  }
  json out = json::object();
  out["format"] = "sluice-audit/1";
  out["tool"] = json{{"name", "Sluice"}, {"version", toolVersion}};
  out["repositories"] = repos.size();
  out["byRisk"] = perRisk;
  out["findingsPerRule"] = perRule;
  out["reposPerBehavior"] = perBehavior;
  out["reposPerCapability"] = perCapability;
  out["repos"] = std::move(repos);
  return out;
}

} // namespace sluice::report
