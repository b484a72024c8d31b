#!/usr/bin/env python3
"""Helpers over a compile_commands.json (used by realworld.sh).

    ccdb.py units DB            unique C units (absolute paths, one a line)
    ccdb.py kloc DB             thousands of lines (wc -l) of those units
    ccdb.py clang DB [-j 2] [--only FILE]
                                time clang-19 -fsyntax-only over those units
                                (or the one unit FILE) with each unit's own
                                flags (less options clang rejects); prints
                                the wall seconds last (failures on stderr)

A unit listed several times (libtool builds PIC and non-PIC objects, host
tools...) counts once, with its first entry. Only .c files are units.
"""
import argparse
import concurrent.futures
import json
import os
import re
import shlex
import subprocess
import sys
import time

# flags that take the next argument and only name outputs / dependency files
DROP_WITH_ARG = {"-o", "-MF", "-MT", "-MQ"}
DROP = {"-c", "-MD", "-MMD", "-MP", "-M", "-MM", "-S", "-E", "-save-temps",
        "-pipe"}


def entries(db):
    with open(db) as f:
        data = json.load(f)
    seen, out = set(), []
    for e in data:
        path = e["file"]
        if not os.path.isabs(path):
            path = os.path.join(e["directory"], path)
        path = os.path.normpath(path)
        if not path.endswith(".c") or path in seen or not os.path.exists(path):
            continue
        seen.add(path)
        args = e.get("arguments") or shlex.split(e["command"])
        out.append((path, e["directory"], args))
    return out


def syntax_args(args, path):
    out = ["clang-19"]
    i = 1
    while i < len(args):
        a = args[i]
        if a in DROP_WITH_ARG:
            i += 2
            continue
        if a in DROP or (a.startswith("-o") and len(a) > 2) or \
                a.startswith("-MF") or a.startswith("-Wp,-M"):
            i += 1
            continue
        out.append(a)
        i += 1
    return out + ["-fsyntax-only"]


# GCC-only options that clang's driver rejects (busybox: -malign-data=abi,
# -fno-guess-branch-probability): learnt from "unknown argument" errors and
# dropped from then on, as Sluice's own flag filter drops them.
UNKNOWN = set()
UNKNOWN_RE = re.compile(r"error: unknown argument: '([^']+)'")


def run_one(item):
    path, directory, args = item
    while True:
        cmd = [a for a in syntax_args(args, path) if a not in UNKNOWN]
        p = subprocess.run(cmd, cwd=directory, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, text=True, errors="replace")
        bad = set(UNKNOWN_RE.findall(p.stderr)) - UNKNOWN
        if p.returncode == 0 or not bad:
            return path, p.returncode, p.stderr
        UNKNOWN.update(bad)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=["units", "kloc", "clang"])
    ap.add_argument("db")
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("--only", help="time this unit alone")
    a = ap.parse_args()
    es = entries(a.db)
    if a.only:
        es = [e for e in es if e[0] == os.path.normpath(os.path.abspath(a.only))]
        if not es:
            sys.exit("ccdb.py: %s is not a unit of %s" % (a.only, a.db))
    if a.what == "units":
        for path, _, _ in es:
            print(path)
    elif a.what == "kloc":
        lines = 0
        for path, _, _ in es:
            with open(path, "rb") as f:
                lines += f.read().count(b"\n")
        print("%.1f" % (lines / 1000.0))
    else:
        t0 = time.monotonic()
        failed = 0
        with concurrent.futures.ThreadPoolExecutor(a.j) as ex:
            for path, rc, err in ex.map(run_one, es):
                if rc != 0:
                    failed += 1
                    print("clang failed (%d) on %s:\n%s" % (rc, path, err[-2000:]),
                          file=sys.stderr)
        wall = time.monotonic() - t0
        print("units=%d failed=%d dropped-unknown=%s"
              % (len(es), failed, ",".join(sorted(UNKNOWN)) or "none"),
              file=sys.stderr)
        print("%.1f" % wall)


if __name__ == "__main__":
    main()
