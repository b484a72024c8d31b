#!/usr/bin/env python3
"""End-to-end tests of Sluice against hostile and broken repositories: a
compile_commands.json that tries to make the scan write or read files or load
code, FIFOs and devices, symlink loops, deeply nested code, stop signals,
memory limits that cannot work, report writes that fail, binary and NUL-laden
files, self-inclusion, exponential macros, memory exhaustion, non-ASCII paths
with spaces, a 200,000-line generated file, and a worker killed from outside. Each test states
what a user must be able to rely on."""
import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time

import jsonschema

from cli_support import check, notes, results, sarif_of, sluice, write
import cli_support

ARGS = None
# Under `make test-sanitize` (ASan, a Debug build) everything is several
# times slower and ASan manages memory itself, so time bounds are looser and
# a memory-exhausting file may hit the time limit first.
SANITIZED = "ASAN_OPTIONS" in os.environ

RUN = """#include <stdlib.h>
void run(void) { system(getenv("CMD")); }
"""



def tree_snapshot(root, ignore=()):
    """Every path below root with its size and mtime: what a scan must not change."""
    out = {}
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        for n in dirnames + filenames:
            p = os.path.join(dirpath, n)
            if p in ignore:
                continue
            st = os.lstat(p)
            out[p] = (st.st_size, st.st_mtime_ns)
    return out



def result_files(doc):
    return [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results(doc)]


def build_marker_plugin(path, marker):
    """A shared object whose constructor writes `marker`: if it is ever
    loaded, the marker exists."""
    src = path + ".c"
    write(src, '#include <stdio.h>\n__attribute__((constructor)) static void hit(void) {\n'
               f'  FILE *f = fopen("{marker}", "w"); if (f) {{ fputs("loaded", f); fclose(f); }}\n}}\n')
    r = subprocess.run([ARGS.cc, "-shared", "-fPIC", "-o", path, src], capture_output=True, text=True)
    os.remove(src)
    return r.returncode == 0


def test_hostile_compile_database(tmp):
    """Flags planted in compile_commands.json write nothing, read nothing
    outside the tree, load nothing, and are reported."""
    base = os.path.join(tmp, "hostile")
    tree = os.path.join(base, "repo")
    outside = os.path.join(base, "outside")
    os.makedirs(outside)
    marker = os.path.join(outside, "plugin-was-loaded")
    plugin = os.path.join(outside, "marker.so")
    have_plugin = build_marker_plugin(plugin, marker)
    check("hostile db: the marker plugin builds", have_plugin, ARGS.cc)
    # A compiler the database names, with a configuration file beside it.
    write(os.path.join(tree, "tools", "clang"), "#!/bin/sh\nexit 0\n")
    write(os.path.join(tree, "tools", "clang.cfg"), "-DEVIL_CFG=1\n")
    write(os.path.join(outside, "evil.cfg"), "-DEVIL_CFG=1\n")
    write(os.path.join(outside, "flags.rsp"), "-DEVIL_RSP=1\n")
    write(os.path.join(outside, "secret.h"), '#define LEAKED "tok-5ecr3t-9f8e7d"\n')
    write(os.path.join(tree, "a.c"), RUN + """
#if defined(EVIL_CFG) || defined(EVIL_RSP)
void evil(void) { system(getenv("EVIL")); }
#endif
#ifdef LEAKED
void leak(void) { char *p = getenv("HOME"); system(LEAKED); system(p); }
#endif
""")
    write(os.path.join(tree, "b.c"), RUN)
    writes = [f"-Wp,-MD,{outside}/wp.d", f"-Wp,-MT,{outside}/wp.o",
              "-MD", "-MF", f"{outside}/mf.d",
              "-Xclang", "-dependency-file", "-Xclang", f"{outside}/xdep.d",
              "-Xclang", "-MT", "-Xclang", "x.o",
              "--serialize-diagnostics", f"{outside}/diag.dia", "-H",
              "-fmodules", f"-fmodules-cache-path={outside}/modcache",
              "-save-temps=cwd", "-ftime-trace", f"-ftime-trace={outside}/trace.json",
              "-o", f"{outside}/a.o"]
    loads = [f"-fplugin={plugin}", "-Xclang", "-load", "-Xclang", plugin,
             f"-fpass-plugin={plugin}", "-mllvm", "-debug-pass=Arguments"]
    reads = [f"--config={outside}/evil.cfg", f"@{outside}/flags.rsp",
             "-ivfsoverlay", f"{outside}/overlay.yaml", "-include", f"{outside}/secret.h"]
    db = [{"directory": tree, "file": "a.c",
           "arguments": [os.path.join(tree, "tools", "clang"), "-c", *writes, *loads, *reads,
                         "a.c"]},
          # A directory outside the tree: relative includes resolve there.
          {"directory": outside, "file": os.path.join(tree, "b.c"),
           "arguments": ["cc", "-include", "secret.h", "-c", os.path.join(tree, "b.c")]}]
    write(os.path.join(tree, "compile_commands.json"), json.dumps(db))
    sarif = os.path.join(base, "report.sarif")
    before_tree = tree_snapshot(tree)
    before_out = tree_snapshot(outside)
    r = sluice("scan", "--format", "sarif", "-o", sarif, "-j", "2", tree, cwd=tree)
    check("hostile db: the scan runs (exit 1: the planted findings)", r.returncode == 1,
          r.stdout + r.stderr)
    check("hostile db: nothing written in the tree", tree_snapshot(tree) == before_tree,
          set(tree_snapshot(tree)) ^ set(before_tree))
    check("hostile db: nothing written outside the tree",
          tree_snapshot(outside) == before_out, set(tree_snapshot(outside)) ^ set(before_out))
    check("hostile db: no plugin was loaded", not os.path.exists(marker))
    doc, errs = sarif_of(sarif)
    check("hostile db: the SARIF is valid", not errs, errs[:3])
    text = json.dumps(doc)
    check("hostile db: no token of a file outside the tree reaches the report",
          "tok-5ecr3t" not in text)
    funcs = [r["message"]["text"] for r in results(doc)]
    check("hostile db: neither config file nor response file was applied",
          not any("EVIL" in t for t in funcs) and "evil" not in text.replace("evil.cfg", ""),
          funcs)
    check("hostile db: the real findings of both files are kept",
          sorted(set(result_files(doc))) == ["a.c", "b.c"], result_files(doc))
    dropped = "\n".join(n["message"]["text"] for n in notes(doc)
                        if n["descriptor"]["id"] == "compile-flags-dropped")
    for flag in ("-Wp,-MD", "--config=", "@" + outside, "-fplugin=", "-Xclang -load",
                 "-fpass-plugin=", "--serialize-diagnostics", "-fmodules-cache-path",
                 "-ivfsoverlay", "-mllvm"):
        check(f"hostile db: dropping {flag} is reported", flag in dropped, dropped)
    check("hostile db: build outputs (-o, -MF) are dropped silently",
          "'-o " not in dropped and "'-MF " not in dropped, dropped)
    refused = "\n".join(n["message"]["text"] for n in notes(doc)
                        if n["descriptor"]["id"] == "tu-read-refused")
    check("hostile db: the refused read of secret.h is reported for both files",
          refused.count("secret.h") >= 2 and "outside the scan root" in refused, refused)

    # The same database listed with -p and no paths: an entry for a file
    # outside the root is reported, not analyzed.
    write(os.path.join(outside, "c.c"), RUN)
    db.append({"directory": outside, "file": "c.c", "arguments": ["cc", "-c", "c.c"]})
    write(os.path.join(tree, "compile_commands.json"), json.dumps(db))
    r = sluice("scan", "--format", "sarif", "-o", sarif, "-p", tree, cwd=tree)
    doc, _ = sarif_of(sarif)
    skipped = [n["message"]["text"] for n in notes(doc) if n["descriptor"]["id"] == "input-skipped"]
    check("hostile db: a database entry outside the root is reported, not analyzed",
          any("c.c" in s and "outside the scan root" in s for s in skipped) and
          "c.c" not in result_files(doc), skipped)


def test_fifos_and_devices(tmp):
    """FIFOs and devices are never opened: the scan neither blocks nor reads
    them, and says so; a sibling's finding is kept."""
    d = os.path.join(tmp, "fifo")
    write(os.path.join(d, "ok.c"), RUN)
    os.mkfifo(os.path.join(d, "x.c"))
    os.mkfifo(os.path.join(d, "pipe.h"))
    write(os.path.join(d, "inc.c"), '#include "pipe.h"\n#include "/dev/zero"\n#include "/dev/stdin"\n'
                                    + RUN.replace("run", "later"))
    sarif = os.path.join(tmp, "fifo.sarif")
    start = time.monotonic()
    # Standard input is a pipe that never closes: a worker reading it would hang.
    with subprocess.Popen(["sleep", "120"], stdout=subprocess.PIPE) as feeder:
        r = sluice("scan", "--timeout", "60", "--format", "sarif", "-o", sarif, "--root", d, d,
                   stdin=feeder.stdout, timeout=120)
        feeder.kill()
    took = time.monotonic() - start
    check("fifo: the scan does not block on FIFOs, devices or stdin", took < 30, f"{took:.1f} s")
    check("fifo: exit 1 for the findings", r.returncode == 1, r.stderr)
    doc, errs = sarif_of(sarif)
    check("fifo: SARIF valid", not errs, errs[:3])
    check("fifo: findings of ok.c and inc.c are kept",
          sorted(set(result_files(doc))) == ["inc.c", "ok.c"], result_files(doc))
    texts = {n["descriptor"]["id"]: n["message"]["text"] for n in notes(doc)}
    check("fifo: a FIFO named x.c is reported as skipped",
          "x.c" in texts.get("input-skipped", "") and "regular file" in texts["input-skipped"],
          texts)
    refused = texts.get("tu-read-refused", "")
    check("fifo: the FIFO header, /dev/zero and /dev/stdin were refused",
          all(p in refused for p in ("pipe.h", "/dev/zero", "/dev/stdin")), refused)
    check("fifo: the run is not marked successful",
          doc["runs"][0]["invocations"][0]["executionSuccessful"] is False)
    r = sluice("scan", os.path.join(d, "x.c"))
    check("fifo: a FIFO given by name is exit 2 naming it",
          r.returncode == 2 and "x.c" in r.stderr and "regular file" in r.stderr, r.stderr)


def test_symlink_loop(tmp):
    """A symlink loop reports each file once."""
    d = os.path.join(tmp, "loop")
    write(os.path.join(d, "sub", "a.c"), RUN)
    os.symlink("..", os.path.join(d, "sub", "up"))
    os.symlink(".", os.path.join(d, "self"))
    os.symlink("/usr/include", os.path.join(d, "sysinc"))
    sarif = os.path.join(tmp, "loop.sarif")
    r = sluice("scan", "--format", "sarif", "-o", sarif, "--root", d, d)
    doc, _ = sarif_of(sarif)
    check("symlink loop: one finding, once", r.returncode == 1 and len(results(doc)) == 1,
          (r.stderr, result_files(doc)))


def test_deep_nesting(tmp):
    """Expressions nested 20,000 deep, which Clang parses, are analyzed: no
    stack overflow, and the finding after them is reported."""
    d = os.path.join(tmp, "deep")
    plus = " + ".join(["x"] * 20000)
    cond = " : ".join(f"x == {i} ? {i}" for i in range(20000)) + " : 0"
    write(os.path.join(d, "plus.c"), f"int f(int x) {{ return {plus}; }}\n" + RUN)
    write(os.path.join(d, "cond.c"), f"int g(int x) {{ return {cond}; }}\n" +
          RUN.replace("run", "later"))
    sarif = os.path.join(tmp, "deep.sarif")
    start = time.monotonic()
    r = sluice("scan", "--timeout", "120", "--format", "sarif", "-o", sarif, "--root", d, d)
    took = time.monotonic() - start
    doc, _ = sarif_of(sarif)
    check("deep: both files analyzed, both findings, exit 1",
          r.returncode == 1 and sorted(result_files(doc)) == ["cond.c", "plus.c"],
          (r.returncode, result_files(doc), [n["message"]["text"] for n in notes(doc)]))
    check("deep: in seconds, not minutes", took < 30, f"{took:.1f} s")


def processes_mentioning(text):
    found = []
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                if text.encode() in f.read():
                    found.append(int(pid))
        except OSError:
            pass
    return found


def test_stop_signal(tmp):
    """SIGTERM during a scan: workers end with it, the report holds what was
    found, the slow file is reported as interrupted, exit 3."""
    d = os.path.join(tmp, "sigterm")
    write(os.path.join(d, "quick.c"), RUN)
    # Constant evaluation that runs for minutes (the step limit is lifted).
    write(os.path.join(d, "slow.cpp"), """
constexpr long spin() { long s = 0; for (long i = 0; i < (1L << 40); ++i) s += i & 3; return s; }
static_assert(spin() > 0, "");
""")
    sarif = os.path.join(tmp, "sigterm.sarif")
    p = subprocess.Popen([ARGS.sluice, "scan", "-j", "2", "--format", "sarif", "-o", sarif,
                          "--root", d, d, "--", "-fconstexpr-steps=2147483647"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         stdin=subprocess.DEVNULL)
    time.sleep(4)
    p.send_signal(signal.SIGTERM)
    try:
        out, err = p.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        p.kill()
        out, err = p.communicate()
        check("sigterm: sluice ends promptly", False, "still running 30 s after SIGTERM")
        return
    check("sigterm: exit 3", p.returncode == 3, (p.returncode, err))
    time.sleep(0.5)
    check("sigterm: no worker is left behind", processes_mentioning(d) == [],
          processes_mentioning(d))
    if not os.path.exists(sarif):
        check("sigterm: a report is written", False, err)
        return
    doc, errs = sarif_of(sarif)
    check("sigterm: the report is valid SARIF", not errs, errs[:3])
    check("sigterm: the finding of the finished file is kept", result_files(doc) == ["quick.c"],
          result_files(doc))
    ids = {n["descriptor"]["id"]: n["message"]["text"] for n in notes(doc)}
    check("sigterm: the slow file is reported as interrupted",
          "slow.cpp" in ids.get("tu-interrupted", ""), ids)


def test_memory_limit(tmp):
    d = os.path.join(tmp, "mem")
    write(os.path.join(d, "a.c"), RUN)
    r = sluice("scan", "--max-memory", "256", d)
    check("memory: a limit no worker can run in is exit 2 with the minimum",
          r.returncode == 2 and "at least" in r.stderr, r.stderr)
    r = sluice("scan", "--max-memory", "1024", d)
    check("memory: the documented minimum works", r.returncode == 1 and "taint.cmd-injection" in r.stdout,
          r.stdout + r.stderr)


def test_failed_writes(tmp):
    d = os.path.join(tmp, "writes")
    write(os.path.join(d, "a.c"), RUN)
    with open("/dev/full", "w") as full:
        r = subprocess.run([ARGS.sluice, "scan", d], stdout=full, stderr=subprocess.PIPE,
                           text=True, stdin=subprocess.DEVNULL)
    check("writes: a full standard output is exit 2", r.returncode == 2 and "standard output" in r.stderr,
          (r.returncode, r.stderr))
    r = sluice("scan", "--format", "sarif", "-o", "/dev/full", d)
    check("writes: -o on a full disk is exit 2", r.returncode == 2 and "/dev/full" in r.stderr,
          r.stderr)
    r = sluice("scan", "--format", "sarif", "-o", os.path.join(d, "no", "such", "dir.sarif"), d)
    check("writes: -o into a missing directory is exit 2", r.returncode == 2, r.stderr)
    good = os.path.join(d, "report.sarif")
    r = sluice("scan", "--format", "sarif", "-o", good, d)
    check("writes: a good -o leaves no temporary file beside it",
          r.returncode == 1 and sorted(os.listdir(d)) == ["a.c", "report.sarif"], os.listdir(d))


def test_database_below_the_input(tmp):
    """`sluice scan proj` from proj's parent finds proj/build/compile_commands.json."""
    parent = os.path.join(tmp, "parent")
    proj = os.path.join(parent, "proj")
    write(os.path.join(proj, "a.c"), "#include <stdlib.h>\n#ifdef FROM_DB\n"
                                     'void run(void) { system(getenv("CMD")); }\n#endif\n')
    write(os.path.join(proj, "build", "compile_commands.json"), json.dumps(
        [{"directory": proj, "file": "a.c", "arguments": ["cc", "-DFROM_DB=1", "-c", "a.c"]}]))
    r = sluice("scan", "proj", cwd=parent)
    check("database below the input: its flags apply", r.returncode == 1 and "a.c" in r.stdout,
          r.stdout + r.stderr)


def notes_by_file(doc):
    """{reported file: [(notification id, message)]}"""
    out = {}
    for n in notes(doc):
        for loc in n.get("locations", []):
            uri = loc["physicalLocation"]["artifactLocation"]["uri"]
            out.setdefault(uri, []).append((n["descriptor"]["id"], n["message"]["text"]))
    return out


def test_hostile_sources(tmp):
    """Files that are not C, or are C built to hurt: each is reported with
    its reason, in bounded time, and a planted finding beside them stays."""
    d = os.path.join(tmp, "sources")
    write(os.path.join(d, "sibling.c"), RUN)
    os.makedirs(os.path.join(d, "bin"))
    with open(os.path.join(d, "bin", "x.c"), "wb") as f:
        f.write(bytes((i * 7919 + 13) % 256 for i in range(20000)))
    with open(os.path.join(d, "nul.c"), "wb") as f:
        f.write(b"#include <stdlib.h>\nint a;\0\nvoid after_nul(void) { system(getenv(\"N\")); }\n")
    write(os.path.join(d, "self.c"), '#include "self.c"\nint x;\n')
    write(os.path.join(d, "exp", "boom.c"),
          "\n".join(["#define X0 int a;"] + [f"#define X{i} X{i-1} X{i-1}" for i in range(1, 41)] +
                    ["X40"]) + "\n")
    write(os.path.join(d, "mem", "alloc.c"),
          "\n".join(["#define Y0 0,0,0,0,0,0,0,0,"] +
                    [f"#define Y{i} Y{i-1} Y{i-1}" for i in range(1, 30)] +
                    ["int big[] = { Y29 };"]) + "\n")
    write(os.path.join(d, "dir with space", "ünï cödé.c"),
          RUN.replace("run(void)", "spaced(void)"))
    sarif = os.path.join(tmp, "sources.sarif")
    t0 = time.monotonic()
    r = sluice("scan", "--format", "sarif", "-o", sarif, "-j", "2", "--timeout", "20",
               "--max-memory", "1024", "--root", d, d, timeout=300)
    took = time.monotonic() - t0
    check("sources: the scan ends within its limits", took < 120, f"{took:.1f} s")
    check("sources: exit 1 (findings; the failures are in the report)", r.returncode == 1,
          f"exit {r.returncode}: {r.stderr[-600:]}")
    doc, errs = sarif_of(sarif)
    check("sources: SARIF valid", not errs, errs[:2])
    found = sorted((x["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                    x["locations"][0]["physicalLocation"]["region"]["startLine"])
                   for x in results(doc))
    check("sources: the sibling's, the NUL file's, the spaced file's and the generated file's "
          "findings are kept",
          found == [("dir%20with%20space/%C3%BCn%C3%AF%20c%C3%B6d%C3%A9.c", 2),
                    ("nul.c", 3), ("sibling.c", 2)], found)
    byfile = notes_by_file(doc)
    ids = {f: sorted({i for i, _ in v}) for f, v in byfile.items()}
    check("sources: binary data named x.c is reported as not parsed",
          any(i in ("tu-parse-error", "tu-frontend-failed") for i in ids.get("bin/x.c", [])), ids)
    check("sources: a file that includes itself is reported",
          "tu-parse-error" in ids.get("self.c", []) and
          any("nested too deeply" in m for _, m in byfile.get("self.c", [])), byfile.get("self.c"))
    check("sources: an exponential macro runs into the time limit, reported",
          "tu-timeout" in ids.get("exp/boom.c", []), ids.get("exp/boom.c"))
    if SANITIZED:
        check("sources: a file that exhausts memory is reported (sanitized: memory or time)",
              any(i in ("tu-out-of-memory", "tu-timeout") for i in ids.get("mem/alloc.c", [])),
              byfile.get("mem/alloc.c"))
    else:
        check("sources: a file that exhausts the memory limit is reported as such",
              "tu-out-of-memory" in ids.get("mem/alloc.c", []) and
              any("ran out of memory" in m for _, m in byfile.get("mem/alloc.c", [])),
              byfile.get("mem/alloc.c"))
    check("sources: executionSuccessful is false",
          doc["runs"][0]["invocations"][0]["executionSuccessful"] is False)

    # A 200,000-line generated file, with the default limits: analyzed, in
    # bounded time, its last line's finding found.
    g = os.path.join(tmp, "generated")
    body = "".join(f"int g{i}(int x) {{ return x * {i % 7} + {i}; }}\n" for i in range(199998))
    write(os.path.join(g, "big.c"),
          "#include <stdlib.h>\n" + body + 'void planted(void) { system(getenv("CMD")); }\n')
    t0 = time.monotonic()
    r = sluice("scan", "--format", "sarif", "-o", sarif, "--root", g, g, timeout=900)
    took = time.monotonic() - t0
    doc, errs = sarif_of(sarif)
    found = [(x["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
              x["locations"][0]["physicalLocation"]["region"]["startLine"]) for x in results(doc)]
    check("generated: 200,000 lines analyzed completely, the last line's finding found",
          r.returncode == 1 and not errs and found == [("big.c", 200000)] and not notes(doc),
          (r.returncode, found, [n["message"]["text"][:200] for n in notes(doc)]))
    check("generated: in bounded time", took < (600 if SANITIZED else 90), f"{took:.1f} s")


def test_killed_worker(tmp):
    """A worker killed from outside (the OOM killer, an operator) costs its
    file only: reported with the signal, the sibling's finding kept."""
    d = os.path.join(tmp, "killed")
    write(os.path.join(d, "sibling.c"), RUN)
    write(os.path.join(d, "slow.c"),
          "\n".join(["#define X0 int a;"] + [f"#define X{i} X{i-1} X{i-1}" for i in range(1, 41)] +
                    ["X40"]) + "\n")
    sarif = os.path.join(tmp, "killed.sarif")
    p = subprocess.Popen([cli_support.SLUICE, "scan", "--format", "sarif", "-o", sarif, "-j", "2",
                          "--timeout", "120", "--root", d, d],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    victim = None
    deadline = time.monotonic() + 30
    while victim is None and time.monotonic() < deadline:
        time.sleep(0.5)
        kids = subprocess.run(["pgrep", "-P", str(p.pid)], capture_output=True, text=True).stdout.split()
        if len(kids) == 1 and time.monotonic() > deadline - 27:
            victim = int(kids[0])  # the sibling is done in well under a second; slow.c remains
    if victim:
        os.kill(victim, signal.SIGKILL)
    out, err = p.communicate(timeout=120)
    check("killed: a worker was found and killed", victim is not None)
    check("killed: exit 1 (the sibling's finding)", p.returncode == 1, (p.returncode, err[-400:]))
    doc, errs = sarif_of(sarif)
    byfile = notes_by_file(doc)
    check("killed: SARIF valid, the sibling's finding kept",
          not errs and result_files(doc) == ["sibling.c"], result_files(doc))
    check("killed: the killed file is reported with its signal",
          any(i == "tu-crash" and "signal 9" in m for i, m in byfile.get("slow.c", [])),
          byfile.get("slow.c"))


def main():
    global ARGS
    ap = argparse.ArgumentParser()
    ap.add_argument("--sluice", required=True)
    ap.add_argument("--schema", required=True)
    ap.add_argument("--cc", required=True, help="a C compiler that can build a shared object")
    ARGS = ap.parse_args()
    cli_support.setup(ARGS.sluice, ARGS.schema)
    with tempfile.TemporaryDirectory(prefix="sluice-hostile-") as tmp:
        test_hostile_compile_database(tmp)
        test_fifos_and_devices(tmp)
        test_symlink_loop(tmp)
        test_deep_nesting(tmp)
        test_stop_signal(tmp)
        test_memory_limit(tmp)
        test_failed_writes(tmp)
        test_database_below_the_input(tmp)
        test_hostile_sources(tmp)
        test_killed_worker(tmp)
    return cli_support.finish()


if __name__ == "__main__":
    sys.exit(main())
