#!/usr/bin/env python3
"""`sluice audit` end to end: repositories from a list and from a folder,
per-repository SARIF (schema-valid) and status, resuming, --force, a
repository that runs out of time, one that cannot be scanned, shards and
--merge, bad list lines, and the HTML report in headless Chromium (no
console errors, rendered rows, hostile file content shown as text only; a
screenshot is kept as test output)."""
import argparse
import glob
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cli_support  # noqa: E402
from cli_support import check, finish, results, sarif_of, setup, sluice, write  # noqa: E402

HOSTILE = """#include <stdlib.h>
/* </script><script>document.title = "pwned"</script> */
int main(void) {
  const char *x = getenv("X</script><img src=x onerror=alert(1)>");
  return system(x);
}
"""


def make_repos(tmp):
    repos = os.path.join(tmp, "repos")
    # The bundled example: a backup uploader that also drops and persists.
    shutil.copytree(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples",
                                 "demo"), os.path.join(repos, "dropper"))
    write(os.path.join(repos, "hostile", "<b>evil</b>.c"), HOSTILE)
    write(os.path.join(repos, "clean", "ok.c"), "int main(void) { return 0; }\n")
    write(os.path.join(repos, "empty", "README"), "no code here\n")
    return repos


def summary(out):
    with open(os.path.join(out, "summary.json"), encoding="utf-8") as f:
        return json.load(f)


def by_id(doc):
    return {r["id"]: r for r in doc["repos"]}


def chromium_check(html, shot):
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if not exe:
        check("html: chromium is installed (scripts/install-deps.sh installs it)", False)
        return
    common = [exe, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
              "--disable-extensions", "--enable-logging=stderr", "--v=0",
              "--user-data-dir=" + tempfile.mkdtemp(prefix="sluice-chromium-")]
    url = "file://" + html
    r = subprocess.run(common + ["--dump-dom", url], capture_output=True, text=True, timeout=120)
    dom = r.stdout
    console = [l for l in r.stderr.splitlines() if "CONSOLE" in l]
    check("html: no console messages (errors) while rendering", not console, console[:5])
    check("html: the script rendered a row per repository",
          dom.count('class="repo"') == 4, dom[-2000:] if dom else r.stderr[-2000:])
    check("html: hostile code became text, not markup",
          "<img" not in dom.replace("&lt;img", "") and "pwned" not in re.findall(r"<title>(.*?)</title>", dom)[0]
          and dom.count("<script") == 2, re.findall(r"<title>.*?</title>", dom))
    r = subprocess.run(common + ["--window-size=1280,1400", "--screenshot=" + shot, url],
                       capture_output=True, text=True, timeout=120)
    check("html: a screenshot was taken", os.path.exists(shot) and os.path.getsize(shot) > 10000,
          r.stderr[-800:])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sluice", required=True)
    ap.add_argument("--schema", required=True)
    ap.add_argument("--artifacts", help="folder for the screenshot")
    args = ap.parse_args()
    setup(os.path.abspath(args.sluice), args.schema)
    tmp = tempfile.mkdtemp(prefix="sluice-audit-")
    try:
        repos = make_repos(tmp)
        out = os.path.join(tmp, "out")
        r = sluice("audit", "-j", "2", "-o", out, repos, timeout=900)
        check("audit: a repository that cannot be scanned makes exit 3", r.returncode == 3,
              f"exit {r.returncode}: {r.stderr[-800:]}")
        doc = summary(out)
        ids = by_id(doc)
        check("audit: every child folder is a repository", sorted(ids) ==
              ["clean", "dropper", "empty", "hostile"], sorted(ids))
        check("audit: risk levels", (ids["dropper"]["risk"], ids["hostile"]["risk"],
                                     ids["clean"]["risk"], ids["empty"]["risk"]) ==
              ("high", "high", "none", "unknown"),
              {k: v["risk"] for k, v in ids.items()})
        check("audit: the dropper behaviour is counted across repositories",
              doc["reposPerBehavior"].get("behavior.dropper") == 1, doc["reposPerBehavior"])
        check("audit: the failed repository says why", ids["empty"]["state"] == "failed" and
              "exited with 2" in ids["empty"].get("error", ""), ids["empty"])
        for rid in ("dropper", "hostile", "clean"):
            d, errs = sarif_of(os.path.join(out, "repos", rid, "scan.sarif"))
            check(f"audit: {rid}'s SARIF is valid", not errs, errs[:1])
        check("audit: capabilities per repository", "exec" in ids["dropper"]["capabilities"] or
              "exec-shell" in ids["dropper"]["capabilities"], ids["dropper"]["capabilities"])

        r = sluice("audit", "-j", "2", "-o", out, repos)
        check("audit: a second run resumes (nothing to scan)",
              "4 already done, 0 to scan" in r.stderr, r.stderr[-400:])
        r = sluice("audit", "-j", "2", "--force", "-o", out, repos)
        check("audit: --force scans again", "0 already done, 4 to scan" in r.stderr, r.stderr[-400:])

        # A list: relative paths, comments, a bad line named by file and line.
        lst = os.path.join(tmp, "list.txt")
        write(lst, "# audit\nrepos/clean\n\nrepos/dropper\n")
        r = sluice("audit", "-o", os.path.join(tmp, "from-list"), lst)
        check("audit: a list file", r.returncode == 0 and
              sorted(by_id(summary(os.path.join(tmp, "from-list")))) == ["clean", "dropper"],
              r.stderr[-400:])
        write(lst, "repos/clean\nrepos/nope\n")
        r = sluice("audit", "-o", os.path.join(tmp, "bad"), lst)
        check("audit: a list line that is not a folder is exit 2 with file:line",
              r.returncode == 2 and f"{lst}:2:" in r.stderr, r.stderr)

        # Shards: disjoint, together everything; --merge joins them.
        shard_ids = []
        for i in (1, 2):
            o = os.path.join(tmp, f"shard{i}")
            sluice("audit", "--shard", f"{i}/2", "-o", o, repos, timeout=900)
            shard_ids.append(set(by_id(summary(o))))
        check("shards: disjoint and complete", not (shard_ids[0] & shard_ids[1]) and
              shard_ids[0] | shard_ids[1] == {"clean", "dropper", "empty", "hostile"}, shard_ids)
        merged = os.path.join(tmp, "merged")
        r = sluice("audit", "--merge", os.path.join(tmp, "shard1"), os.path.join(tmp, "shard2"),
                   "-o", merged)
        m = summary(merged)
        check("merge: one report of every repository, same risks as one run",
              {k: v["risk"] for k, v in by_id(m).items()} == {k: v["risk"] for k, v in ids.items()},
              by_id(m).keys())

        # Time budget: a repository too big for it is stopped and reported.
        big = os.path.join(tmp, "slow")
        body = "".join(f"int f{i}(int x) {{ return x + {i}; }}\n" for i in range(60000))
        write(os.path.join(big, "huge", "gen.c"), body)
        write(os.path.join(big, "small", "s.c"), "int main(void) { return 0; }\n")
        r = sluice("audit", "-j", "2", "--repo-timeout", "1", "-o", os.path.join(tmp, "slow-out"),
                   big, timeout=300)
        s = by_id(summary(os.path.join(tmp, "slow-out")))
        check("budget: the slow repository times out, the other is done, exit 3",
              r.returncode == 3 and s["huge"]["state"] == "timeout" and s["small"]["state"] == "done",
              ({k: v["state"] for k, v in s.items()}, r.stderr[-600:]))

        # Two folders with a child of the same name: two repositories.
        for org in ("orgA", "orgB"):
            write(os.path.join(tmp, org, "utils", "u.c"), "int main(void) { return 0; }\n")
        r = sluice("audit", "-o", os.path.join(tmp, "orgs"), os.path.join(tmp, "orgA"),
                   os.path.join(tmp, "orgB"))
        o = summary(os.path.join(tmp, "orgs"))
        check("ids: the same child name in two folders gives two repositories",
              o["repositories"] == 2 and len({x["id"] for x in o["repos"]}) == 2,
              [x["id"] for x in o["repos"]])

        # Interrupted: the unfinished repository has no status and is
        # scanned again on resume.
        slow_out = os.path.join(tmp, "interrupted")
        p = subprocess.Popen([cli_support.SLUICE, "audit", "-j", "1", "-o", slow_out, big],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(3)
        p.send_signal(signal.SIGINT)
        _, err = p.communicate(timeout=120)
        check("interrupt: exit 3", p.returncode == 3, (p.returncode, err[-400:]))
        r = sluice("audit", "-j", "1", "--repo-timeout", "2", "-o", slow_out, big, timeout=300)
        m = re.search(r"(\d+) already done, (\d+) to scan", r.stderr)
        check("interrupt: the resumed audit scans what was interrupted",
              m and int(m.group(2)) >= 1, r.stderr[-400:])

        html = os.path.join(out, "report.html")
        text = open(html, encoding="utf-8").read()
        check("html: self-contained (no external resources)",
              not re.search(r"""(src|href)\s*=\s*["']?https?:""", text) and "@import" not in text)
        shot = os.path.join(args.artifacts or tmp, "audit-report.png")
        if args.artifacts:
            os.makedirs(args.artifacts, exist_ok=True)
        chromium_check(html, shot)
        if args.artifacts:
            print(f"screenshot: {shot}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return finish()


if __name__ == "__main__":
    sys.exit(main())
