// Baselines; see baseline.h.
#include "reports/baseline.h"
#include "reports/sarif.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

namespace sluice::report {

namespace {

using nlohmann::json;

constexpr const char *kHeader = "# sluice baseline 1";

// 16 hex digits: an FNV-1a hash as hex64 writes it.
bool isHash(const std::string &s) {
  return s.size() == 16 && std::all_of(s.begin(), s.end(), [](char c) {
           return std::isxdigit(static_cast<unsigned char>(c)) != 0;
         });
}

// "<hash>:<count>", the count at most 9 digits.
bool isFingerprint(const std::string &s) {
  size_t colon = s.find(':');
  if (colon != 16 || !isHash(s.substr(0, 16))) return false;
  std::string count = s.substr(colon + 1);
  return !count.empty() && count.size() <= 9 &&
         std::all_of(count.begin(), count.end(),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
}

std::string at(const std::string &file, size_t line) {
  return file + ":" + std::to_string(line) + ": ";
}

bool parseText(const std::string &text, const std::string &file, std::vector<BaselineEntry> &out,
               std::string &error) {
  std::istringstream in(text);
  std::string line;
  size_t number = 0;
  bool header = false;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!header) {
      if (line != kHeader) {
        error = at(file, number) + "not a Sluice baseline (expected the first line '" + kHeader +
                "', or a SARIF log; write one with 'sluice scan --write-baseline FILE')";
        return false;
      }
      header = true;
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    BaselineEntry e;
    fields >> e.fingerprint >> e.ruleId;
    if (!isFingerprint(e.fingerprint)) {
      error = at(file, number) + "expected a fingerprint (16 hex digits, ':', a count), found '" +
              e.fingerprint + "'";
      return false;
    }
    if (e.ruleId.empty()) {
      error = at(file, number) + "the fingerprint is not followed by a rule id";
      return false;
    }
    std::string third;
    fields >> third;
    if (isHash(third)) e.evidence = third;
    out.push_back(std::move(e));
  }
  if (!header) {
    error = at(file, 1) + "empty file: not a Sluice baseline";
    return false;
  }
  return true;
}

// Line of a byte offset, for JSON syntax errors.
size_t lineOf(const std::string &text, size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + static_cast<size_t>(std::count(text.begin(), text.begin() + static_cast<long>(offset), '\n'));
}

bool sarifResults(const json &log, const std::string &file, std::vector<BaselineEntry> &out,
                  std::string &error);

bool parseSarif(const std::string &text, const std::string &file, std::vector<BaselineEntry> &out,
                std::string &error) {
  json log;
  try {
    log = json::parse(text);
  } catch (const json::parse_error &e) {
    error = at(file, lineOf(text, e.byte)) + "invalid JSON in a SARIF baseline: " + e.what();
    return false;
  } catch (const json::exception &e) {
    // A number out of range (1e999) and the like: found by fuzzing.
    error = file + ": invalid JSON in a SARIF baseline: " + e.what();
    return false;
  }
  // nlohmann::json keeps no positions: name the element by its JSON path.
  auto fail = [&](const std::string &where, const std::string &what) {
    error = file + ": " + where + ": " + what;
    return false;
  };
  if (!log.is_object() || !log.contains("runs") || !log["runs"].is_array())
    return fail("the top level", "a SARIF log needs a 'runs' array");
  try {
    return sarifResults(log, file, out, error);
  } catch (const json::exception &e) {
    return fail("a result", std::string("unexpected JSON: ") + e.what());
  }
}

bool sarifResults(const json &log, const std::string &file, std::vector<BaselineEntry> &out,
                  std::string &error) {
  auto fail = [&](const std::string &where, const std::string &what) {
    error = file + ": " + where + ": " + what;
    return false;
  };
  for (size_t r = 0; r < log["runs"].size(); ++r) {
    const json &run = log["runs"][r];
    if (!run.is_object() || !run.contains("results")) continue;
    if (!run["results"].is_array())
      return fail("runs[" + std::to_string(r) + "].results", "not an array");
    for (size_t i = 0; i < run["results"].size(); ++i) {
      const json &res = run["results"][i];
      std::string where = "runs[" + std::to_string(r) + "].results[" + std::to_string(i) + "]";
      if (!res.is_object()) return fail(where, "not an object");
      if (res.contains("baselineState") && res["baselineState"] == "absent") continue;
      const json *fp = nullptr;
      if (res.contains("partialFingerprints") && res["partialFingerprints"].is_object() &&
          res["partialFingerprints"].contains("primaryLocationLineHash"))
        fp = &res["partialFingerprints"]["primaryLocationLineHash"];
      if (!fp || !fp->is_string() || !isFingerprint(fp->get<std::string>()))
        return fail(where, "no Sluice fingerprint (partialFingerprints.primaryLocationLineHash); "
                           "use a SARIF report written by Sluice");
      if (!res.contains("ruleId") || !res["ruleId"].is_string())
        return fail(where, "no ruleId (a string)");
      BaselineEntry e{res["ruleId"].get<std::string>(), fp->get<std::string>(), ""};
      if (res.contains("properties") && res["properties"].is_object() &&
          res["properties"].contains("evidenceHash") && res["properties"]["evidenceHash"].is_string() &&
          isHash(res["properties"]["evidenceHash"].get<std::string>()))
        e.evidence = res["properties"]["evidenceHash"].get<std::string>();
      out.push_back(std::move(e));
    }
  }
  return true;
}

} // namespace

bool parseBaseline(const std::string &text, const std::string &fileName,
                   std::vector<BaselineEntry> &out, std::string &error) {
  size_t first = text.find_first_not_of(" \t\r\n");
  if (first != std::string::npos && text[first] == '{')
    return parseSarif(text, fileName, out, error);
  return parseText(text, fileName, out, error);
}

std::string writeBaseline(const ScanResult &r) {
  std::vector<std::string> lines;
  for (const Finding &f : r.findings) {
    std::string line = f.fingerprint + " " + f.ruleId + " " + f.evidence + " " + f.location.file;
    if (f.location.line) line += ":" + std::to_string(f.location.line);
    // A location is informative only; keep the file line-oriented.
    std::replace(line.begin(), line.end(), '\n', ' ');
    lines.push_back(std::move(line));
  }
  std::sort(lines.begin(), lines.end());
  std::string out = std::string(kHeader) + "\n";
  out += "# <fingerprint> <rule-id> <evidence> <file>:<line>: findings are matched by rule\n"
         "# id and fingerprint, which ignore line numbers; a changed evidence (what reaches\n"
         "# the sink) makes a finding 'updated'; the location is informative\n";
  for (const std::string &l : lines) out += l + "\n";
  return out;
}

void applyBaseline(ScanResult &r, const std::vector<BaselineEntry> &base, const std::string &file) {
  // Entries by (rule, fingerprint); exact evidence matches are taken first,
  // so a finding whose evidence changed does not steal another's entry.
  std::map<std::pair<std::string, std::string>, std::multiset<std::string>> known;
  for (const BaselineEntry &e : base) known[{e.ruleId, e.fingerprint}].insert(e.evidence);
  ScanResult::BaselineSummary summary;
  summary.file = file;
  std::vector<Finding *> pending;
  for (Finding &f : r.findings) {
    auto it = known.find({f.ruleId, f.fingerprint});
    std::multiset<std::string> *left = it == known.end() ? nullptr : &it->second;
    auto exact = left ? left->find(f.evidence) : std::multiset<std::string>::iterator();
    if (left && exact == left->end()) exact = left->find("");  // entry without evidence
    if (left && exact != left->end()) {
      left->erase(exact);
      f.baselineState = Finding::Baseline::Unchanged;
      ++summary.unchanged;
    } else {
      pending.push_back(&f);
    }
  }
  for (Finding *f : pending) {
    auto it = known.find({f->ruleId, f->fingerprint});
    if (it != known.end() && !it->second.empty()) {
      it->second.erase(it->second.begin());
      f->baselineState = Finding::Baseline::Updated;
      ++summary.updated;
    } else {
      f->baselineState = Finding::Baseline::New;
      ++summary.added;
    }
  }
  for (const auto &[key, left] : known) summary.absent += left.size();
  r.baseline = summary;
}

} // namespace sluice::report
