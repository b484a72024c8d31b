#!/usr/bin/env python3
"""Every built-in model row must be exercised by the corpus.

Runs each corpus sample with SLUICE_MODEL_COVERAGE set (the analyzer then
records every model row it applies, with the call it applied to) and
compares with the SARIF code flows:

- source, sink, propagate, handle and callback rows need a BAD sample (a
  call the row applied to lies on a reported flow) and a SAFE one (a call it
  applied to lies on no reported flow);
- sanitize and validate rows keep data from flowing, handle rows mark
  descriptors rather than carry data, and capability rows state what a call
  can do (behaviour rules, with their own bad and safe samples, judge the
  combinations), so they need one application.

Rows listed in tests/model_coverage_exempt.txt (functions that do not exist
on this platform, each with a reason) are skipped. Prints every row that
falls short and exits 1 if any does.
"""
import argparse
import concurrent.futures
import json
import os
import subprocess
import sys
import tempfile

from run_corpus import samples  # the same notion of a corpus sample


def run(sample, args):
    with tempfile.TemporaryDirectory() as tmp:
        cov = os.path.join(tmp, "coverage.txt")
        out = os.path.join(tmp, "out.sarif")
        env = dict(os.environ, SLUICE_MODEL_COVERAGE=cov)
        subprocess.run([args.sluice, "scan", "-q", "-j", "1", "--format", "sarif", "-o", out,
                        "--root", "/", sample], env=env, capture_output=True, timeout=300)
        on_flow = set()
        if os.path.exists(out):
            with open(out, encoding="utf-8") as f:
                sarif = json.load(f)
            for r in sarif["runs"][0].get("results", []):
                for cf in r.get("codeFlows", []):
                    for tf in cf["threadFlows"]:
                        for loc in tf["locations"]:
                            pl = loc["location"]["physicalLocation"]
                            on_flow.add(("/" + pl["artifactLocation"]["uri"].removeprefix("file:///"),
                                         pl["region"]["startLine"]))
        applied = []
        if os.path.exists(cov):
            with open(cov, encoding="utf-8") as f:
                for line in f:
                    row, _, site = line.rstrip("\n").partition("\t")
                    file, _, ln = site.rpartition(":")
                    applied.append((row, (os.path.abspath(file), int(ln))))
        return [(row, site in on_flow) for row, site in applied]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sluice", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--exempt", required=True)
    ap.add_argument("-j", type=int, default=2)
    args = ap.parse_args()

    rows = {}
    listing = subprocess.run([args.sluice, "rules", "models"], capture_output=True, text=True,
                             check=True).stdout
    for line in listing.splitlines():
        r = json.loads(line)
        rows[r["origin"]] = r
    exempt = set()
    with open(args.exempt, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                exempt.add(line)

    bad, safe = set(), set()
    with concurrent.futures.ThreadPoolExecutor(args.j) as pool:
        for result in pool.map(lambda s: run(s, args), samples(args.corpus)):
            for row, flowing in result:
                (bad if flowing else safe).add(row)

    def short(origin):
        return os.path.relpath(origin.rsplit(":", 1)[0], os.path.dirname(args.corpus)) + ":" + origin.rsplit(":", 1)[1]

    problems = []
    for origin, r in sorted(rows.items()):
        name = f"{short(origin)} ({r['role']} {r['kind']} {', '.join(r['functions'][:3])}...)"
        if any(f in exempt for f in r["functions"]) and all(f in exempt for f in r["functions"]):
            continue
        if r["role"] in ("sanitize", "validate", "handle", "capability"):
            if origin not in bad and origin not in safe:
                problems.append(f"{name}: never applied by any corpus sample")
            continue
        if origin not in bad:
            problems.append(f"{name}: no BAD sample (never on a reported flow)")
        if origin not in safe:
            problems.append(f"{name}: no SAFE sample (always on a reported flow)")
    for p in problems:
        print(p)
    covered = len(rows) - len({p.split(" (")[0] for p in problems})
    print(f"model rows: {len(rows)}, fully covered: {covered}")
    print(f"{covered} passed, {len(rows) - covered} failed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
