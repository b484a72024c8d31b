// In-source suppressions; see suppressions.h.
#include "reports/suppressions.h"

#include <cctype>
#include <map>
#include <set>

namespace sluice::report {

namespace {

constexpr std::string_view kMarker = "sluice-ignore";

bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

std::string trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && isBlank(s[b])) ++b;
  while (e > b && isBlank(s[e - 1])) --e;
  return std::string(s.substr(b, e - b));
}

// Parses the text after the marker, up to the end of the comment on this
// line: "[id, id]: reason".
void parseBody(std::string_view body, SuppressionComment &out) {
  size_t i = 0;
  if (i >= body.size() || body[i] != '[') {
    out.problem = "expected '[rule-id]' right after 'sluice-ignore'";
    return;
  }
  size_t close = body.find(']', i);
  if (close == std::string_view::npos) {
    out.problem = "the rule list has no closing ']'";
    return;
  }
  std::string_view list = body.substr(i + 1, close - i - 1);
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    std::string id = trim(list.substr(start, comma == std::string_view::npos ? std::string_view::npos
                                                                           : comma - start));
    if (id.empty()) {
      out.problem = "an empty rule id in 'sluice-ignore[...]'";
      return;
    }
    out.rules.push_back(std::move(id));
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  std::string_view rest = body.substr(close + 1);
  size_t j = 0;
  while (j < rest.size() && isBlank(rest[j])) ++j;
  if (j < rest.size() && rest[j] == ':') out.reason = trim(rest.substr(j + 1));
  if (out.reason.empty())
    out.problem = "a suppression needs a reason: 'sluice-ignore[rule-id]: why this is safe'";
}

// Where a source file's text is: code, a comment, or a literal.
enum class State { Code, LineComment, BlockComment, String, Char, RawString };

} // namespace

bool ruleGlobMatches(std::string_view p, std::string_view s) {
  // Iterative glob with one backtrack point: linear in practice.
  size_t pi = 0, si = 0, star = std::string_view::npos, mark = 0;
  while (si < s.size()) {
    if (pi < p.size() && p[pi] == '*') {
      star = pi++;
      mark = si;
    } else if (pi < p.size() && p[pi] == s[si]) {
      ++pi;
      ++si;
    } else if (star != std::string_view::npos) {
      pi = star + 1;
      si = ++mark;
    } else {
      return false;
    }
  }
  while (pi < p.size() && p[pi] == '*') ++pi;
  return pi == p.size();
}

std::vector<SuppressionComment> findSuppressionComments(std::string_view text) {
  std::vector<SuppressionComment> out;
  State state = State::Code;
  unsigned line = 1;
  size_t lineStart = 0;
  std::string rawEnd;               // ")delim\"" of a raw string
  bool codeBefore = false;          // non-blank code before the comment on its line

  // Looks for the marker in the comment text [from, to) on the current line.
  auto scanComment = [&](size_t from, size_t to, bool closesHere) {
    std::string_view c = text.substr(from, to - from);
    size_t at = c.find(kMarker);
    if (at == std::string_view::npos) return;
    SuppressionComment s;
    s.line = line;
    s.column = static_cast<unsigned>(from + at - lineStart + 1);
    parseBody(c.substr(at + kMarker.size()), s);
    // Alone on its line: blank before the comment and, for a block comment
    // closed on this line, blank after it.
    bool alone = !codeBefore;
    if (alone && closesHere) {
      size_t k = to + 2;
      while (k < text.size() && text[k] != '\n' && isBlank(text[k])) ++k;
      alone = k >= text.size() || text[k] == '\n';
    }
    s.aloneOnLine = alone;
    out.push_back(std::move(s));
  };

  size_t segment = 0;  // start of the comment text on the current line
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    char next = i + 1 < text.size() ? text[i + 1] : '\0';
    if (c == '\n') {
      if (state == State::LineComment) {
        // A backslash at the end of a line comment continues it.
        bool continued = i > 0 && text[i - 1] == '\\';
        scanComment(segment, i, false);
        if (!continued) state = State::Code;
      } else if (state == State::BlockComment) {
        scanComment(segment, i, false);
      } else if (state == State::String || state == State::Char) {
        if (!(i > 0 && text[i - 1] == '\\')) state = State::Code;  // unterminated literal
      }
      ++line;
      lineStart = i + 1;
      segment = i + 1;
      codeBefore = false;
      continue;
    }
    switch (state) {
    case State::Code:
      if (c == '/' && next == '/') {
        state = State::LineComment;
        segment = i + 2;
        ++i;
      } else if (c == '/' && next == '*') {
        state = State::BlockComment;
        segment = i + 2;
        ++i;
      } else if (c == '"') {
        // R"delim( ... )delim" (also u8R, LR, uR, UR).
        if (i > 0 && text[i - 1] == 'R') {
          size_t open = text.find('(', i + 1);
          if (open != std::string_view::npos && open - i - 1 <= 16) {
            rawEnd = ")" + std::string(text.substr(i + 1, open - i - 1)) + "\"";
            state = State::RawString;
            i = open;
            break;
          }
        }
        state = State::String;
        codeBefore = true;
      } else if (c == '\'') {
        // A digit separator (1'000) is not a character literal.
        if (!(i > 0 && std::isalnum(static_cast<unsigned char>(text[i - 1])) &&
              std::isalnum(static_cast<unsigned char>(next))))
          state = State::Char;
        codeBefore = true;
      } else if (!isBlank(c)) {
        codeBefore = true;
      }
      break;
    case State::LineComment:
      break;
    case State::BlockComment:
      if (c == '*' && next == '/') {
        scanComment(segment, i, true);
        state = State::Code;
        ++i;
        codeBefore = true;  // code after a closed comment counts as code
      }
      break;
    case State::String:
    case State::Char:
      if (c == '\\' && next == '\n') {
        // A line continued inside a literal: the next line still counts.
        ++i;
        ++line;
        lineStart = segment = i + 1;
        codeBefore = true;
      } else if (c == '\\') {
        ++i;
      } else if (c == (state == State::String ? '"' : '\'')) {
        state = State::Code;
      }
      break;
    case State::RawString:
      if (text.compare(i, rawEnd.size(), rawEnd) == 0) {
        i += rawEnd.size() - 1;
        state = State::Code;
      }
      break;
    }
  }
  if (state == State::LineComment || state == State::BlockComment)
    scanComment(segment, text.size(), false);
  return out;
}

void applySuppressions(ScanResult &r, const SourceReader &read) {
  std::set<std::string> files(r.analyzedFiles.begin(), r.analyzedFiles.end());
  files.insert(r.sourceFiles.begin(), r.sourceFiles.end());
  for (const Finding &f : r.findings)
    if (!f.location.file.empty()) files.insert(f.location.file);

  std::vector<std::string> ruleIds;
  for (const RuleInfo &rule : r.rules) ruleIds.push_back(rule.id);

  // Findings by file and line, so each comment finds its candidates.
  std::map<std::pair<std::string, unsigned>, std::vector<size_t>> byLine;
  for (size_t i = 0; i < r.findings.size(); ++i)
    byLine[{r.findings[i].location.file, r.findings[i].location.line}].push_back(i);

  auto note = [&](const std::string &id, Level level, const std::string &file,
                  const SuppressionComment &s, std::string message) {
    Notification n;
    n.id = id;
    n.level = level;
    n.message = std::move(message);
    n.location.file = file;
    n.location.line = s.line;
    n.location.column = s.column;
    r.notifications.push_back(std::move(n));
  };

  for (const std::string &file : files) {
    std::optional<std::string> text = read(file);
    if (!text || text->find(kMarker) == std::string::npos) continue;
    for (SuppressionComment &s : findSuppressionComments(*text)) {
      if (s.problem.empty())
        for (const std::string &p : s.rules) {
          bool known = false;
          for (const std::string &id : ruleIds) known = known || ruleGlobMatches(p, id);
          if (!known) {
            s.problem = "'" + p + "' names no enabled rule (see 'sluice rules list')";
            break;
          }
        }
      if (!s.problem.empty()) {
        // A malformed comment is a mistake; a rule that is off (or
        // misspelt) leaves its findings visible anyway, so a note will do.
        note("invalid-suppression", s.rules.empty() || !s.reason.empty() ? Level::Note : Level::Warning,
             file, s,
             "this sluice-ignore comment suppresses nothing: " + s.problem);
        continue;
      }
      bool used = false;
      auto tryLine = [&](unsigned line) {
        auto it = byLine.find({file, line});
        if (it == byLine.end()) return;
        for (size_t i : it->second) {
          Finding &f = r.findings[i];
          bool matches = false;
          for (const std::string &p : s.rules) matches = matches || ruleGlobMatches(p, f.ruleId);
          if (!matches) continue;
          used = true;
          if (f.suppressed) continue;  // the first comment (in line order) gives the reason
          f.suppressed = true;
          f.suppressionReason = s.reason;
          f.suppressionLocation.file = file;
          f.suppressionLocation.line = s.line;
          f.suppressionLocation.column = s.column;
        }
      };
      tryLine(s.line);
      if (s.aloneOnLine) tryLine(s.line + 1);
      if (!used) {
        std::string list;
        for (const std::string &p : s.rules) list += (list.empty() ? "" : ",") + p;
        note("unused-suppression", Level::Note, file, s,
             "sluice-ignore[" + list + "] matches no finding on this line" +
                 (s.aloneOnLine ? " or the next" : "") + "; remove it if the code changed");
      }
    }
  }
  canonicalize(r);
}

} // namespace sluice::report
