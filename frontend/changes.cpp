// --changed-since; see changes.h.
#include "frontend/changes.h"

#include "frontend/files.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"

#include <algorithm>
#include <optional>
#include <set>
#include <sstream>

namespace sluice {

namespace fs = llvm::sys::fs;

namespace {

// Runs git with `args` in `dir`; stdout into `out`, stderr into `err`.
bool runGit(const std::string &dir, const std::vector<std::string> &args, std::string &out,
            std::string &err) {
  auto git = llvm::sys::findProgramByName("git");
  if (!git) {
    err = "git is not installed (--changed-since needs it)";
    return false;
  }
  llvm::SmallString<128> outFile, errFile;
  if (fs::createTemporaryFile("sluice-git", "out", outFile) ||
      fs::createTemporaryFile("sluice-git", "err", errFile)) {
    err = "cannot create a temporary file for git's output";
    return false;
  }
  // A hostile repository's configuration must not run anything: no hooks
  // (diff runs none, but be explicit), no fsmonitor, no external diff or
  // textconv drivers, no pager.
  std::vector<std::string> argv = {*git,
                                   "--no-pager",
                                   "--no-optional-locks",
                                   "-C", dir,
                                   "-c", "core.fsmonitor=false",
                                   "-c", "core.hooksPath=/dev/null",
                                   "-c", "core.quotePath=false"};
  argv.insert(argv.end(), args.begin(), args.end());
  std::vector<llvm::StringRef> refs(argv.begin(), argv.end());
  std::optional<llvm::StringRef> redirects[] = {llvm::StringRef(""), llvm::StringRef(outFile),
                                                llvm::StringRef(errFile)};
  std::string execError;
  int rc = llvm::sys::ExecuteAndWait(*git, refs, std::nullopt, redirects, 120, 0, &execError);
  auto slurp = [](const llvm::SmallString<128> &f) {
    auto buf = llvm::MemoryBuffer::getFile(f);
    return buf ? (*buf)->getBuffer().str() : std::string();
  };
  out = slurp(outFile);
  err = slurp(errFile);
  fs::remove(outFile);
  fs::remove(errFile);
  if (rc != 0) {
    if (err.empty()) err = execError.empty() ? "git exited with " + std::to_string(rc) : execError;
    while (!err.empty() && (err.back() == '\n' || err.back() == '\r')) err.pop_back();
    return false;
  }
  return true;
}

// Unquotes a path git printed in C style ("a\tb"), or returns it as is.
std::string unquote(std::string s) {
  if (s.size() < 2 || s.front() != '"' || s.back() != '"') return s;
  std::string out;
  for (size_t i = 1; i + 1 < s.size(); ++i) {
    char c = s[i];
    if (c != '\\' || i + 2 >= s.size()) {
      out += c;
      continue;
    }
    char e = s[++i];
    switch (e) {
    case 'n': out += '\n'; break;
    case 't': out += '\t'; break;
    case '"': out += '"'; break;
    case '\\': out += '\\'; break;
    default:
      if (e >= '0' && e <= '7' && i + 2 < s.size()) {
        out += static_cast<char>(((e - '0') << 6) | ((s[i + 1] - '0') << 3) | (s[i + 2] - '0'));
        i += 2;
      } else {
        out += e;
      }
    }
  }
  return out;
}

// `path` (relative to topLevel) as Location::file: relative to root when
// under it, otherwise absolute.
std::string asReported(const std::string &topLevel, const std::string &root,
                       const std::string &path) {
  std::string abs = topLevel + "/" + path;
  std::string below = pathBelow(root, abs);
  return below.empty() ? abs : below;
}

} // namespace

void ChangedLines::add(const std::string &file, unsigned first, unsigned last) {
  lines[file].emplace_back(first, last);
}

void ChangedLines::finish() {
  for (auto &[file, ranges] : lines) {
    std::sort(ranges.begin(), ranges.end());
    std::vector<std::pair<unsigned, unsigned>> merged;
    for (const auto &r : ranges)
      if (!merged.empty() && r.first <= merged.back().second + 1)
        merged.back().second = std::max(merged.back().second, r.second);
      else
        merged.push_back(r);
    ranges = std::move(merged);
  }
}

bool ChangedLines::touches(const report::Location &l) const {
  auto it = lines.find(l.file);
  if (it == lines.end()) return false;
  const auto &ranges = it->second;
  if (!ranges.empty() && ranges.front().first == 0) return true;  // the whole file
  unsigned first = l.line, last = std::max(l.line, l.endLine);
  // The first range ending at or after `first`: does it start by `last`?
  auto r = std::lower_bound(ranges.begin(), ranges.end(), first,
                            [](const std::pair<unsigned, unsigned> &x, unsigned v) {
                              return x.second < v;
                            });
  return r != ranges.end() && r->first <= last;
}

void parseUnifiedDiff(const std::string &diff, const std::string &topLevel,
                      const std::string &root, ChangedLines &out) {
  std::istringstream in(diff);
  std::string line, file;
  // File names come only from a file's header (between "diff --git" and
  // its first hunk); a hunk's body is skipped by its line counts, so added
  // code that starts with "++ " is never taken for a header.
  bool header = false;
  unsigned long oldLeft = 0, newLeft = 0;
  while (std::getline(in, line)) {
    if (oldLeft || newLeft) {
      // Inside a hunk: '-' old only, '+' new only, ' ' both; "\ No newline
      // at end of file" neither.
      char c = line.empty() ? ' ' : line[0];
      if (c == '-' && oldLeft) {
        --oldLeft;
      } else if (c == '+' && newLeft) {
        --newLeft;
      } else if (c == ' ') {
        if (oldLeft) --oldLeft;
        if (newLeft) --newLeft;
      } else if (c != '\\') {
        oldLeft = newLeft = 0;  // not a hunk line after all: read it as a header
      }
      if (oldLeft || newLeft || c == '-' || c == '+' || c == ' ' || c == '\\') continue;
    }
    if (line.rfind("diff --git ", 0) == 0) {
      header = true;
      file.clear();
      continue;
    }
    if (header && line.rfind("+++ ", 0) == 0) {
      std::string p = line.substr(4);
      // Git ends a header name that has spaces with a TAB.
      if (p.empty() || p.front() != '"')
        while (!p.empty() && p.back() == '\t') p.pop_back();
      p = unquote(p);
      file = p == "/dev/null" ? std::string() : asReported(topLevel, root, p.substr(p.find('/') + 1));
      continue;
    }
    if (line.rfind("@@ ", 0) != 0) continue;
    header = false;
    // "@@ -a[,b] +c[,d] @@": lines c .. c+d-1 of the new file changed; d = 0
    // is a deletion after line c, which marks its neighbours c and c+1 (a
    // removed check changes the lines around it).
    size_t minus = line.find(" -"), plus = line.find(" +");
    if (plus == std::string::npos || minus == std::string::npos) continue;
    unsigned long oldCount = 1;
    size_t oldComma = line.find(',', minus);
    if (oldComma != std::string::npos && oldComma < plus)
      oldCount = std::strtoul(line.c_str() + oldComma + 1, nullptr, 10);
    unsigned long start = std::strtoul(line.c_str() + plus + 2, nullptr, 10);
    unsigned long count = 1;
    size_t comma = line.find(',', plus);
    size_t end = line.find(' ', plus + 2);
    if (comma != std::string::npos && comma < end)
      count = std::strtoul(line.c_str() + comma + 1, nullptr, 10);
    oldLeft = oldCount;
    newLeft = count;
    if (file.empty()) continue;
    if (start > 0xfffffff0ul || count > 0xfffffff0ul - start) continue;  // not a line number
    if (count == 0)
      out.add(file, static_cast<unsigned>(start ? start : 1), static_cast<unsigned>(start + 1));
    else
      out.add(file, static_cast<unsigned>(start), static_cast<unsigned>(start + count - 1));
  }
  out.finish();
}

bool changedLinesSince(const std::string &root, const std::string &ref, ChangedLines &out,
                       std::string &error) {
  std::string top, err;
  if (ref.empty() || ref[0] == '-') {
    error = "--changed-since needs a git reference (a branch, tag or commit), not '" + ref + "'";
    return false;
  }
  if (!runGit(root, {"rev-parse", "--show-toplevel"}, top, err)) {
    error = "--changed-since: " + root + " is not in a git work tree: " + err;
    return false;
  }
  while (!top.empty() && (top.back() == '\n' || top.back() == '\r')) top.pop_back();
  top = realPathOr(top);
  std::string realRoot = realPathOr(root);

  // The changes of this branch: against the merge base with the reference,
  // so what the reference gained meanwhile is not counted as changed.
  std::string base;
  if (!runGit(root, {"rev-parse", "--verify", "--quiet", ref + "^{commit}"}, base, err)) {
    error = "--changed-since: unknown git reference '" + ref + "'" + (err.empty() ? "" : ": " + err);
    return false;
  }
  std::string mergeBase;
  if (runGit(root, {"merge-base", ref, "HEAD"}, mergeBase, err)) base = mergeBase;
  while (!base.empty() && (base.back() == '\n' || base.back() == '\r')) base.pop_back();

  // A working-tree diff runs the clean filters the repository's
  // configuration names (.gitattributes "filter=x", filter.x.clean = any
  // command): every filter configured is switched off for this call.
  // Reading the configuration runs nothing.
  std::vector<std::string> args;
  std::string filters;
  runGit(root, {"config", "--null", "--name-only", "--get-regexp", "^filter\\."}, filters, err);
  std::set<std::string> names;
  for (size_t at = 0; at < filters.size();) {
    size_t z = filters.find('\0', at);
    std::string key = filters.substr(at, z == std::string::npos ? std::string::npos : z - at);
    at = z == std::string::npos ? filters.size() : z + 1;
    size_t dot = key.rfind('.');
    if (key.rfind("filter.", 0) == 0 && dot != std::string::npos && dot > 7)
      names.insert(key.substr(7, dot - 7));
  }
  for (const std::string &n : names)
    for (const char *var : {"clean", "smudge", "process"}) {
      args.push_back("-c");
      args.push_back("filter." + n + "." + var + "=");
    }
  for (const char *a : {"diff", "--no-color", "--no-ext-diff", "--no-textconv", "--no-relative",
                        "--unified=0", "--src-prefix=a/", "--dst-prefix=b/"})
    args.push_back(a);
  args.push_back(base);
  args.push_back("--");
  std::string diff;
  if (!runGit(root, args, diff, err)) {
    error = "--changed-since: git diff failed: " + err;
    return false;
  }
  parseUnifiedDiff(diff, top, realRoot, out);

  // Files git does not track yet are new as a whole.
  std::string untracked;
  if (!runGit(root, {"ls-files", "--others", "--exclude-standard", "--full-name", "-z"}, untracked,
              err)) {
    error = "--changed-since: git ls-files failed: " + err;
    return false;
  }
  size_t start = 0;
  while (start < untracked.size()) {
    size_t end = untracked.find('\0', start);
    if (end == std::string::npos) end = untracked.size();
    if (end > start) out.add(asReported(top, realRoot, untracked.substr(start, end - start)), 0, 0);
    start = end + 1;
  }
  out.finish();
  return true;
}

void keepFindingsTouching(report::ScanResult &r, const ChangedLines &changes,
                          const std::string &ref) {
  std::vector<report::Finding> kept;
  size_t outside = 0;
  for (report::Finding &f : r.findings) {
    bool touches = changes.touches(f.location);
    for (const report::FlowStep &s : f.flow) touches = touches || changes.touches(s.location);
    for (const report::RelatedLocation &rl : f.related)
      touches = touches || changes.touches(rl.location);
    if (touches)
      kept.push_back(std::move(f));
    else
      ++outside;
  }
  r.findings = std::move(kept);
  r.changes.ref = ref;
  r.changes.outside = outside;
}

} // namespace sluice
