#!/usr/bin/env python3
"""Corpus runner: scans every corpus sample and checks its inline expectations.

A sample is a .c/.cpp file, or a directory whose name ends in `.prog` (all its
files are scanned together as one program). Expectations sit on the line of
the finding's primary location:

    system(cmd); // $ Alert[taint.cmd-injection]
    foo();       // $ MISSING: Alert[rule-id]    (a known false negative)
    bar();       // $ SPURIOUS: Alert[rule-id]   (a known false positive)

A file that is deliberately not valid code says which tool notifications
it expects, anywhere in the file:

    // $ Notification[tu-parse-error]

Notifications that describe this machine rather than the sample are not
checked: which library headers Sluice's bundled declarations served
(tu-bundled-headers). With --library-headers bundled only the samples that
include a header the bundled declarations provide are scanned, in that mode:
their findings must be the same as with the installed headers.

With --flow-insensitive every function takes the fallback that functions too
large for per-block states take (SLUICE_FLOW_INSENSITIVE=1). It joins every
program point into one state, so it may report more, never less: each
expected Alert must still be reported; extra findings, MISSING ones now found
and the fallback's own notifications are allowed; each sample must have
had a function analyzed that way.

Fails on any missing, unexpected or malformed expectation, on a MISSING that
is now found or a SPURIOUS that is gone (update the annotation), on SARIF that
does not validate against the schema, and on a wrong exit code.
"""
import argparse
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import tempfile

import jsonschema

EXPECT_RE = re.compile(r"//\s*\$(.*)$")
NOTIFICATION_RE = re.compile(r"^\s*Notification\[([A-Za-z0-9_.\-]+)\]\s*$")
TOKEN_RE = re.compile(r"\s*(MISSING:|SPURIOUS:)?\s*Alert\[([A-Za-z0-9_.\-]+)\]")
SOURCE_EXT = (".c", ".cc", ".cpp", ".cxx")
INCLUDE_RE = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]', re.M)
# Notifications about the machine, not the sample.
ENVIRONMENT_NOTIFICATIONS = {"tu-bundled-headers"}
# What the forced flow-insensitive fallback says of every function (each
# function is marked widened). Not fixpoint-budget: a sample's function
# that no longer converges within the fallback's rounds is a failure.
FLOW_INSENSITIVE_NOTIFICATIONS = {"function-flow-insensitive", "summary-widened"}


def parse_expectations(path, rel):
    """Returns ({(rel, line, rule): tag}, [errors]) for one file."""
    expected, errors = {}, []
    with open(path, encoding="utf-8", errors="replace") as f:
        for lineno, text in enumerate(f, 1):
            m = EXPECT_RE.search(text)
            if not m:
                continue
            rest = m.group(1)
            n = NOTIFICATION_RE.match(rest)
            if n:
                expected[(rel, 0, "notification:" + n.group(1))] = "Notification"
                continue
            pos, found = 0, False
            while pos < len(rest):
                t = TOKEN_RE.match(rest, pos)
                if not t:
                    break
                tag = (t.group(1) or "").rstrip(":") or "Alert"
                expected[(rel, lineno, t.group(2))] = tag
                pos, found = t.end(), True
            if not found or rest[pos:].strip():
                errors.append(f"{rel}:{lineno}: malformed expectation: '//${rest}'")
    return expected, errors


def wanted_notifications(expected):
    return {k[2][len("notification:"):] for k in expected if k[2].startswith("notification:")}


def run_of(sarif):
    return sarif["runs"][0]


def samples(corpus):
    out = []
    for dirpath, dirnames, filenames in os.walk(corpus):
        dirnames.sort()
        # blind/: samples written without reading the analyzer or the rules,
        # measured per file by bench/blind/measure.py until each is
        # annotated line by line like the rest.
        if os.path.samefile(dirpath, corpus) and "blind" in dirnames:
            dirnames.remove("blind")
        for d in list(dirnames):
            if d.endswith(".prog"):
                out.append(os.path.join(dirpath, d))
                dirnames.remove(d)
        for name in sorted(filenames):
            if name.endswith(SOURCE_EXT):
                out.append(os.path.join(dirpath, name))
    return sorted(out)


def files_of(sample):
    if os.path.isdir(sample):
        return [os.path.join(dp, n) for dp, _, fs in os.walk(sample) for n in sorted(fs)
                if n.endswith(SOURCE_EXT + (".h", ".hpp"))]
    return [sample]


def includes_bundled(sample, headers_dir):
    """True when a file of the sample includes a header of `headers_dir`."""
    for f in files_of(sample):
        with open(f, encoding="utf-8", errors="replace") as h:
            for name in INCLUDE_RE.findall(h.read()):
                if os.path.isfile(os.path.join(headers_dir, name)):
                    return True
    return False


def check(sample, args, schema):
    corpus = os.path.abspath(args.corpus)
    problems = []
    expected = {}
    for f in files_of(sample):
        rel = os.path.relpath(os.path.abspath(f), corpus)
        e, errs = parse_expectations(f, rel)
        expected.update(e)
        problems += errs
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out.sarif")
        cmd = [args.sluice, "scan", "--format", "sarif", "-o", out, "--root", corpus, "-q",
               "-j", "1", "--fail-on", "note", "--library-headers", args.library_headers, sample]
        env = dict(os.environ)
        if args.flow_insensitive:
            env["SLUICE_FLOW_INSENSITIVE"] = "1"
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=env)
        if proc.returncode not in (0, 1, 3) or not os.path.exists(out):
            return [f"{sample}: sluice exited {proc.returncode}: {proc.stderr.strip()}"]
        with open(out, encoding="utf-8") as f:
            sarif = json.load(f)
    for err in sorted(schema.iter_errors(sarif), key=lambda e: list(e.path))[:3]:
        problems.append(f"{sample}: SARIF invalid at {list(err.path)}: {err.message[:200]}")
    run = run_of(sarif)
    wanted = wanted_notifications(expected)
    ignored = ENVIRONMENT_NOTIFICATIONS | (FLOW_INSENSITIVE_NOTIFICATIONS
                                           if args.flow_insensitive else set())
    if args.flow_insensitive and not wanted:
        # The fallback must have run: else this mode checks nothing.
        ids = {n["descriptor"]["id"]
               for n in run["invocations"][0].get("toolExecutionNotifications", [])}
        if "function-flow-insensitive" not in ids:
            problems.append(f"{sample}: no function was analyzed flow-insensitively")
    notifications = [n for n in run["invocations"][0].get("toolExecutionNotifications", [])
                     if n["descriptor"]["id"] not in ignored]
    for n in notifications:
        if n["descriptor"]["id"] not in wanted:
            problems.append(f"{sample}: tool notification: {n['message']['text']}")
        wanted.discard(n["descriptor"]["id"])
    for w in sorted(wanted):
        problems.append(f"{sample}: expected tool notification [{w}] not issued")
    expected = {k: v for k, v in expected.items() if v != "Notification"}
    actual = {}
    for r in run.get("results", []):
        loc = r["locations"][0]["physicalLocation"]
        key = (loc["artifactLocation"]["uri"], loc["region"]["startLine"], r["ruleId"])
        actual[key] = r["message"]["text"]
    if args.flow_insensitive:
        for key, tag in sorted(expected.items()):
            if tag == "Alert" and key not in actual:
                problems.append(f"{key[0]}:{key[1]}: [{key[2]}] expected alert not reported "
                                "flow-insensitively")
        return problems
    for key, tag in sorted(expected.items()):
        where = f"{key[0]}:{key[1]}: [{key[2]}]"
        if tag == "Alert" and key not in actual:
            problems.append(f"{where} expected alert not reported")
        elif tag == "MISSING" and key in actual:
            problems.append(f"{where} marked MISSING but now reported: change it to Alert")
        elif tag == "SPURIOUS" and key not in actual:
            problems.append(f"{where} marked SPURIOUS but no longer reported: remove it")
    for key, msg in sorted(actual.items()):
        if key not in expected:
            problems.append(f"{key[0]}:{key[1]}: [{key[2]}] unexpected alert: {msg}")
    # A missing header alone leaves the file analyzed (its parse errors, if
    # any, are notified separately).
    incomplete = [n for n in notifications if n["descriptor"]["id"] != "tu-missing-headers"]
    want_exit = 1 if actual else (3 if incomplete else 0)
    if proc.returncode != want_exit:
        problems.append(f"{sample}: exit code {proc.returncode}, expected {want_exit}")
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sluice", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--schema", required=True)
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("--library-headers", default="fallback", choices=["fallback", "bundled"])
    ap.add_argument("--headers-dir", help="the bundled declarations (with bundled mode)")
    ap.add_argument("--flow-insensitive", action="store_true",
                    help="force the flow-insensitive fallback; expected alerts must remain")
    args = ap.parse_args()
    with open(args.schema, encoding="utf-8") as f:
        schema_doc = json.load(f)
    schema = jsonschema.validators.validator_for(schema_doc)(schema_doc)
    todo = samples(args.corpus)
    if args.library_headers == "bundled":
        todo = [s for s in todo if includes_bundled(s, args.headers_dir)]
    if not todo:
        print("no corpus samples found")
        return 1
    failed = 0
    with concurrent.futures.ThreadPoolExecutor(args.j) as pool:
        for sample, problems in zip(todo, pool.map(lambda s: check(s, args, schema), todo)):
            rel = os.path.relpath(sample, args.corpus)
            if problems:
                failed += 1
                print(f"FAIL {rel}")
                for p in problems:
                    print(f"  {p}")
            else:
                print(f"ok   {rel}")
    print(f"{len(todo) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
