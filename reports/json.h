// Sluice's own JSON report: the scan result as plain, stable JSON.
#pragma once

#include "reports/finding.h"

#include <string>

namespace sluice::report {

/// Renders `r` as JSON, pretty-printed (2-space indent), keys in the fixed
/// order shown, trailing newline. Expects canonicalize(r) to have run.
/// Every key is always present (empty string / 0 / [] when unknown).
///
///   {
///     "format": "sluice-json", "formatVersion": 1,
///     "tool": {"name": "Sluice", "version": "0.1.0"},
///     "srcRoot": "/abs/root",
///     "summary": {
///       "findings": 3,
///       "byLevel": {"error": 1, "warning": 2, "note": 0, "none": 0},
///       "byRule": {"<rule id>": 2, ...},          // sorted by rule id
///       "analyzedFiles": 5, "filesFailed": 1,
///       "notifications": 1, "executionSuccessful": true
///     },
///     "rules": [{"id", "name", "shortDescription", "defaultLevel",
///                "cwes": [78], "securitySeverity": "9.8"}],
///     "findings": [{
///       "ruleId", "level", "message",
///       "location": LOCATION, "function", "sourceKind", "sinkKind",
///       "fingerprint": "<hex>:<n>",               // as in SARIF
///       "flow": [{"kind", "message", "location": LOCATION}],   // source first
///       "related": [{"message", "location": LOCATION}]
///     }],
///     "notifications": [{"id", "level", "message", "location": LOCATION}],
///     "analyzedFiles": ["src/a.c", ...]
///   }
///
/// LOCATION = {"file", "line", "column", "endLine", "endColumn", "snippet"};
/// file is relative to srcRoot when under it; numbers are 1-based, 0 = unknown.
/// Levels are "none", "note", "warning", "error".
std::string writeJson(const ScanResult &r);

} // namespace sluice::report
