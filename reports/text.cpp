// Compiler-style plain-text report; see text.h for the format.
#include "reports/text.h"

#include <fmt/format.h>

namespace sluice::report {

namespace {

// Text from the scanned code (file names, snippets in messages) may hold
// control characters: a file named "\e]52;...\a.c" would write to a
// terminal's clipboard. They are shown escaped (C0, DEL, and C1 as UTF-8).
std::string printable(const std::string &in, bool keepNewlines = false) {
  static const char digits[] = "0123456789abcdef";
  std::string out;
  for (size_t i = 0; i < in.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(in[i]);
    unsigned char next = i + 1 < in.size() ? static_cast<unsigned char>(in[i + 1]) : 0;
    if ((c < 0x20 && c != '\t' && !(keepNewlines && c == '\n')) || c == 0x7f) {
      out += "\\x";
      out += digits[c >> 4];
      out += digits[c & 0xf];
    } else if (c == 0xc2 && next >= 0x80 && next <= 0x9f) {
      out += "\\u00";
      out += digits[next >> 4];
      out += digits[next & 0xf];
      ++i;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

// "path:line:col:" with unknown parts left out; `noFile` stands in for an
// empty path.
std::string where(const Location &l, const char *noFile = "<unknown>") {
  std::string s = l.file.empty() ? noFile : printable(l.file);
  if (l.line) {
    s += ':' + std::to_string(l.line);
    if (l.column) s += ':' + std::to_string(l.column);
  }
  return s + ':';
}

// ANSI styles, empty without colour.
struct Style {
  bool on;
  std::string bold(const std::string &s) const { return on ? "\033[1m" + s + "\033[0m" : s; }
  std::string dim(const std::string &s) const { return on ? "\033[2m" + s + "\033[0m" : s; }
  std::string severity(Level l, const std::string &word) const {
    if (!on) return word;
    const char *c = l == Level::Error ? "\033[1;31m" : l == Level::Warning ? "\033[1;35m" : "\033[1;36m";
    return c + word + "\033[0m";
  }
};

// Suppressed findings and those already in the baseline are not shown.
bool isShown(const Finding &f) {
  return !f.suppressed && f.baselineState != Finding::Baseline::Unchanged;
}

// Compiler diagnostic words; "none" is not one, so it is shown as a note.
const char *severityWord(Level l) { return l == Level::None ? "note" : levelName(l); }

// "1 file", "2 files".
std::string count(size_t n, const std::string &singular, const std::string &plural) {
  return std::to_string(n) + ' ' + (n == 1 ? singular : plural);
}

std::string summary(const ScanResult &r) {
  size_t byLevel[4] = {0, 0, 0, 0};  // indexed by Level
  size_t shown = 0, suppressed = 0;
  for (const Finding &f : r.findings) {
    if (f.suppressed) ++suppressed;
    if (!isShown(f)) continue;
    ++shown;
    ++byLevel[static_cast<int>(f.level)];
  }

  std::string s = "sluice: ";
  const char *what = r.baseline.file.empty() ? "finding"
                     : r.baseline.updated  ? "new or updated finding"
                                           : "new finding";
  if (!shown) {
    s += r.baseline.file.empty() ? "no findings" : "no new findings";
  } else {
    s += count(shown, what, std::string(what) + "s");
    std::string parts;
    const std::pair<Level, const char *> order[] = {
        {Level::Error, "error"}, {Level::Warning, "warning"}, {Level::Note, "note"}, {Level::None, "none"}};
    for (auto [level, word] : order) {
      size_t n = byLevel[static_cast<int>(level)];
      if (!n) continue;
      if (!parts.empty()) parts += ", ";
      parts += level == Level::None ? std::to_string(n) + " none"
                                    : count(n, word, std::string(word) + "s");
    }
    s += " (" + parts + ")";
  }
  s += " in " + count(r.analyzedFiles.size(), "file", "files");
  if (!r.baseline.file.empty())
    s += fmt::format("; baseline {}: {} updated (another source or part), {} unchanged, {} fixed",
                     r.baseline.file, r.baseline.updated, r.baseline.unchanged, r.baseline.absent);
  if (!r.changes.ref.empty())
    s += fmt::format("; {} outside the changes since {}", count(r.changes.outside, "finding", "findings"),
                     r.changes.ref);
  if (suppressed) s += "; " + std::to_string(suppressed) + " suppressed in the source";
  if (r.filesFailed)
    s += "; " + count(r.filesFailed, "file", "files") + " could not be fully analyzed";
  if (!r.notifications.empty())
    s += "; " + count(r.notifications.size(), "tool notification", "tool notifications");
  if (!r.executionSuccessful) s += "; the scan did not complete successfully";
  return s + '\n';
}

} // namespace

std::string writeText(const ScanResult &r, bool color) {
  const Style st{color};
  std::string out;
  for (const Finding &f : r.findings) {
    if (!isShown(f)) continue;
    out += st.bold(where(f.location)) + ' ' + st.severity(f.level, std::string(severityWord(f.level)) + ":") +
            ' ' + st.bold(printable(f.message)) + ' ' + st.dim("[" + printable(f.ruleId) + "]");
    if (f.baselineState == Finding::Baseline::Updated) out += " (in the baseline, with other sources)";
    out += '\n';
    const size_t steps = f.flow.size();
    for (size_t i = 0; i < steps; ++i) {
      const FlowStep &step = f.flow[i];
      out += st.bold(where(step.location)) + ' ' + st.severity(Level::Note, "note:") + " step " +
             std::to_string(i + 1) + '/' + std::to_string(steps);
      if (!step.kind.empty()) out += " (" + step.kind + ')';
      out += ": " + printable(step.message) + '\n';
    }
    for (const RelatedLocation &rel : f.related)
      out += st.bold(where(rel.location)) + ' ' + st.severity(Level::Note, "note:") + ' ' + printable(rel.message) + '\n';
  }
  for (const Notification &n : r.notifications)
    out += st.bold(where(n.location, "sluice")) + ' ' +
           st.severity(n.level, std::string(severityWord(n.level)) + ":") + ' ' + printable(n.message, true) + ' ' +
           st.dim("[" + n.id + "]") + '\n';
  out += summary(r);
  return out;
}

} // namespace sluice::report
