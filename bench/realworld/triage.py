#!/usr/bin/env python3
"""Real-world findings against their triage.

For each project scanned by bench/scale/realworld.sh (its SARIF in
$SCALE_WORK/out/NAME.sarif), every finding at warning or error level must
have a line in bench/realworld/triage/NAME.tsv:

    fingerprint <TAB> rule <TAB> file:line <TAB> verdict <TAB> reason

with verdict `real` (a real, explained risk), `defensible` (the flow is
real and the level is arguable) or `fp` (an analyzer false positive, to be
fixed). Notes are counted, not triaged. Prints what is new (no triage line)
and what is gone (a triage line without a finding), and with --results
rewrites the real-world table of bench/RESULTS.md between its markers.
Exit 1 when a warning or error is untriaged or triaged `fp`.
"""
import argparse
import collections
import json
import os
import re
import sys

BEGIN, END = "<!-- realworld:begin -->", "<!-- realworld:end -->"
VERDICTS = ("real", "defensible", "fp")


def load_triage(path):
    out = {}
    if not os.path.exists(path):
        return out
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 5 or parts[3] not in VERDICTS:
                sys.exit(f"{path}:{n}: expected 5 tab-separated fields with a verdict of "
                         f"{', '.join(VERDICTS)}")
            out[parts[0]] = parts
    return out


def findings(sarif):
    run = sarif["runs"][0]
    for r in run.get("results", []):
        loc = r["locations"][0]["physicalLocation"]
        yield {
            "fp": r.get("partialFingerprints", {}).get("primaryLocationLineHash", ""),
            "rule": r["ruleId"],
            "level": r.get("level", "warning"),
            "where": f'{loc["artifactLocation"]["uri"]}:{loc["region"]["startLine"]}',
            "message": r["message"]["text"],
        }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", default=os.environ.get("SCALE_WORK", "/tmp/sluice-scale"))
    ap.add_argument("--triage", default=os.path.join(os.path.dirname(__file__), "triage"))
    ap.add_argument("--results", help="bench/RESULTS.md to update")
    ap.add_argument("--prune", action="store_true",
                    help="remove the triage lines of findings that are gone")
    ap.add_argument("projects", nargs="*", default=["jq", "tmux", "redis", "sqlite3", "busybox"])
    args = ap.parse_args()
    rows, bad = [], 0
    for p in args.projects:
        sarif_path = os.path.join(args.work, "out", p + ".sarif")
        if not os.path.exists(sarif_path):
            print(f"{p}: no report at {sarif_path}")
            continue
        with open(sarif_path, encoding="utf-8") as f:
            sarif = json.load(f)
        measure = {}
        mpath = os.path.join(args.work, "out", p + ".measure.json")
        if os.path.exists(mpath):
            with open(mpath, encoding="utf-8") as f:
                measure = json.load(f)
        meta_path = os.path.join(args.work, "out", p + ".meta.json")
        if os.path.exists(meta_path):
            with open(meta_path, encoding="utf-8") as f:
                measure.update(json.load(f))
        triage = load_triage(os.path.join(args.triage, p + ".tsv"))
        per_rule = collections.Counter()
        verdicts = collections.Counter()
        seen = set()
        for x in findings(sarif):
            per_rule[(x["rule"], x["level"])] += 1
            if x["level"] == "note":
                continue
            t = triage.get(x["fp"])
            seen.add(x["fp"])
            if not t:
                verdicts["untriaged"] += 1
                bad += 1
                print(f'{p}: NEW {x["fp"]}\t{x["rule"]}\t{x["where"]}\t?\t{x["message"]}')
            else:
                verdicts[t[3]] += 1
                if t[3] == "fp":
                    bad += 1
        gone = {fp for fp in triage if fp not in seen}
        for fp in sorted(gone):
            t = triage[fp]
            print(f"{p}: GONE {fp} {t[1]} {t[2]} (was {t[3]}): "
                  + ("triage line removed" if args.prune else "remove its triage line"))
        if args.prune and gone:
            tpath = os.path.join(args.triage, p + ".tsv")
            with open(tpath, encoding="utf-8") as f:
                kept = [line for line in f if line.split("\t", 1)[0] not in gone]
            with open(tpath, "w", encoding="utf-8") as f:
                f.writelines(kept)
        notes = sum(n for (r, lv), n in per_rule.items() if lv == "note")
        rules = ", ".join(f"{r} {lv} {n}" for (r, lv), n in sorted(per_rule.items())
                          if lv != "note") or "none"
        tri = ", ".join(f"{v} {verdicts[v]}" for v in VERDICTS + ("untriaged",) if verdicts[v])
        row = (f'| {p} | {measure.get("version", "")} | {measure.get("kloc", "")} | '
               f'{measure.get("units", "")} | {rules} | {notes} | {tri or "-"} | '
               f'{measure.get("clang_s", "")} | {measure.get("wall_s", "")} | '
               f'{round(measure.get("main_peak_kib", 0) / 1024)} |')
        rows.append(row)
        print(row)
    if args.results:
        table = "\n".join([
            BEGIN,
            "| project | version | KLOC | units | warnings and errors per rule | notes | triage "
            "(warnings and errors) | clang -fsyntax-only s | sluice s | main peak MiB |",
            "|---|---|---:|---:|---|---:|---|---:|---:|---:|",
            *rows, END])
        with open(args.results, encoding="utf-8") as f:
            text = f.read()
        if BEGIN in text and END in text:
            text = re.sub(re.escape(BEGIN) + ".*?" + re.escape(END), lambda m: table, text,
                          flags=re.S)
        else:
            text += "\n## Real-world findings (bench/realworld)\n\n" + table + "\n"
        with open(args.results, "w", encoding="utf-8") as f:
            f.write(text)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
