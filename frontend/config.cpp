// .sluice.yml; see config.h.
#include "frontend/config.h"

#include "frontend/files.h"

#include "reports/finding.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <array>

namespace sluice {

namespace path = llvm::sys::path;

namespace {

/// Longer path globs are refused: matching is quadratic in the glob's and
/// the path's lengths, and no real exclusion comes near this.
constexpr size_t kMaxGlob = 4096;

class ConfigBuilder {
public:
  ConfigBuilder(const std::string &file, std::vector<RuleError> &errors)
      : file_(file), errors_(errors) {}

  void document(const YNode &doc, ScanConfig &out) {
    if (doc.kind == YNode::Null) return;  // an empty file is a valid, empty configuration
    if (doc.kind != YNode::Mapping) {
      error(doc, "a .sluice.yml file is a mapping with the keys paths, rules, fail-on, "
                 "baseline, compile-commands and cache");
      return;
    }
    for (const auto &[k, v] : doc.entries) {
      if (k.value == "paths") {
        mapping(v, "paths", {"include", "exclude"}, [&](const std::string &key, const YNode &val) {
          for (const std::string &s : strings(val, "paths." + key)) {
            if (s.size() > kMaxGlob) {
              error(val, "paths." + key + ": a path or glob is at most " +
                             std::to_string(kMaxGlob) + " characters");
              continue;
            }
            (key == "include" ? out.include : out.exclude)
                .push_back(key == "include" ? absolute(s, &val) : s);
          }
        });
      } else if (k.value == "rules") {
        mapping(v, "rules", {"enable", "disable", "folders"},
                [&](const std::string &key, const YNode &val) {
                  for (const std::string &s : strings(val, "rules." + key)) {
                    if (key == "enable") out.enable.push_back(s);
                    else if (key == "disable") out.disable.push_back(s);
                    else out.ruleFolders.push_back(absolute(s, &val));
                  }
                });
      } else if (k.value == "fail-on") {
        std::string s = scalar(v, "fail-on");
        report::Level level;
        if (s != "none" && !report::parseLevel(s, level))
          error(v, "fail-on is one of none, note, warning, error; found '" + s + "'");
        else
          out.failOn = s;
      } else if (k.value == "baseline") {
        out.baseline = absolute(scalar(v, "baseline"), &v);
      } else if (k.value == "compile-commands") {
        out.compileCommands = absolute(scalar(v, "compile-commands"), &v);
      } else if (k.value == "cache") {
        out.cache = absolute(scalar(v, "cache"), &v);
      } else {
        error(k, "unknown key '" + k.value +
                     "' (expected paths, rules, fail-on, baseline, compile-commands or cache)");
      }
    }
  }

private:
  template <typename F>
  void mapping(const YNode &n, const std::string &name, std::initializer_list<const char *> keys,
               F each) {
    if (n.kind != YNode::Mapping) {
      error(n, name + " is a mapping");
      return;
    }
    for (const auto &[k, v] : n.entries) {
      bool known = false;
      std::string list;
      for (const char *key : keys) {
        known = known || k.value == key;
        list += (list.empty() ? "" : ", ") + std::string(key);
      }
      if (!known)
        error(k, "unknown key '" + k.value + "' under " + name + " (expected " + list + ")");
      else
        each(k.value, v);
    }
  }

  // A list of strings, or one string.
  std::vector<std::string> strings(const YNode &n, const std::string &name) {
    std::vector<std::string> out;
    if (n.kind == YNode::Scalar) {
      out.push_back(n.value);
    } else if (n.kind == YNode::Sequence) {
      for (const YNode &item : n.items) {
        if (item.kind != YNode::Scalar || item.value.empty())
          error(item, name + " lists strings");
        else
          out.push_back(item.value);
      }
    } else {
      error(n, name + " is a string or a list of strings");
    }
    return out;
  }

  std::string scalar(const YNode &n, const std::string &name) {
    if (n.kind != YNode::Scalar || n.value.empty()) {
      error(n, name + " is a non-empty string");
      return {};
    }
    return n.value;
  }

  // A path the configuration names, made absolute. It must stay inside the
  // configuration's folder: the file comes with the code it configures,
  // which may be hostile, so it may not point Sluice's rules, cache or
  // baseline elsewhere (flags can).
  std::string absolute(const std::string &p, const YNode *at = nullptr) {
    if (p.empty()) return p;
    std::string dir(path::parent_path(file_));
    std::string abs = absolutePath(dir, p);
    if (at && abs != dir && pathBelow(dir, abs).empty())
      error(*at, "'" + p + "' is outside the folder of this file; give it on the command line "
                 "instead");
    return abs;
  }

  void error(const YNode &n, const std::string &msg) {
    errors_.push_back({file_, n.line, n.column, msg});
  }

  const std::string &file_;
  std::vector<RuleError> &errors_;
};

// Segment-aware glob match of the whole of `p`: '*' and '?' stay within a
// path segment, '**' matches any run (slashes included) and "**/" any number
// of leading directories. Dynamic programming from the end of the glob: each
// (glob position, path position) cell is O(1), so O(|g| * |p|) time and
// O(|p|) memory (a memoised recursion that tried every split was cubic: the
// config fuzzer's 7 KB glob of stars took seconds).
bool globMatchesWhole(const std::string &g, const std::string &p) {
  const size_t n = p.size();
  // rows[gi % 4][pi]: does g[gi..] match p[pi..]? A cell reads the rows of
  // gi + 1 to gi + 3 and its own row one character on.
  std::array<std::vector<char>, 4> rows;
  for (auto &r : rows) r.assign(n + 1, 0);
  auto at = [&](size_t gi) -> std::vector<char> & { return rows[gi % 4]; };
  std::vector<char> skip(n + 1, 0);  // "**/": some run ending in '/', then the rest
  for (size_t gi = g.size() + 1; gi-- > 0;) {
    std::vector<char> &cur = at(gi);
    for (size_t pi = n + 1; pi-- > 0;) {
      bool r;
      if (gi == g.size()) {
        r = pi == n;
      } else if (g.compare(gi, 2, "**") == 0) {
        size_t next = gi + 2;
        if (next < g.size() && g[next] == '/') {  // zero directories, or up to some '/'
          skip[pi] = pi < n && ((p[pi] == '/' && at(next + 1)[pi + 1]) || skip[pi + 1]);
          r = at(next + 1)[pi] || skip[pi];
        } else
          r = at(next)[pi] || (pi < n && cur[pi + 1]);
      } else if (g[gi] == '*') {
        r = at(gi + 1)[pi] || (pi < n && p[pi] != '/' && cur[pi + 1]);
      } else {
        r = pi < n && (g[gi] == '?' ? p[pi] != '/' : g[gi] == p[pi]) && at(gi + 1)[pi + 1];
      }
      cur[pi] = r;
    }
  }
  return at(0)[0];
}

} // namespace

bool pathGlobMatches(const std::string &glob, const std::string &p) {
  std::string g = glob;
  if (g.rfind("./", 0) == 0) g = g.substr(2);
  while (g.size() > 1 && g.back() == '/') g.pop_back();
  if (g.empty()) return false;
  // A glob that names a directory covers everything below it.
  return globMatchesWhole(g, p) || globMatchesWhole(g + "/**", p);
}

bool parseConfig(const std::string &text, const std::string &file, ScanConfig &out,
                 std::vector<RuleError> &errors) {
  size_t before = errors.size();
  std::vector<YNode> docs;
  if (!parseYaml(text, file, docs, errors)) return false;
  if (docs.size() > 1) {
    errors.push_back({file, docs[1].line, docs[1].column, "a .sluice.yml file holds one document"});
    return false;
  }
  out.file = file;
  out.directory = std::string(path::parent_path(file));
  ConfigBuilder b(file, errors);
  for (const YNode &d : docs) b.document(d, out);
  return errors.size() == before;
}

bool loadConfig(const std::string &file, ScanConfig &out, std::vector<RuleError> &errors) {
  // Never block on a FIFO or read a device a hostile tree put there.
  std::string why;
  std::optional<std::string> text = readRegularFile(file, 16u << 20, why);
  if (!text) {
    errors.push_back({file, 0, 0, "cannot read the configuration: " + why});
    return false;
  }
  return parseConfig(*text, file, out, errors);
}

} // namespace sluice
