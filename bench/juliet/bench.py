#!/usr/bin/env python3
"""Juliet C/C++ benchmark for Sluice (stdlib only).

Groups the files of each Juliet CWE directory into test cases, scans every
test case as one program (one `sluice scan` per test case, a pool of
--parallel invocations with -j 1 each), scores the SARIF against the Juliet
naming convention (functions whose name contains "bad" carry the flaw, those
whose name contains "good" do not), times the same pool of
`clang-19 -fsyntax-only` invocations for comparison, and writes a JSON report.

  bench.py [--cwe CWE78 ...] [--limit N] [--variants 01,41] [--parallel N]
           [--json OUT]                         run and write OUT
  bench.py --render OUT.json --results FILE     (re)write FILE's juliet section

See bench/README.md for the scoring rules.
"""

import argparse
import concurrent.futures
import datetime
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

BEGIN_MARK = "<!-- juliet:begin -->"
END_MARK = "<!-- juliet:end -->"

# <base>_<NN>[a-e | _bad | _goodXxx].(c|cpp|h)
FILE_RE = re.compile(
    r"^(?P<base>.+)_(?P<var>\d{2})(?P<suffix>[a-z]|_bad|_good[A-Za-z0-9]*)?\.(?P<ext>c|cpp|h)$")

GROUPS = [
    ("01-22", "control flow", set(range(1, 23))),
    ("31-45", "data flow", set(range(31, 46))),
    ("51-54, 61-68", "cross-file", set(range(51, 55)) | set(range(61, 69))),
    ("72-74, 81-84", "C++", set(range(72, 75)) | set(range(81, 85))),
]


def variant_group(var):
    n = int(var)
    for label, title, members in GROUPS:
        if n in members:
            return "%s %s" % (label, title)
    return "other variants"


GROUP_ORDER = ["%s %s" % (label, title) for label, title, _ in GROUPS] + ["other variants"]


# --------------------------------------------------------------------------
# Function extents
# --------------------------------------------------------------------------

def strip_code(text):
    """Blanks comments, string and character literals and preprocessor lines,
    keeping every newline so that offsets map to the same lines."""
    out = []
    i, n = 0, len(text)
    at_line_start = True  # only whitespace seen since the last newline
    while i < n:
        c = text[i]
        if c == "\n":
            out.append(c)
            at_line_start = True
            i += 1
            continue
        if at_line_start and c == "#":
            # Preprocessor directive, with backslash continuations.
            while i < n:
                if text[i] == "\n":
                    if i > 0 and text[i - 1] == "\\":
                        out.append("\n")
                        i += 1
                        continue
                    break
                out.append(" ")
                i += 1
            continue
        if c in " \t\r\f\v":
            out.append(c)
            i += 1
            continue
        at_line_start = False
        if text.startswith("//", i):
            while i < n and text[i] != "\n":
                out.append(" ")
                i += 1
            continue
        if text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.extend("\n" if ch == "\n" else " " for ch in text[i:j])
            i = j
            continue
        if c in "\"'":
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            j = min(j + 1, n)
            out.append(c + c + "\n" * text.count("\n", i, j))  # an empty literal
            i = j
            continue
        out.append(c)
        i += 1
    return "".join(out)


QUAL_NAME_RE = re.compile(r"((?:[A-Za-z_]\w*\s*::\s*)*~?\s*[A-Za-z_]\w*)\s*$")
OPERATOR_RE = re.compile(r"((?:[A-Za-z_]\w*\s*::\s*)*operator\s*(?:\(\)|[^\s(]+))\s*\(")
ACCESS_RE = re.compile(r"^(?:(?:public|private|protected)\s*:\s*)+")
CONTROL_WORDS = {"if", "for", "while", "switch", "return", "sizeof", "catch", "do", "else"}


def _function_name(text):
    """The (qualified) name of a function whose definition header is `text`,
    or None when `text` does not look like a function header."""
    m = OPERATOR_RE.search(text)
    if m:
        return re.sub(r"\s+", "", m.group(1))
    p = text.find("(")
    if p <= 0 or ")" not in text[p:]:
        return None
    if "=" in text[:p]:
        return None  # an initializer such as `int (*fp)(int) = {...}`
    m = QUAL_NAME_RE.search(text[:p])
    if not m:
        return None
    name = re.sub(r"\s+", "", m.group(1))
    if name.split("::")[-1] in CONTROL_WORDS:
        return None
    return name


def scan_functions(text):
    """Returns (functions, problems): functions as dicts with name, start
    (definition line), body (line of the opening brace) and end (line of the
    closing brace), 1-based; problems lists brace imbalances."""
    code = strip_code(text)
    funcs, problems = [], []
    stack = []  # entries: [kind, name, start, body]
    pending = []  # (char, line) since the last ; { } at a non-function scope
    line = 1
    for c in code:
        if c == "\n":
            line += 1
        in_function = any(e[0] == "function" for e in stack)
        if c == "{":
            if in_function:
                stack.append(["block", None, line, line])
                continue
            chars = "".join(ch for ch, _ in pending)
            header = " ".join(chars.split())
            header_nolabel = ACCESS_RE.sub("", header)
            # Line of the first character of the header proper.
            skip = len(chars) - len(chars.lstrip())
            if header_nolabel != header:
                m = re.match(r"\s*(?:(?:public|private|protected)\s*:\s*)+", chars)
                skip = m.end() if m else skip
            start = pending[skip][1] if skip < len(pending) else line
            header = header_nolabel
            pending = []
            kind, name = "other", None
            if re.match(r"^(?:inline\s+)?namespace\b", header) or re.match(r'^extern\s*(?:""\s*)?$', header):
                kind = "namespace"
            else:
                fname = _function_name(header)
                if fname is not None:
                    kind, name = "function", fname
                else:
                    m = re.search(r"\b(?:class|struct|union)\s+([A-Za-z_]\w*)", header)
                    if m:
                        kind, name = "class", m.group(1)
                    elif re.search(r"\b(?:class|struct|union)\s*$", header):
                        kind, name = "class", ""
            if kind == "function":
                classes = [e[1] for e in stack if e[0] == "class" and e[1]]
                if classes and "::" not in name:
                    name = "::".join(classes + [name])
            stack.append([kind, name, start, line])
            continue
        if c == "}":
            if not stack:
                problems.append("unbalanced '}' at line %d" % line)
                pending = []
                continue
            kind, name, start, body = stack.pop()
            if kind == "function":
                funcs.append({"name": name, "start": start, "body": body, "end": line})
            if not in_function or kind == "function":
                pending = []
            continue
        if in_function:
            continue
        if c == ";":
            pending = []
            continue
        pending.append((c, line))
    if stack:
        problems.append("%d unclosed '{' at end of file (innermost opened at line %d)"
                        % (len(stack), stack[-1][3]))
    funcs.sort(key=lambda f: (f["start"], f["end"]))
    return funcs, problems


def function_at(funcs, line):
    """Name of the innermost function whose definition spans `line`."""
    best = None
    for f in funcs:
        if f["start"] <= line <= f["end"]:
            if best is None or f["start"] >= best["start"]:
                best = f
    return best["name"] if best else None


def category(name):
    if name is None:
        return "other"
    low = name.lower()
    if "bad" in low:
        return "bad"
    if "good" in low:
        return "good"
    return "other"


# --------------------------------------------------------------------------
# Test cases
# --------------------------------------------------------------------------

def find_cwe_dirs(testcases, wanted):
    dirs = sorted(d for d in os.listdir(testcases) if os.path.isdir(os.path.join(testcases, d)))
    out = []
    for w in wanted:
        match = [d for d in dirs if d == w or d.startswith(w + "_")]
        if not match:
            sys.exit("bench.py: no CWE directory for %r in %s (have: %s)" % (w, testcases, ", ".join(dirs)))
        for d in match:
            if d not in out:
                out.append(d)
    return out


def collect_test_cases(testcases, cwe_dir):
    """Returns (cases, unmatched_files, warnings); cases sorted by name."""
    cases = {}
    unmatched, warnings = [], []
    root = os.path.join(testcases, cwe_dir)
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for fn in sorted(filenames):
            path = os.path.join(dirpath, fn)
            m = FILE_RE.match(fn)
            if not m:
                unmatched.append(os.path.relpath(path, testcases))
                continue
            name = "%s_%s" % (m.group("base"), m.group("var"))
            tc = cases.setdefault(name, {
                "name": name, "cwe": cwe_dir.split("_")[0], "cwe_dir": cwe_dir,
                "variant": m.group("var"), "sources": [], "headers": [], "dirs": set()})
            tc["dirs"].add(dirpath)
            (tc["headers"] if m.group("ext") == "h" else tc["sources"]).append(path)
    out = []
    for name in sorted(cases, key=lambda k: (k.rsplit("_", 1)[0], int(k.rsplit("_", 1)[1]))):
        tc = cases[name]
        if len(tc["dirs"]) > 1:
            warnings.append("%s spans several directories: %s" % (name, sorted(tc["dirs"])))
        tc["dirs"] = sorted(tc["dirs"])
        if not tc["sources"]:
            warnings.append("%s has no .c/.cpp file (headers only); skipped" % name)
            continue
        langs = {os.path.splitext(s)[1] for s in tc["sources"]}
        if len(langs) > 1:
            warnings.append("%s mixes C and C++ files" % name)
        out.append(tc)
    return out, unmatched, warnings


# --------------------------------------------------------------------------
# Running
# --------------------------------------------------------------------------

GNU_TIME = "/usr/bin/time"


def timed_run(argv, use_time, cwd):
    """Runs argv; returns (rc, stdout, stderr, seconds, maxrss_kib or None)."""
    tfile = None
    if use_time:
        fd, tfile = tempfile.mkstemp(prefix="sluice-bench-time-")
        os.close(fd)
        argv = [GNU_TIME, "-f", "%M", "-o", tfile] + argv
    t0 = time.monotonic()
    p = subprocess.run(argv, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       stdin=subprocess.DEVNULL)
    secs = time.monotonic() - t0
    rss = None
    if tfile:
        try:
            with open(tfile) as f:
                for ln in f.read().splitlines():
                    if ln.strip().isdigit():
                        rss = int(ln.strip())
        finally:
            os.unlink(tfile)
    return (p.returncode, p.stdout.decode("utf-8", "replace"),
            p.stderr.decode("utf-8", "replace"), secs, rss)


def run_pool(jobs, parallel, fn):
    """Runs fn(job) for every job in a pool of `parallel` threads (each one
    waiting on its own subprocess). Returns (results in job order, wall s)."""
    t0 = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=parallel) as ex:
        results = list(ex.map(fn, jobs))
    return results, time.monotonic() - t0


def snapshot_binary(path, tmp):
    """Copies the sluice binary into tmp/bin (waiting while it is missing or
    being written) and the repository's rules into tmp/rules, so that edits
    to either during the run do not mix versions.
    Returns (copy, stat of the original)."""
    bindir = os.path.join(tmp, "bin")
    os.makedirs(bindir, exist_ok=True)
    copy = os.path.join(bindir, "sluice")
    rules = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(path))), "rules")
    if os.path.isdir(rules):
        shutil.copytree(rules, os.path.join(tmp, "rules"))
    for attempt in range(60):
        try:
            st = os.stat(path)
            if time.time() - st.st_mtime >= 5:
                shutil.copy2(path, copy)
                if os.stat(path).st_mtime == st.st_mtime and subprocess.run(
                        [copy, "--version"], stdout=subprocess.DEVNULL,
                        stderr=subprocess.DEVNULL).returncode == 0:
                    return copy, st
        except OSError:
            pass
        print("bench.py: waiting for %s (missing or being rebuilt)" % path, file=sys.stderr)
        time.sleep(10)
    sys.exit("bench.py: %s did not become usable" % path)


STATS_RE = re.compile(r"peak-worker-rss-kib=(\d+)")


def sluice_job(tc, args, ctx):
    fd, sarif = tempfile.mkstemp(prefix="sluice-bench-", suffix=".sarif", dir=ctx["tmp"])
    os.close(fd)
    argv = [ctx["sluice"], "scan", "--format", "sarif", "-o", sarif, "-j", "1",
            "--root", ctx["testcases"]]
    if ctx["stats"]:
        argv.append("--stats")
    argv += tc["sources"] + ["--", "-I", ctx["support"]]
    for attempt in range(30):
        rc, out, err, secs, rss = timed_run(argv, ctx["use_time"], ctx["tmp"])
        if rc not in (126, 127):
            break
        # The binary could not be started (being rebuilt?): wait and retry.
        time.sleep(5)
    res = {"rc": rc, "seconds": secs, "maxrss_kib": rss, "stderr": err, "sarif": None,
           "worker_rss_kib": None}
    for ln in err.splitlines():
        if ln.startswith("sluice: stats:"):
            m = STATS_RE.search(ln)
            if m:
                res["worker_rss_kib"] = int(m.group(1))
    try:
        with open(sarif) as f:
            res["sarif"] = json.load(f)
    except (OSError, ValueError) as e:
        res["sarif_error"] = str(e)
    finally:
        if os.path.exists(sarif):
            os.unlink(sarif)
    return res


def clang_job(tc, args, ctx):
    c = [s for s in tc["sources"] if s.endswith(".c")]
    cpp = [s for s in tc["sources"] if not s.endswith(".c")]
    total, rc, rss, errs = 0.0, 0, None, []
    for lang, std, files in (("c", "gnu17", c), ("c++", "gnu++17", cpp)):
        if not files:
            continue
        argv = [args.clang, "-fsyntax-only", "-w", "-I", ctx["support"], "-x", lang,
                "-std=" + std] + files
        r, _, err, secs, m = timed_run(argv, ctx["use_time"], ctx["tmp"])
        total += secs
        rc = rc or r
        if m is not None:
            rss = max(rss or 0, m)
        if r != 0:
            errs.append(err.strip()[:2000])
    return {"rc": rc, "seconds": total, "maxrss_kib": rss, "stderr": "\n".join(errs)}


# --------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------

class Extents:
    """Function extents per file, computed once per file."""

    def __init__(self):
        self.cache = {}
        self.problems = {}

    def get(self, path):
        if path not in self.cache:
            try:
                with open(path, encoding="utf-8", errors="replace") as f:
                    funcs, problems = scan_functions(f.read())
            except OSError as e:
                funcs, problems = [], ["cannot read: %s" % e]
            self.cache[path] = funcs
            if problems:
                self.problems[path] = problems
        return self.cache[path]


def _loc(phys, testcases):
    if not phys:
        return None, None
    uri = phys.get("artifactLocation", {}).get("uri")
    line = phys.get("region", {}).get("startLine")
    if uri is None:
        return None, line
    if uri.startswith("file://"):
        path = uri[len("file://"):]
    elif os.path.isabs(uri):
        path = uri
    else:
        path = os.path.normpath(os.path.join(testcases, uri))
    return path, line


def score_case(tc, res, testcases, extents):
    """Adds the score of one test case to `tc` (a JSON-able dict)."""
    sarif = res.get("sarif")
    notes = []
    findings = []
    if sarif is not None:
        for run in sarif.get("runs", []):
            for inv in run.get("invocations", []):
                for n in inv.get("toolExecutionNotifications", []):
                    notes.append(n.get("message", {}).get("text", "").split("\n")[0])
            for r in run.get("results", []):
                locs = r.get("locations") or [{}]
                path, line = _loc(locs[0].get("physicalLocation"), testcases)
                logical = None
                if locs[0].get("logicalLocations"):
                    logical = locs[0]["logicalLocations"][0].get("name")
                func = function_at(extents.get(path), line) if path and line else None
                steps = []
                for cf in r.get("codeFlows", []):
                    for tf in cf.get("threadFlows", []):
                        for st in tf.get("locations", []):
                            sp, sl = _loc(st.get("location", {}).get("physicalLocation"), testcases)
                            sf = function_at(extents.get(sp), sl) if sp and sl else None
                            steps.append({"file": os.path.relpath(sp, testcases) if sp else None,
                                          "line": sl, "function": sf, "category": category(sf)})
                findings.append({
                    "rule": r.get("ruleId"),
                    "file": os.path.relpath(path, testcases) if path else None,
                    "line": line, "function": func, "category": category(func),
                    "logical": logical,
                    "logical_category": category(logical) if logical is not None else None,
                    "flow": steps,
                })
    rc = res["rc"]
    failed = sarif is None or rc not in (0, 1, 2, 3)
    tc["rc"] = rc
    tc["seconds"] = round(res["seconds"], 4)
    tc["maxrss_kib"] = res["maxrss_kib"]
    tc["worker_rss_kib"] = res.get("worker_rss_kib")
    tc["findings"] = findings
    tc["notifications"] = notes
    tc["detected"] = any(f["category"] == "bad" for f in findings)
    tc["fp"] = any(f["category"] == "good" for f in findings)
    tc["other"] = any(f["category"] == "other" for f in findings)
    tc["not_fully"] = rc in (2, 3) or bool(notes) or failed
    tc["failed"] = failed
    # Cross-checks (not part of the score): a finding in a bad function whose
    # flow passes through a good function, or vice versa, and disagreements
    # between our function attribution and Sluice's logical location.
    tc["mixed_flow"] = any(
        f["category"] in ("bad", "good") and
        any(s["category"] in ("bad", "good") and s["category"] != f["category"] for s in f["flow"])
        for f in findings)
    tc["logical_mismatch"] = [
        "%s:%s ours=%s sluice=%s" % (f["file"], f["line"], f["function"], f["logical"])
        for f in findings
        if f["logical_category"] is not None and f["logical_category"] != f["category"]]
    seen = set()
    tc["duplicates"] = 0
    for f in findings:
        key = (f["rule"], f["file"], f["line"])
        if key in seen:
            tc["duplicates"] += 1
        seen.add(key)
    if failed:
        tc["error"] = (res.get("sarif_error") or "") + " " + res["stderr"].strip()[-2000:]
    return tc


def summarize(cases):
    def agg(sel):
        n = len(sel)
        d = sum(1 for c in sel if c["detected"])
        fp = sum(1 for c in sel if c["fp"])
        return {
            "test_cases": n, "detected": d, "recall": (100.0 * d / n) if n else None,
            "fp_cases": fp, "fp_rate": (100.0 * fp / n) if n else None,
            "other_cases": sum(1 for c in sel if c["other"]),
            "not_fully_analyzed": sum(1 for c in sel if c["not_fully"]),
            "failed": sum(1 for c in sel if c["failed"]),
            "findings": sum(len(c["findings"]) for c in sel),
            "findings_bad": sum(1 for c in sel for f in c["findings"] if f["category"] == "bad"),
            "findings_good": sum(1 for c in sel for f in c["findings"] if f["category"] == "good"),
            "findings_other": sum(1 for c in sel for f in c["findings"] if f["category"] == "other"),
            "mixed_flow_cases": sum(1 for c in sel if c["mixed_flow"]),
            "clang_errors": (sum(1 for c in sel if c.get("clang_rc"))
                             if any("clang_rc" in c for c in sel) else None),
        }

    rows = []
    cwes = []
    for c in cases:
        if c["cwe"] not in cwes:
            cwes.append(c["cwe"])
    for cwe in cwes + ["all"]:
        sel = [c for c in cases if cwe == "all" or c["cwe"] == cwe]
        for g in ["all"] + GROUP_ORDER:
            gs = [c for c in sel if g == "all" or variant_group(c["variant"]) == g]
            if gs:
                row = {"cwe": cwe, "group": g}
                row.update(agg(gs))
                rows.append(row)
    # Which rules found the flaws: per CWE, test cases with a finding of that
    # rule in a bad function (a test case may count under several rules).
    for cwe in cwes:
        by_rule = {}
        for c in cases:
            if c["cwe"] != cwe:
                continue
            for rule in sorted({f["rule"] for f in c["findings"] if f["category"] == "bad"}):
                by_rule[rule] = by_rule.get(rule, 0) + 1
        for r in rows:
            if r["cwe"] == cwe and r["group"] == "all":
                r["detected_by_rule"] = by_rule
    per_variant = {}
    for cwe in cwes:
        for v in sorted({c["variant"] for c in cases if c["cwe"] == cwe}):
            vs = [c for c in cases if c["cwe"] == cwe and c["variant"] == v]
            a = agg(vs)
            per_variant.setdefault(cwe, {})[v] = {k: a[k] for k in (
                "test_cases", "detected", "fp_cases", "other_cases", "not_fully_analyzed",
                "clang_errors")}
    return rows, per_variant


# --------------------------------------------------------------------------
# Machine / provenance
# --------------------------------------------------------------------------

def machine_info():
    model = None
    try:
        with open("/proc/cpuinfo") as f:
            for ln in f:
                if ln.startswith("model name"):
                    model = ln.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = None
    try:
        with open("/proc/meminfo") as f:
            for ln in f:
                if ln.startswith("MemTotal:"):
                    mem = int(ln.split()[1])
    except OSError:
        pass
    return {"nproc": os.cpu_count(), "model_name": model or platform.processor() or "unknown",
            "mem_total_kib": mem, "kernel": platform.release()}


def git_info():
    def g(*a):
        try:
            return subprocess.run(["git", "-C", REPO] + list(a), stdout=subprocess.PIPE,
                                  stderr=subprocess.DEVNULL, check=True).stdout.decode().strip()
        except (OSError, subprocess.CalledProcessError):
            return None
    head = g("rev-parse", "--short", "HEAD")
    dirty = g("status", "--porcelain", "--untracked-files=no", "--", ".", ":(exclude)bench")
    return {"head": head, "dirty": bool(dirty)}


def tool_version(argv):
    try:
        out = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT).stdout.decode()
        return out.strip().splitlines()[0] if out.strip() else None
    except OSError:
        return None


# --------------------------------------------------------------------------
# Main run
# --------------------------------------------------------------------------

def do_run(args):
    juliet = os.path.abspath(args.juliet)
    testcases = os.path.join(juliet, "testcases")
    support = os.path.join(juliet, "testcasesupport")
    if not os.path.isdir(testcases):
        sys.exit("bench.py: no Juliet test cases at %s (use --juliet)" % testcases)
    if args.no_snapshot and not os.access(args.sluice, os.X_OK):
        sys.exit("bench.py: no sluice binary at %s (build it first: make build)" % args.sluice)
    clang_ok = shutil.which(args.clang) is not None
    if not clang_ok and not args.no_clang:
        print("bench.py: %s not found; skipping the clang baseline" % args.clang, file=sys.stderr)
    use_clang = clang_ok and not args.no_clang
    use_time = os.access(GNU_TIME, os.X_OK)
    if not use_time:
        print("bench.py: %s (GNU time, Debian package `time`) is missing; "
              "skipping peak-memory measurement" % GNU_TIME, file=sys.stderr)
    variants = None
    if args.variants:
        variants = {"%02d" % int(v) for v in args.variants.replace(" ", "").split(",") if v}

    cwe_dirs = find_cwe_dirs(testcases, args.cwe or ["CWE78", "CWE23", "CWE506", "CWE511"])
    cases, data = [], {}
    for d in cwe_dirs:
        tcs, unmatched, warnings = collect_test_cases(testcases, d)
        total = len(tcs)
        if variants is not None:
            tcs = [t for t in tcs if t["variant"] in variants]
        if args.limit is not None:
            tcs = tcs[:args.limit]
        data[d] = {"test_cases_in_dir": total, "selected": len(tcs),
                   "files": sum(len(t["sources"]) + len(t["headers"]) for t in tcs),
                   "unmatched_files": unmatched, "warnings": warnings}
        cases.extend(tcs)
        print("bench.py: %s: %d test cases in the directory, %d selected%s" % (
            d, total, len(tcs), ", %d unmatched files" % len(unmatched) if unmatched else ""),
            file=sys.stderr)
        for w in warnings:
            print("bench.py: warning: %s" % w, file=sys.stderr)
    if not cases:
        sys.exit("bench.py: no test cases selected")

    started = datetime.datetime.now().astimezone()
    with tempfile.TemporaryDirectory(prefix="sluice-bench-") as tmp:
        # Run a private copy of the binary, so that a rebuild during the run
        # cannot mix two builds or fail invocations. Sluice finds its built-in
        # rules at <exe>/../rules: link the repository's rules there.
        binary, sluice_stat0 = args.sluice, None
        if not args.no_snapshot:
            binary, sluice_stat0 = snapshot_binary(args.sluice, tmp)
        else:
            sluice_stat0 = os.stat(args.sluice)
        version = tool_version([binary, "--version"])
        helptext = subprocess.run([binary, "scan", "--help"], stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT).stdout.decode("utf-8", "replace")
        stats = "--stats" in helptext
        ctx = {"testcases": testcases, "support": support, "tmp": tmp, "use_time": use_time,
               "stats": stats, "sluice": binary}
        load_start = os.getloadavg()
        # Warm-up (page cache, shared libraries), not timed.
        if cases:
            sluice_job(cases[0], args, ctx)
            if use_clang:
                clang_job(cases[0], args, ctx)
        # Interleave sluice and clang in chunks so that both see the same
        # background load; each chunk is a pool of --parallel processes.
        chunk = args.chunk if args.chunk > 0 else len(cases)
        sres, cres = [], []
        sluice_wall, clang_wall = 0.0, (0.0 if use_clang else None)
        print("bench.py: %d test cases, %d processes in parallel, chunks of %d" % (
            len(cases), args.parallel, chunk), file=sys.stderr)
        for i in range(0, len(cases), chunk):
            part = cases[i:i + chunk]
            r, w = run_pool(part, args.parallel, lambda tc: sluice_job(tc, args, ctx))
            sres += r
            sluice_wall += w
            if use_clang:
                r, w = run_pool(part, args.parallel, lambda tc: clang_job(tc, args, ctx))
                cres += r
                clang_wall += w
            if not args.quiet:
                print("bench.py: %d/%d test cases (sluice %.1f s, clang %s s)" % (
                    i + len(part), len(cases), sluice_wall,
                    "%.1f" % clang_wall if clang_wall is not None else "-"), file=sys.stderr)
        load_end = os.getloadavg()
    sluice_stat1 = os.stat(args.sluice) if os.path.exists(args.sluice) else None
    binary_changed = sluice_stat1 is None or (sluice_stat0.st_mtime, sluice_stat0.st_size) != (
        sluice_stat1.st_mtime, sluice_stat1.st_size)
    if binary_changed:
        print("bench.py: note: %s changed during the run; %s" % (
            args.sluice, "the run used the copy taken at the start" if not args.no_snapshot
            else "results may mix two builds"), file=sys.stderr)

    extents = Extents()
    scored = []
    for tc, r in zip(cases, sres):
        files = tc["sources"] + tc["headers"]
        for f in files:
            extents.get(f)
        out = {"name": tc["name"], "cwe": tc["cwe"], "variant": tc["variant"],
               "group": variant_group(tc["variant"]),
               "files": [os.path.relpath(f, testcases) for f in sorted(files)]}
        scored.append(score_case(out, r, testcases, extents))
    clang_failures = []
    for sc, tc, r in zip(scored, cases, cres):
        sc["clang_rc"] = r["rc"]
        if r["rc"] != 0:
            clang_failures.append({"name": tc["name"], "rc": r["rc"], "stderr": r["stderr"][:2000]})

    rows, per_variant = summarize(scored)
    n = len(scored)

    def mx(vals):
        vals = [v for v in vals if v is not None]
        return max(vals) if vals else None

    timing = {
        "sluice_wall_s": round(sluice_wall, 3),
        "clang_wall_s": round(clang_wall, 3) if clang_wall is not None else None,
        "ratio": round(sluice_wall / clang_wall, 3) if clang_wall else None,
        "sluice_sum_s": round(sum(r["seconds"] for r in sres), 3),
        "clang_sum_s": round(sum(r["seconds"] for r in cres), 3) if cres else None,
        "sluice_max_case_s": round(max(r["seconds"] for r in sres), 3),
        "sluice_slowest_case": max(zip(sres, cases), key=lambda x: x[0]["seconds"])[1]["name"],
        "load_avg_start": [round(x, 2) for x in load_start],
        "load_avg_end": [round(x, 2) for x in load_end],
    }
    memory = {
        "gnu_time": use_time,
        "sluice_peak_kib": mx(r["maxrss_kib"] for r in sres),
        "sluice_peak_case": (max(zip(sres, cases), key=lambda x: x[0]["maxrss_kib"] or 0)[1]["name"]
                             if use_time else None),
        "sluice_median_kib": (sorted(r["maxrss_kib"] for r in sres if r["maxrss_kib"] is not None)
                              [n // 2] if use_time else None),
        "clang_peak_kib": mx(r["maxrss_kib"] for r in cres) if cres else None,
        "sluice_stats_option": stats,
        "sluice_peak_worker_kib": mx(r.get("worker_rss_kib") for r in sres) if stats else None,
    }

    undetected = [c["name"] for c in scored if not c["detected"]]
    fps = [c for c in scored if c["fp"]]
    not_fully = [c for c in scored if c["not_fully"]]
    report = {
        "benchmark": "juliet",
        "command": args.command or " ".join([os.path.relpath(sys.argv[0], REPO)] + sys.argv[1:]),
        "date": started.isoformat(timespec="seconds"),
        "machine": machine_info(),
        "sluice": {"binary": args.sluice, "version": version, "snapshot": not args.no_snapshot,
                   "binary_mtime": datetime.datetime.fromtimestamp(sluice_stat0.st_mtime)
                   .astimezone().isoformat(timespec="seconds"),
                   "binary_changed_during_run": binary_changed, "git": git_info()},
        "clang": {"binary": args.clang, "version": tool_version([args.clang, "--version"]) if use_clang else None},
        "juliet": juliet,
        "options": {"cwe": [d for d in cwe_dirs], "limit": args.limit,
                    "variants": sorted(variants) if variants else None,
                    "parallel": args.parallel, "sluice_jobs_per_invocation": 1},
        "data": data,
        "summary": rows,
        "per_variant": per_variant,
        "timing": timing,
        "memory": memory,
        "undetected_count": len(undetected),
        "undetected": undetected[:20],
        "false_positives": [{
            "name": c["name"],
            "findings": ["%s %s:%s in %s" % (f["rule"], f["file"], f["line"], f["function"])
                         for f in c["findings"] if f["category"] == "good"]} for c in fps],
        "other_findings": [{
            "name": c["name"],
            "findings": ["%s %s:%s in %s" % (f["rule"], f["file"], f["line"], f["function"])
                         for f in c["findings"] if f["category"] == "other"]}
            for c in scored if c["other"]][:50],
        "not_fully_analyzed": [{"name": c["name"], "rc": c["rc"], "notifications": c["notifications"][:5],
                                "error": c.get("error")} for c in not_fully][:200],
        "mixed_flow_cases": [c["name"] for c in scored if c["mixed_flow"]][:50],
        "duplicate_finding_cases": sum(1 for c in scored if c["duplicates"]),
        "duplicate_findings": sum(c["duplicates"] for c in scored),
        "duplicate_finding_examples": [c["name"] for c in scored if c["duplicates"]][:20],
        "not_fully_but_detected": [c["name"] for c in scored if c["not_fully"] and c["detected"]][:50],
        "undetected_fully_analyzed": [c["name"] for c in scored
                                      if not c["detected"] and not c["not_fully"]][:50],
        "logical_location_mismatches": [m for c in scored for m in c["logical_mismatch"]][:50],
        "extent_problems": {os.path.relpath(p, testcases): v for p, v in extents.problems.items()},
        "clang_failures": clang_failures[:50],
        "clang_failure_count": len(clang_failures),
    }
    if args.cases_json:
        with open(args.cases_json, "w") as f:
            json.dump(scored, f, indent=1)
    with open(args.json, "w") as f:
        json.dump(report, f, indent=1)
        f.write("\n")
    print_summary(report)
    return report


def fmt_pct(x):
    return "-" if x is None else "%.1f" % x


def print_summary(rep):
    print("%-6s %-28s %6s %6s %7s %5s %7s %6s %6s %6s" % (
        "CWE", "variants", "cases", "det", "recall", "FP", "FPrate", "other", "nfa", "clang!"))
    for r in rep["summary"]:
        print("%-6s %-28s %6d %6d %7s %5d %7s %6d %6d %6s" % (
            r["cwe"], r["group"], r["test_cases"], r["detected"], fmt_pct(r["recall"]),
            r["fp_cases"], fmt_pct(r["fp_rate"]), r["other_cases"], r["not_fully_analyzed"],
            "-" if r.get("clang_errors") is None else r["clang_errors"]))
    t = rep["timing"]
    print("sluice %.2f s, clang %s s, ratio %s" % (
        t["sluice_wall_s"], t["clang_wall_s"], t["ratio"]))
    m = rep["memory"]
    if m["gnu_time"]:
        print("peak RSS: sluice %s KiB (median %s), clang %s KiB" % (
            m["sluice_peak_kib"], m["sluice_median_kib"], m["clang_peak_kib"]))


# --------------------------------------------------------------------------
# RESULTS.md
# --------------------------------------------------------------------------

def render_section(rep):
    m = rep["machine"]
    s = rep["sluice"]
    git = s.get("git") or {}
    L = []
    L.append(BEGIN_MARK)
    L.append("## Juliet C/C++ 1.3 (`bench/juliet`)")
    L.append("")
    L.append("Generated by `bench/juliet/bench.py`; do not edit between the markers.")
    L.append("")
    L.append("- Command: `%s`" % rep["command"])
    L.append("- Date: %s" % rep["date"])
    L.append("- Machine: %s CPUs (nproc), %s%s" % (
        m["nproc"], m["model_name"],
        ", %.1f GiB RAM" % (m["mem_total_kib"] / 1048576.0) if m.get("mem_total_kib") else ""))
    L.append("- Load average (1/5/15 min) at start %s, at end %s" % (
        " ".join("%.2f" % x for x in rep["timing"]["load_avg_start"]),
        " ".join("%.2f" % x for x in rep["timing"]["load_avg_end"])))
    L.append("- Sluice: %s, git %s%s, binary built %s%s" % (
        s.get("version") or "?", git.get("head") or "?",
        " + uncommitted changes" if git.get("dirty") else "", s.get("binary_mtime"),
        ("" if not s.get("binary_changed_during_run") else
         " (rebuilt during the run; the run used a copy taken at the start)" if s.get("snapshot")
         else " (**binary changed during the run: results may mix two builds**)")))
    o = rep["options"]
    sel = []
    for d, info in rep["data"].items():
        sel.append("%s: %d of %d test cases (%d files)" % (
            d, info["selected"], info["test_cases_in_dir"], info["files"]))
    L.append("- Data: %s" % "; ".join(sel))
    L.append("- Options: %d sluice processes in parallel, `-j 1` each; limit %s; variants %s" % (
        o["parallel"], o["limit"] if o["limit"] is not None else "none",
        ",".join(o["variants"]) if o["variants"] else "all"))
    L.append("")
    L.append("### Detection")
    L.append("")
    L.append("Recall = test cases with a finding in a `bad` function / test cases; "
             "FP rate = test cases with a finding in a `good` function / test cases. "
             "\"Other\" = test cases with a finding in a function that is neither; "
             "\"not fully analyzed\" = exit 2/3 or a toolExecutionNotification; "
             "\"clang errors\" = test cases on which `clang -fsyntax-only` fails (not valid code "
             "for this platform).")
    L.append("")
    L.append("| CWE | flow variants | test cases | detected | recall % | FP test cases | FP rate % "
             "| other | not fully analyzed | clang errors |")
    L.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in rep["summary"]:
        bold = r["group"] == "all"
        cells = [r["cwe"], r["group"], str(r["test_cases"]), str(r["detected"]), fmt_pct(r["recall"]),
                 str(r["fp_cases"]), fmt_pct(r["fp_rate"]), str(r["other_cases"]),
                 str(r["not_fully_analyzed"]),
                 "-" if r.get("clang_errors") is None else str(r["clang_errors"])]
        if bold:
            cells = ["**%s**" % c for c in cells]
        L.append("| " + " | ".join(cells) + " |")
    L.append("")
    by = [(r["cwe"], r.get("detected_by_rule") or {}) for r in rep["summary"]
          if r["group"] == "all" and r["cwe"] != "all"]
    if any(rules for _, rules in by):
        L.append("Rules that found the flaws (test cases with a finding of the rule in a `bad` "
                 "function): " + "; ".join(
                     "%s: %s" % (cwe, ", ".join("`%s` %d" % (k, v) for k, v in sorted(rules.items())))
                     for cwe, rules in by) + ".")
        L.append("")
    t = rep["timing"]
    L.append("### Time")
    L.append("")
    L.append("Wall clock over all selected test cases, same pool of %d processes, one invocation per "
             "test case (clang: `%s -fsyntax-only -w -I testcasesupport`, `-x c -std=gnu17` / "
             "`-x c++ -std=gnu++17`)." % (o["parallel"], rep["clang"]["binary"]))
    L.append("")
    L.append("| sluice s | clang s | ratio sluice/clang | sluice: sum over invocations s | slowest test case |")
    L.append("| ---: | ---: | ---: | ---: | --- |")
    L.append("| %.2f | %s | %s | %.2f | %s (%.2f s) |" % (
        t["sluice_wall_s"], "%.2f" % t["clang_wall_s"] if t["clang_wall_s"] is not None else "-",
        "%.2f" % t["ratio"] if t["ratio"] is not None else "-", t["sluice_sum_s"],
        t["sluice_slowest_case"], t["sluice_max_case_s"]))
    L.append("")
    mm = rep["memory"]
    L.append("### Peak memory")
    L.append("")
    if not mm["gnu_time"]:
        L.append("Not measured: /usr/bin/time (GNU time) was missing.")
    else:
        L.append("| sluice peak RSS KiB | sluice median KiB | peak test case | clang peak RSS KiB |")
        L.append("| ---: | ---: | --- | ---: |")
        L.append("| %s | %s | %s | %s |" % (mm["sluice_peak_kib"], mm["sluice_median_kib"],
                                          mm["sluice_peak_case"], mm["clang_peak_kib"] or "-"))
        L.append("")
        if mm.get("sluice_stats_option"):
            L.append("Peak worker RSS from `sluice --stats`: %s KiB." % mm.get("sluice_peak_worker_kib"))
        else:
            L.append("From GNU time `%M` of each `sluice scan` process. Sluice forks one worker per "
                     "file and waits for it, and Linux reports the largest of the process and its "
                     "waited-for children, so this figure covers the workers too "
                     "(sluice has no `--stats` option giving per-worker figures).")
    L.append("")
    notes = []
    for d, info in rep["data"].items():
        if info["unmatched_files"]:
            notes.append("%s: %d files do not follow the Juliet naming and were ignored"
                         % (d, len(info["unmatched_files"])))
        for w in info["warnings"]:
            notes.append(w)
    if rep.get("clang_failure_count"):
        notes.append("clang -fsyntax-only failed on %d test cases" % rep["clang_failure_count"])
    if rep.get("extent_problems"):
        notes.append("function-extent scanner problems in %d files" % len(rep["extent_problems"]))
    mixed = rep.get("mixed_flow_cases") or []
    if mixed:
        notes.append("%d%s test cases have a finding whose flow crosses between bad and good functions"
                     % (len(mixed), "+" if len(mixed) >= 50 else ""))
    if rep.get("duplicate_finding_cases"):
        notes.append("%d test cases have %d findings that repeat another finding's rule and "
                     "primary location" % (rep["duplicate_finding_cases"], rep["duplicate_findings"]))
    if notes:
        L.append("Notes: " + "; ".join(notes) + ".")
        L.append("")
    L.append("Details (undetected and false-positive test cases): `bench/juliet/last-run.json`.")
    L.append(END_MARK)
    return "\n".join(L) + "\n"


def write_results(rep, path):
    section = render_section(rep)
    if os.path.exists(path):
        with open(path) as f:
            text = f.read()
    else:
        text = "# Benchmark results\n\nEach section is written by its benchmark; see bench/README.md.\n\n"
    b = text.find(BEGIN_MARK)
    e = text.find(END_MARK)
    if b >= 0 and e > b:
        text = text[:b] + section + text[e + len(END_MARK):].lstrip("\n")
        if not text.endswith("\n"):
            text += "\n"
    else:
        if not text.endswith("\n\n"):
            text += "\n" if text.endswith("\n") else "\n\n"
        text += section
    with open(path, "w") as f:
        f.write(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--juliet", default=os.path.join(os.path.dirname(REPO), "shared", "juliet"),
                    help="Juliet root (with testcases/ and testcasesupport/); default <repo>/../shared/juliet")
    ap.add_argument("--sluice", default=os.path.join(REPO, "build", "sluice"))
    ap.add_argument("--clang", default="clang-19")
    ap.add_argument("--no-clang", action="store_true", help="skip the clang baseline")
    ap.add_argument("--cwe", action="append", help="CWE directory prefix, e.g. CWE78 (repeatable)")
    ap.add_argument("--limit", type=int, help="first N test cases per CWE")
    ap.add_argument("--variants", help="only these flow variants, e.g. 01,41")
    ap.add_argument("--parallel", type=int, default=2, help="sluice/clang processes at once (default 2)")
    ap.add_argument("--chunk", type=int, default=100,
                    help="alternate sluice and clang every N test cases (0 = all sluice, then all clang)")
    ap.add_argument("--no-snapshot", action="store_true",
                    help="run build/sluice in place instead of a copy taken at the start")
    ap.add_argument("--json", default=os.path.join(HERE, "last-run.json"), help="report file")
    ap.add_argument("--cases-json", help="also write every scored test case to this file")
    ap.add_argument("--command", help="command line to record in the report")
    ap.add_argument("--render", metavar="JSON", help="only render JSON into --results")
    ap.add_argument("--results", metavar="MD", help="write the juliet section of this file")
    ap.add_argument("-q", "--quiet", action="store_true")
    args = ap.parse_args()
    args.sluice = os.path.abspath(args.sluice)
    if args.parallel < 1:
        ap.error("--parallel must be at least 1")
    if args.render:
        with open(args.render) as f:
            rep = json.load(f)
        if not args.results:
            ap.error("--render needs --results")
        write_results(rep, args.results)
        return 0
    rep = do_run(args)
    if args.results:
        write_results(rep, args.results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
