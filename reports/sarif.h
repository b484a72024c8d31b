// SARIF 2.1.0 writer.
#pragma once

#include "reports/finding.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sluice::report {

/// Renders `r` as a SARIF 2.1.0 log with one run: pretty-printed (2-space
/// indent), fixed key order, trailing newline. Identical input gives
/// byte-identical output. Expects canonicalize(r) to have been called.
std::string writeSarif(const ScanResult &r);

/// One fingerprint per finding (same order as r.findings), as written to
/// partialFingerprints.primaryLocationLineHash: "<16 hex digits>:<n>".
/// The FNV-1a 64 hash covers rule id, file, function, and the sink and source
/// (first flow step) snippets with all whitespace removed - never line
/// numbers. <n> counts findings with the same hash in canonical order, from 1.
std::vector<std::string> findingFingerprints(const ScanResult &r);

/// The fingerprints the writers use: those canonicalize() stored, computed
/// only when some finding has none (a result that skipped canonicalize()).
std::vector<std::string> storedFingerprints(const ScanResult &r);

/// The evidence of a finding: a hash (16 hex digits) of its source (the
/// first flow step) and its related locations (other sources reaching the
/// same sink, a behaviour's parts), each as file, snippet without
/// whitespace and message - never line numbers. Written to the result's
/// properties as "evidenceHash".
std::string evidenceHash(const Finding &f);

/// The gate's figures (baseline counts, --changed-since, suppressions),
/// each only when used: SARIF's runs[0].properties.sluice and the JSON
/// report's summary.
nlohmann::ordered_json gateProperties(const ScanResult &r);

/// "new", "unchanged", "updated"; "" for None.
const char *baselineStateName(Finding::Baseline b);

/// FNV-1a, 64 bits: the hash of fingerprints (stable across versions).
uint64_t fnv1a64(std::string_view text);

/// Percent-encodes a path for use in a URI (keeps unreserved chars and '/').
std::string percentEncodePath(const std::string &path);

} // namespace sluice::report
