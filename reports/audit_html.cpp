// The audit's HTML page; see audit.h. The data travels as JSON inside the
// page, with every '<' escaped, and the script renders it with textContent
// only: repository content (file names, snippets, messages) is hostile and
// must never become markup.
#include "reports/audit.h"

namespace sluice::report {

namespace {

constexpr const char *kHead = R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>Sluice audit</title>
<style>
body { font: 14px/1.45 system-ui, sans-serif; margin: 0; color: #1d2330; background: #f6f7f9; }
header { background: #1d2330; color: #fff; padding: 16px 24px; }
header h1 { margin: 0; font-size: 20px; }
main { padding: 16px 24px; max-width: 1200px; }
.cards { display: flex; gap: 12px; flex-wrap: wrap; margin: 8px 0 16px; }
.card { background: #fff; border-radius: 8px; padding: 10px 14px; box-shadow: 0 1px 2px #0002; min-width: 110px; }
.card b { display: block; font-size: 22px; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(360px, 1fr)); gap: 16px; }
.chart { background: #fff; border-radius: 8px; padding: 12px; box-shadow: 0 1px 2px #0002; }
.chart h2, section h2 { font-size: 15px; margin: 0 0 8px; }
table { border-collapse: collapse; width: 100%; background: #fff; box-shadow: 0 1px 2px #0002; border-radius: 8px; overflow: hidden; }
th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid #e6e8ec; vertical-align: top; }
tr.repo { cursor: pointer; }
tr.repo:hover { background: #f0f3f8; }
.risk { border-radius: 10px; padding: 1px 8px; font-size: 12px; font-weight: 600; color: #fff; }
.risk-high { background: #c62828; } .risk-medium { background: #ef6c00; } .risk-low { background: #1e88e5; }
.risk-none { background: #43a047; } .risk-unknown { background: #6d4c41; }
.chip { display: inline-block; background: #eef1f6; border-radius: 10px; padding: 0 8px; margin: 1px 3px 1px 0; font-size: 12px; }
.chip.behavior { background: #fde7e7; }
.details td { background: #fafbfc; }
.finding { margin: 8px 0 12px; padding: 8px 10px; background: #fff; border-left: 4px solid #ef6c00; border-radius: 4px; }
.finding.error { border-color: #c62828; } .finding.note { border-color: #1e88e5; }
.step { margin: 4px 0 0 12px; }
.loc { font-family: ui-monospace, monospace; font-size: 12px; color: #44506a; }
pre { margin: 2px 0 0; padding: 4px 8px; background: #f3f4f7; border-radius: 4px; overflow-x: auto; font-size: 12px; }
.muted { color: #6b7385; }
</style>
</head>
<body>
<header><h1>Sluice audit</h1><div id="subtitle" class="muted"></div></header>
<main>
<div class="cards" id="cards"></div>
<div class="charts">
  <div class="chart"><h2>Findings per rule</h2><div id="chart-rules"></div></div>
  <div class="chart"><h2>Repositories per behaviour</h2><div id="chart-behaviors"></div></div>
  <div class="chart"><h2>Repositories per capability</h2><div id="chart-capabilities"></div></div>
</div>
<section><h2 style="margin-top:18px">Repositories (click one for its findings)</h2>
<table><thead><tr><th>Risk</th><th>Repository</th><th>Findings</th><th>Behaviours</th><th>Capabilities</th><th>Scan</th></tr></thead>
<tbody id="repos"></tbody></table></section>
</main>
<script type="application/json" id="data">)html";

constexpr const char *kTail = R"html(</script>
<script>
"use strict";
const data = JSON.parse(document.getElementById("data").textContent);
function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v; else e.setAttribute(k, v);
  }
  for (const k of kids) e.append(k instanceof Node ? k : document.createTextNode(String(k)));
  return e;
}
const SVG = "http://www.w3.org/2000/svg";
function svg(tag, attrs) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}
function bars(target, counts, color) {
  const rows = Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const host = document.getElementById(target);
  if (!rows.length) { host.append(el("div", {class: "muted"}, "none")); return; }
  const max = Math.max(...rows.map(r => r[1]));
  const h = 22, label = 190, width = 520;
  const s = svg("svg", {viewBox: `0 0 ${width} ${rows.length * h}`, width: "100%", role: "img"});
  rows.forEach(([name, n], i) => {
    const t = svg("text", {x: 0, y: i * h + 15, "font-size": 12});
    t.textContent = name.length > 28 ? name.slice(0, 27) + "\u2026" : name;
    const w = Math.max(2, (width - label - 40) * n / max);
    const r = svg("rect", {x: label, y: i * h + 4, width: w, height: h - 8, fill: color, rx: 3});
    const v = svg("text", {x: label + w + 6, y: i * h + 15, "font-size": 12});
    v.textContent = n;
    const title = svg("title", {});
    title.textContent = `${name}: ${n}`;
    r.append(title);
    s.append(t, r, v);
  });
  host.append(s);
}
function where(l) {
  if (!l) return "";
  return (l.file || "?") + (l.line ? ":" + l.line : "");
}
function findingBox(f) {
  const box = el("div", {class: "finding " + f.level},
    el("div", {}, el("b", {}, f.level + ": "), f.message, " ", el("span", {class: "chip"}, f.rule)),
    el("div", {class: "loc"}, where(f.at)));
  if (f.at && f.at.snippet) box.append(el("pre", {}, f.at.snippet));
  (f.steps || []).forEach((s, i) => {
    const step = el("div", {class: "step"},
      el("span", {class: "loc"}, `${i + 1}. ${where(s)} `), s.message || "");
    if (s.snippet) step.append(el("pre", {}, s.snippet));
    box.append(step);
  });
  return box;
}
document.getElementById("subtitle").textContent =
  `${data.repositories} repositories, Sluice ${data.tool.version}`;
const cards = document.getElementById("cards");
for (const risk of ["high", "unknown", "medium", "low", "none"]) {
  cards.append(el("div", {class: "card"}, el("b", {}, data.byRisk[risk] || 0),
    el("span", {class: "risk risk-" + risk}, risk)));
}
bars("chart-rules", data.findingsPerRule, "#ef6c00");
bars("chart-behaviors", data.reposPerBehavior, "#c62828");
bars("chart-capabilities", data.reposPerCapability, "#1e88e5");
const tbody = document.getElementById("repos");
for (const r of data.repos) {
  const beh = el("td", {});
  r.behaviors.forEach(b => beh.append(el("span", {class: "chip behavior"}, b)));
  const caps = el("td", {});
  r.capabilities.forEach(c => caps.append(el("span", {class: "chip"}, c)));
  const levels = Object.entries(r.byLevel).map(([l, n]) => `${n} ${l}`).join(", ");
  const scan = r.state === "done" ? (r.complete ? "complete" : "incomplete") : r.state;
  const row = el("tr", {class: "repo"},
    el("td", {}, el("span", {class: "risk risk-" + r.risk}, r.risk)),
    el("td", {}, el("b", {}, r.id), el("div", {class: "muted"}, r.path)),
    el("td", {}, r.findings, levels ? el("div", {class: "muted"}, levels) : ""),
    beh, caps, el("td", {}, scan, r.error ? el("div", {class: "muted"}, r.error) : ""));
  const cell = el("td", {colspan: 6});
  const details = el("tr", {class: "details", hidden: ""}, cell);
  let filled = false;
  row.addEventListener("click", () => {
    if (!filled) {
      if (!r.shown.length) cell.append(el("div", {class: "muted"}, "no findings"));
      r.shown.forEach(f => cell.append(findingBox(f)));
      if (r.findings > r.shown.length)
        cell.append(el("div", {class: "muted"}, `${r.findings - r.shown.length} more in ${r.sarif}`));
      filled = true;
    }
    details.hidden = !details.hidden;
  });
  tbody.append(row, details);
  if (r === data.repos.find(x => x.shown.length)) row.click();  // the riskiest one, open
}
</script>
</body>
</html>
)html";

} // namespace

std::string auditHtml(const nlohmann::ordered_json &report) {
  std::string data = report.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  // Inside <script>, "</script>" or "<!--" in the data would end or change
  // the element: every '<' becomes its JSON escape.
  std::string safe;
  safe.reserve(data.size());
  for (char c : data) {
    if (c == '<')
      safe += "\\u003c";
    else
      safe += c;
  }
  return std::string(kHead) + safe + kTail;
}

} // namespace sluice::report
