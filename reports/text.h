// Compiler-style plain-text report.
#pragma once

#include "reports/finding.h"

#include <string>

namespace sluice::report {

/// Renders `r` in the style of compiler diagnostics, one clickable line each:
///
///   src/a.c:12:5: warning: message [rule-id]
///   src/a.c:3:14: note: step 1/2 (source): untrusted data enters from 'getenv'
///   src/a.c:12:5: note: step 2/2 (sink): ...
///   src/a.c:10:3: note: <related location message>
///   src/b.c: error: message [notification-id]
///   sluice: 1 finding (1 warning) in 2 files; 1 file could not be fully analyzed
///
/// Line and column are left out when unknown (0). Findings and notifications
/// of level "none" are shown as "note". Suppressed findings and those
/// unchanged against a baseline are counted in the summary, not shown.
/// With `color`, ANSI colours as compilers use them on a terminal (bold
/// locations, red errors, magenta warnings, cyan notes). Expects
/// canonicalize(r) to have run.
std::string writeText(const ScanResult &r, bool color = false);

} // namespace sluice::report
