// SARIF 2.1.0 writer.
#pragma once

#include "reports/finding.h"

#include <string>
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

/// Percent-encodes a path for use in a URI (keeps unreserved chars and '/').
std::string percentEncodePath(const std::string &path);

} // namespace sluice::report
