// The combined report of `sluice audit`: one summary per repository (from
// its SARIF and capability manifest), the totals across repositories, and
// one self-contained HTML page (no network) a reviewer can read.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace sluice::report {

/// How one repository's scan ended, as `sluice audit` records it.
struct AuditRun {
  std::string id;            // folder name under repos/
  std::string path;          // the repository as listed
  std::string state;         // "done", "failed", "timeout"
  int exitCode = -1;         // the scan's exit code (-1: none)
  double seconds = 0;
  std::string error;         // why it failed, when it did
  std::string sarifFile;     // relative to the report's folder
};

/// Findings shown per repository in the HTML page (all are counted).
constexpr size_t kAuditFindingsShown = 200;

/// The summary of one repository: counts by rule and level, behaviours,
/// capability kinds, a risk level ("high": an error-level finding or a
/// behaviour; "medium": warnings; "low": notes; "none"; "unknown": the scan
/// failed or was incomplete), and up to kAuditFindingsShown findings with
/// their flows. `sarif` and `manifest` are the texts the scan wrote (empty
/// when missing); a malformed one makes the repository "unknown".
nlohmann::ordered_json summarizeAuditRepo(const AuditRun &run, const std::string &sarif,
                                          const std::string &manifest);

/// The combined report: repositories sorted by risk then id, and totals
/// (findings per rule, repositories per behaviour and per capability).
nlohmann::ordered_json auditReport(std::vector<nlohmann::ordered_json> repos,
                                   const std::string &toolVersion);

/// One HTML page holding `report` and the code to show it: a risk table,
/// per repository its capabilities, behaviours and findings with flows on
/// the code, and bar charts across repositories. No external resources.
std::string auditHtml(const nlohmann::ordered_json &report);

} // namespace sluice::report
