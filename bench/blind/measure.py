#!/usr/bin/env python3
"""Detection on test-corpus/blind/: samples written from a description of
each rule by someone who had not read analyzer/ or rules/. Each file says on
its first line `// blind-expect: <rule-id>` (a bad sample: detected when
the rule is reported anywhere in it) or `// blind-expect: none` (a
look-alike: quiet when the folder's rule is not reported in it). Every file
is scanned as its own program.

    python3 bench/blind/measure.py [--sluice build/sluice] [--json out.json]

Prints a Markdown table per rule and the totals; --json keeps every file's
findings for comparison across versions. A bad program its behaviour
misses but a rule the behaviour defers to (`covered-by:`) reports is
counted apart, "(covered)"."""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))


def scan(sluice, path):
    with tempfile.NamedTemporaryFile(suffix=".sarif") as out:
        r = subprocess.run([sluice, "scan", "--format", "sarif", "-o", out.name, "--fail-on", "none",
                            "-q", "--no-config", "--root", os.path.dirname(path), path],
                           capture_output=True, text=True, timeout=600)
        try:
            doc = json.load(open(out.name))
        except Exception:
            return None, r.stderr
    res = doc["runs"][0].get("results", [])
    return sorted({x["ruleId"] for x in res}), ""


def covering_rules(rule):
    """The rules a behaviour defers to (`covered-by:` in its rule file):
    when one of them reports the scope, the behaviour stays quiet by
    design."""
    path = os.path.join(ROOT, "rules", "behaviors", rule + ".yaml")
    if not os.path.exists(path):
        return []
    m = re.search(r"^\s*covered-by:\s*\[([^\]]*)\]", open(path).read(), re.M)
    return [x.strip() for x in m.group(1).split(",")] if m else []


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sluice", default=os.path.join(ROOT, "build", "sluice"))
    ap.add_argument("--corpus", default=os.path.join(ROOT, "test-corpus", "blind"))
    ap.add_argument("--json")
    a = ap.parse_args()
    rows, per_file = [], {}
    tot = {"bad": 0, "found": 0, "safe": 0, "quiet": 0, "covered": 0}
    for rule in sorted(os.listdir(a.corpus)):
        d = os.path.join(a.corpus, rule)
        if not os.path.isdir(d):
            continue
        bad = found = safe = quiet = covered = 0
        missed, noisy = [], []
        covers = covering_rules(rule)
        for name in sorted(os.listdir(d)):
            if not name.endswith((".c", ".cpp", ".cc")):
                continue
            path = os.path.join(d, name)
            first = open(path, encoding="utf-8", errors="replace").readline()
            m = re.search(r"blind-expect:\s*(\S+)", first)
            if not m:
                print(f"{path}: no blind-expect line", file=sys.stderr)
                continue
            rules, err = scan(a.sluice, path)
            per_file[os.path.relpath(path, a.corpus)] = rules if rules is not None else "error: " + err
            if m.group(1) == "none":
                safe += 1
                if rules is not None and rule not in rules:
                    quiet += 1
                else:
                    noisy.append(name)
            else:
                bad += 1
                if rules is not None and m.group(1) in rules:
                    found += 1
                elif rules is not None and any(c in rules for c in covers):
                    covered += 1
                    missed.append(name + " (covered)")
                else:
                    missed.append(name)
        rows.append((rule, bad, found, safe, quiet, missed, noisy))
        for k, v in (("bad", bad), ("found", found), ("safe", safe), ("quiet", quiet),
                     ("covered", covered)):
            tot[k] += v
    print("| rule | detected | look-alikes quiet | missed | reported on a look-alike |")
    print("| --- | ---: | ---: | --- | --- |")
    for rule, bad, found, safe, quiet, missed, noisy in rows:
        print(f"| {rule} | {found}/{bad} | {quiet}/{safe} | {', '.join(missed) or '-'} | "
              f"{', '.join(noisy) or '-'} |")
    print(f"| total | {tot['found']}/{tot['bad']} | {tot['quiet']}/{tot['safe']} | | |")
    print(f"\n{tot['covered']} more missed by the rule itself were reported by a rule it defers "
          f"to (`covered-by`, marked \"(covered)\"): {tot['found'] + tot['covered']}/{tot['bad']} "
          f"with those.")
    if a.json:
        with open(a.json, "w") as f:
            json.dump(per_file, f, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
