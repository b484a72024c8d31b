#!/usr/bin/env python3
"""The pre-merge gate end to end, on a real git repository: in-source
suppressions, baselines (written, matched across edits, from an earlier
SARIF, broken), --changed-since (a new source reaching an old sink across
files), .sluice.yml (exclusions, rules, fail-on, errors), and the
incremental cache (hits, stale units, tampered entries, symlinks)."""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cli_support  # noqa: E402
from cli_support import (check, finish, notes, results, sarif_of, setup,  # noqa: E402
                         sluice, write)

RUN_C = """#include <stdlib.h>
/* Runs a command line. */
void run(const char *line) {
  system(line);
}
"""

MAIN_C = """#include <stdlib.h>
void run(const char *line);
int main(void) {
  const char *cmd = getenv("OLD_CMD");
  run(cmd);
  return 0;
}
"""


def git(repo, *argv):
    env = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.invalid",
               GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.invalid")
    r = subprocess.run(["git", "-C", repo, *argv], capture_output=True, text=True, env=env)
    if r.returncode != 0:
        raise RuntimeError(f"git {' '.join(argv)}: {r.stderr}")
    return r.stdout


def scan(repo, *argv):
    """Scans repo (cwd = repo) to SARIF; returns (process, document, schema errors)."""
    out = os.path.join(repo, "..", "out.sarif")
    if os.path.exists(out):
        os.remove(out)
    r = sluice("scan", ".", "--format", "sarif", "-o", out, "-j", "2", *argv, cwd=repo)
    if not os.path.exists(out):
        return r, None, []
    doc, errs = sarif_of(out)
    return r, doc, errs


def at(res):
    loc = res["locations"][0]["physicalLocation"]
    return loc["artifactLocation"]["uri"], loc["region"]["startLine"]


def suppressions(tmp):
    repo = os.path.join(tmp, "suppress")
    write(os.path.join(repo, "inc", "util.h"),
          "// sluice-ignore[taint.cmd-injection]: the helper that was here is gone\n"
          "int util(void);\n")
    write(os.path.join(repo, "a.c"),
          "#include <stdlib.h>\n"
          "#include \"inc/util.h\"\n"
          "void a(void) {\n"
          "  // sluice-ignore[taint.cmd-injection]: the launcher sets CMD to a fixed path\n"
          "  system(getenv(\"CMD\"));\n"
          "  system(getenv(\"OTHER\")); // sluice-ignore[taint.*]\n"
          "}\n"
          "// sluice-ignore[taint.path-injection]: left behind by a refactoring\n")
    r, doc, errs = scan(repo)
    check("suppress: SARIF valid", doc is not None and not errs, (r.stderr, errs[:1]))
    res = results(doc)
    check("suppress: both findings stay in SARIF", len(res) == 2, [at(x) for x in res])
    sup = [x for x in res if x.get("suppressions")]
    check("suppress: the one with a reason is suppressed in source, with its justification",
          len(sup) == 1 and at(sup[0])[1] == 5 and sup[0]["suppressions"][0]["kind"] == "inSource"
          and "fixed path" in sup[0]["suppressions"][0]["justification"], sup)
    ids = sorted((n["descriptor"]["id"], n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                  n["locations"][0]["physicalLocation"]["region"]["startLine"])
                 for n in notes(doc) if "suppression" in n["descriptor"]["id"])
    check("suppress: the comment without a reason and the stale ones (also in a header) are reported",
          ids == [("invalid-suppression", "a.c", 6), ("unused-suppression", "a.c", 8),
                  ("unused-suppression", "inc/util.h", 1)], ids)
    check("suppress: the unsuppressed finding still fails the gate", r.returncode == 1,
          f"exit {r.returncode}")
    # Fix the second comment: nothing gates any more.
    write(os.path.join(repo, "a.c"),
          open(os.path.join(repo, "a.c"), encoding="utf-8").read().replace(
              "[taint.*]\n", "[taint.*]: OTHER is validated by the caller\n"))
    r, doc, _ = scan(repo)
    check("suppress: every finding suppressed -> exit 0", r.returncode == 0,
          f"exit {r.returncode}: {r.stderr[-400:]}")
    t = sluice("scan", ".", cwd=repo)
    check("suppress: the text report hides suppressed findings and counts them",
          "error:" not in t.stdout and "2 suppressed in the source" in t.stdout, t.stdout[-600:])


def baseline_and_changes(tmp):
    repo = os.path.join(tmp, "repo")
    write(os.path.join(repo, "run.c"), RUN_C)
    write(os.path.join(repo, "main.c"), MAIN_C)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "one")
    base = os.path.join(tmp, "made", "by", "sluice", "base.txt")
    r, doc, _ = scan(repo, "--write-baseline", base)
    check("baseline: the first scan finds the old flow; writing a baseline accepts it (exit 0)",
          r.returncode == 0 and len(results(doc)) == 1, r.stderr[-400:])
    check("baseline: written with its header", open(base).read().startswith("# sluice baseline 1\n"))
    shutil.copy(os.path.join(tmp, "out.sarif"), os.path.join(tmp, "base.sarif"))

    # Unrelated edits above the finding: lines inserted, a local renamed elsewhere.
    git(repo, "checkout", "-qb", "feature")
    write(os.path.join(repo, "run.c"), RUN_C.replace("/* Runs a command line. */\n",
                                                     "/* Runs a command line.\n   Twice documented. */\n\n"))
    write(os.path.join(repo, "main.c"), MAIN_C.replace("int main(void) {\n",
                                                       "int main(void) {\n  int spare = 0;\n  (void)spare;\n"))
    r, doc, errs = scan(repo, "--baseline", base)
    check("baseline: SARIF valid", not errs, errs[:1])
    res = results(doc)
    check("baseline: the shifted finding is unchanged, exit 0",
          r.returncode == 0 and [x.get("baselineState") for x in res] == ["unchanged"],
          (r.returncode, [x.get("baselineState") for x in res], r.stderr[-400:]))
    props = doc["runs"][0].get("properties", {}).get("sluice", {}).get("baseline", {})
    check("baseline: counts in the run's properties",
          props.get("new") == 0 and props.get("unchanged") == 1 and props.get("absent") == 0, props)

    # A new source in a new file reaching the old sink in run.c.
    write(os.path.join(repo, "net.c"),
          "#include <unistd.h>\n"
          "void run(const char *line);\n"
          "void serve(int fd) {\n"
          "  char buf[256];\n"
          "  read(fd, buf, sizeof buf);\n"
          "  run(buf);\n"
          "}\n")
    r, doc, _ = scan(repo, "--baseline", base)
    states = sorted(x.get("baselineState") for x in results(doc))
    check("baseline: a new source reaching the old sink makes its finding 'updated', which "
          "fails the gate", r.returncode == 1 and states == ["updated"], (r.returncode, states))
    r, doc2, _ = scan(repo, "--baseline", os.path.join(tmp, "base.sarif"))
    check("baseline: an earlier SARIF report works as the baseline",
          r.returncode == 1 and sorted(x.get("baselineState") for x in results(doc2)) == states,
          r.stderr[-400:])
    t = sluice("scan", ".", "--baseline", base, cwd=repo)
    check("baseline: the text report shows the updated finding",
          t.stdout.count(": error:") == 1 and "1 updated" in t.stdout and "0 unchanged" in t.stdout,
          t.stdout[-800:])
    # A new sink of its own is 'new'; the old finding is unchanged again.
    write(os.path.join(repo, "net.c"),
          "#include <unistd.h>\n#include <stdio.h>\n"
          "void serve(int fd) {\n"
          "  char buf[256];\n"
          "  read(fd, buf, sizeof buf);\n"
          "  popen(buf, \"r\");\n"
          "}\n")
    r, doc, _ = scan(repo, "--baseline", base)
    states = sorted(x.get("baselineState") for x in results(doc))
    check("baseline: a new sink is new, the old one unchanged",
          r.returncode == 1 and states == ["new", "unchanged"], (r.returncode, states))
    t = sluice("scan", ".", "--baseline", base, cwd=repo)
    check("baseline: the text report shows only the new finding",
          t.stdout.count(": error:") == 1 and "1 new finding" in t.stdout and "1 unchanged" in t.stdout
          and "net.c:6" in t.stdout, t.stdout[-800:])

    # --changed-since: the old flow (main.c -> run.c) is outside the change;
    # the new source reaches the old sink, so that flow is in it.
    r, doc, errs = scan(repo, "--changed-since", "main")
    res = results(doc) if doc else []
    check("changes: SARIF valid", doc is not None and not errs, (r.stderr[-400:], errs[:1]))
    check("changes: only the new sink is reported", [at(x) for x in res] == [("net.c", 6)],
          [at(x) for x in res])
    ch = doc["runs"][0].get("properties", {}).get("sluice", {}).get("changedSince", {}) if doc else {}
    check("changes: the left-out finding is counted", ch.get("findingsOutsideChange") == 1, ch)

    # A new source in a new file reaching the old sink: the old finding
    # touches the change through that source, so it is reported.
    write(os.path.join(repo, "remote.c"),
          "#include <unistd.h>\n"
          "void run(const char *line);\n"
          "void remote(int fd) {\n"
          "  char cmd[128];\n"
          "  read(fd, cmd, sizeof cmd);\n"
          "  run(cmd);\n"
          "}\n")
    r, doc, _ = scan(repo, "--changed-since", "main")
    check("changes: a new source reaching an old sink is reported",
          sorted(at(x) for x in results(doc)) == [("net.c", 6), ("run.c", 6)],
          [at(x) for x in results(doc)])

    # Commit the change: against HEAD nothing changed, against main it did.
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "two")
    r, doc, _ = scan(repo, "--changed-since", "HEAD")
    check("changes: nothing changed since HEAD -> no findings, exit 0",
          r.returncode == 0 and not results(doc), (r.returncode, r.stderr[-300:]))
    r, doc, _ = scan(repo, "--changed-since", "main")
    check("changes: committed changes count against the merge base", len(results(doc)) == 2,
          [at(x) for x in results(doc)])

    # A repository whose configuration names a clean filter: a working-tree
    # diff would run it. Sluice switches every configured filter off.
    marker = os.path.join(tmp, "filter-ran")
    git(repo, "config", "filter.evil.clean", f"touch {marker}; cat")
    write(os.path.join(repo, ".gitattributes"), "*.c filter=evil\n")
    write(os.path.join(repo, "run.c"), open(os.path.join(repo, "run.c")).read() + "/* edited */\n")
    r, doc, _ = scan(repo, "--changed-since", "main")
    check("changes: the repository's clean filter is not run", not os.path.exists(marker) and
          doc is not None, (r.returncode, r.stderr[-300:]))
    subprocess.run(["git", "-C", repo, "diff", "--stat"], capture_output=True)
    check("changes: (the same filter does run under a plain git diff)", os.path.exists(marker))
    git(repo, "config", "--unset", "filter.evil.clean")
    os.remove(os.path.join(repo, ".gitattributes"))
    git(repo, "checkout", "-q", "--", "run.c")

    r, doc, _ = scan(repo, "--changed-since", "no-such-branch")
    check("changes: an unknown reference is exit 2 naming it",
          r.returncode == 2 and "no-such-branch" in r.stderr and doc is None, r.stderr)
    outside = os.path.join(tmp, "not-a-repo")
    write(os.path.join(outside, "x.c"), "int x;\n")
    r, _, _ = scan(outside, "--changed-since", "main")
    check("changes: outside a git work tree is exit 2", r.returncode == 2 and "git" in r.stderr,
          r.stderr)

    # Broken baselines: exit 2, file and line named, no report written.
    bad = os.path.join(tmp, "bad.txt")
    write(bad, "# sluice baseline 1\n0123456789abcdef:1 taint.cmd-injection run.c:4\nnot-a-hash x\n")
    r, doc, _ = scan(repo, "--baseline", bad)
    check("baseline: a bad line is exit 2 naming file:line",
          r.returncode == 2 and f"{bad}:3:" in r.stderr and doc is None, r.stderr)
    r, _, _ = scan(repo, "--baseline", os.path.join(tmp, "missing.txt"))
    check("baseline: a missing file is exit 2", r.returncode == 2 and "missing.txt" in r.stderr,
          r.stderr)


def config(tmp):
    repo = os.path.join(tmp, "config")
    write(os.path.join(repo, "src", "a.c"),
          "#include <stdlib.h>\n#include <stdio.h>\n"
          "void a(void) { system(getenv(\"CMD\")); fopen(getenv(\"P\"), \"r\"); }\n")
    write(os.path.join(repo, "third_party", "lib", "v.c"),
          "#include <stdlib.h>\nvoid v(void) { system(getenv(\"V\")); }\n")
    r, doc, _ = scan(repo)
    files = sorted({at(x)[0] for x in results(doc)})
    check("config: without one, both folders are scanned",
          files == ["src/a.c", "third_party/lib/v.c"], files)

    write(os.path.join(repo, ".sluice.yml"),
          "paths:\n  exclude: [third_party]\n"
          "rules:\n  enable: [\"taint.cmd-*\"]\n"
          "fail-on: none\n")
    r, doc, errs = scan(repo)
    res = results(doc)
    check("config: exclusions and enabled rules apply, fail-on none gives exit 0",
          r.returncode == 0 and not errs and [(at(x)[0], x["ruleId"]) for x in res] ==
          [("src/a.c", "taint.cmd-injection")], (r.returncode, [(at(x), x["ruleId"]) for x in res]))
    check("config: the excluded unit is not analyzed",
          all("third_party" not in a["location"]["uri"] for a in doc["runs"][0].get("artifacts", [])))
    r, doc, _ = scan(repo, "--fail-on", "warning")
    check("config: a flag overrides it", r.returncode == 1, f"exit {r.returncode}")
    r, doc, _ = scan(repo, "--no-config")
    check("config: --no-config ignores it", len(results(doc)) == 3, len(results(doc)))

    write(os.path.join(repo, ".sluice.yml"), "paths:\n  exclude: [x]\nfailon: error\n")
    r, doc, _ = scan(repo)
    check("config: an unknown key is exit 2 with file:line:col",
          r.returncode == 2 and ".sluice.yml:3:1: error: unknown key 'failon'" in r.stderr and doc is None,
          r.stderr)
    write(os.path.join(repo, ".sluice.yml"), "rules:\n  enable: [taint.no-such-rule]\n")
    r, _, _ = scan(repo)
    check("config: an enable glob naming no rule is exit 2", r.returncode == 2 and
          "taint.no-such-rule" in r.stderr, r.stderr)
    other = os.path.join(tmp, "elsewhere.yml")
    write(other, "paths:\n  include: [config/src]\n")
    r = sluice("scan", "--config", other, "--format", "sarif", cwd=tmp)
    check("config: --config names a file; paths.include stands in for the command line's paths",
          r.returncode == 1 and "src/a.c" in r.stdout and "third_party" not in r.stdout,
          r.stderr[-400:])


def run_env(argv, cwd, env_extra):
    env = dict(os.environ, **env_extra)
    return subprocess.run([cli_support.SLUICE, *argv], capture_output=True, text=True, cwd=cwd,
                          env=env, timeout=600)


def stat_of(stderr, key):
    m = re.search(r"\b%s=(\d+)" % key, stderr)
    return int(m.group(1)) if m else -1


def cache(tmp):
    repo = os.path.join(tmp, "cached")
    write(os.path.join(repo, "cmd.h"), "#define SHELL_OF(x) (x)\n")
    write(os.path.join(repo, "a.c"),
          "#include <stdlib.h>\n#include \"cmd.h\"\n"
          "void a(void) { system(SHELL_OF(getenv(\"CMD\"))); }\n")
    write(os.path.join(repo, "b.c"),
          "#include <stdio.h>\n#include <stdlib.h>\n#include \"later.h\"\n"
          "void b(void) { fopen(getenv(\"P\"), \"r\"); }\n")
    env = {"XDG_CACHE_HOME": os.path.join(tmp, "xdg"), "SLUICE_CACHE_KEY": ""}
    cdir = os.path.join(tmp, "cache-dir")

    def scan_cached(label, *extra, env_over=None):
        # Files changed during a scan are not cached: make the edits older.
        past = time.time() - 30
        for dirpath, _, files in os.walk(repo):
            for f in files:
                os.utime(os.path.join(dirpath, f), (past, past))
        out = os.path.join(tmp, label + ".sarif")
        r = run_env(["scan", ".", "--cache", cdir, "--stats", "--format", "sarif", "-o", out,
                     "--fail-on", "none", *extra], repo, dict(env, **(env_over or {})))
        text = open(out, encoding="utf-8").read() if os.path.exists(out) else ""
        return r, text

    r, first = scan_cached("first")
    check("cache: a first scan stores every unit", stat_of(r.stderr, "stored") == 2 and
          stat_of(r.stderr, "misses") == 2, r.stderr[-600:])
    # A file edited while (or just before) a scan reads it is not cached:
    # the result could be of the older content.
    fresh_dir = os.path.join(tmp, "fresh-cache")
    write(os.path.join(repo, "x.c"), "int x;\n")
    rr = run_env(["scan", ".", "--cache", fresh_dir, "--stats", "-q", "--fail-on", "none"], repo, env)
    check("cache: a file changed during the scan is not stored",
          stat_of(rr.stderr, "stored") == 2 and stat_of(rr.stderr, "misses") == 3, rr.stderr[-400:])
    os.remove(os.path.join(repo, "x.c"))
    check("cache: the key file is created outside the tree, private",
          oct(os.stat(os.path.join(tmp, "xdg", "sluice", "cache-key")).st_mode & 0o777) == "0o600")
    r, again = scan_cached("again")
    check("cache: nothing changed -> every unit from the cache, byte-identical SARIF",
          stat_of(r.stderr, "hits") == 2 and again == first, r.stderr[-600:])

    # A header a unit read changes: that unit, and only it, is analyzed again.
    write(os.path.join(repo, "cmd.h"), "#define SHELL_OF(x) (\"ls\")\n")
    r, changed = scan_cached("header")
    check("cache: a changed header makes its unit stale, the other a hit",
          stat_of(r.stderr, "stale") == 1 and stat_of(r.stderr, "hits") == 1, r.stderr[-600:])
    doc = json.loads(changed)
    check("cache: the re-analysis sees the header's new content (no command injection left)",
          [x["ruleId"] for x in results(doc)] == ["taint.path-injection"],
          [x["ruleId"] for x in results(doc)])

    # A header that was missing appears in the unit's directory.
    write(os.path.join(repo, "later.h"), "#define LATER 1\n")
    r, _ = scan_cached("appeared")
    check("cache: a missing header that appears makes its unit stale",
          stat_of(r.stderr, "stale") == 1, r.stderr[-600:])

    # A tampered entry is not trusted: reported with its file, recomputed.
    entries = [os.path.join(d, f) for d, _, fs in os.walk(cdir) for f in fs]
    for e in entries:
        data = open(e, "rb").read()
        open(e, "wb").write(data.replace(b'"functionsAnalyzed":1', b'"functionsAnalyzed":9'))
    r, tampered = scan_cached("tampered")
    check("cache: altered entries fail authentication, are named and recomputed",
          stat_of(r.stderr, "corrupt") == 2 and stat_of(r.stderr, "stored") == 2 and
          "does not authenticate" in r.stderr and cdir in r.stderr, r.stderr[-800:])
    r, fresh = scan_cached("fresh", "--no-cache")
    check("cache: the recomputed report equals a scan without the cache", tampered == fresh)
    r, _ = scan_cached("otherkey", env_over={"SLUICE_CACHE_KEY": "another-secret-of-32-characters-x"})
    check("cache: entries written under another key are not trusted",
          stat_of(r.stderr, "corrupt") == 2 and stat_of(r.stderr, "hits") == 0, r.stderr[-600:])

    # A cache folder inside the tree that is a symlink is refused.
    outside = os.path.join(tmp, "elsewhere")
    os.makedirs(outside)
    os.makedirs(os.path.join(repo, ".sluice"))
    os.symlink(outside, os.path.join(repo, ".sluice", "cache"))
    out = os.path.join(tmp, "link.sarif")
    r = run_env(["scan", ".", "--cache", ".sluice/cache", "--format", "sarif", "-o", out,
                 "--fail-on", "none"], repo, env)
    check("cache: a symlinked cache folder in the tree is refused, the scan goes on",
          r.returncode == 0 and "symlink" in r.stderr and not os.listdir(outside) and
          results(json.load(open(out))), (r.returncode, r.stderr[-600:], os.listdir(outside)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sluice", required=True)
    ap.add_argument("--schema", required=True)
    args = ap.parse_args()
    setup(os.path.abspath(args.sluice), args.schema)
    if not shutil.which("git"):
        print("FAIL: git is not installed (scripts/install-deps.sh installs it)")
        return 1
    tmp = tempfile.mkdtemp(prefix="sluice-gate-")
    try:
        suppressions(tmp)
        baseline_and_changes(tmp)
        config(tmp)
        cache(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return finish()


if __name__ == "__main__":
    sys.exit(main())
