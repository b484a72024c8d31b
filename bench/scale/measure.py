#!/usr/bin/env python3
"""Run a Sluice command and measure it (used by run.sh and realworld.sh).

    measure.py --json OUT.json [--cap-mib 8192] [--stderr FILE] [--time-file FILE] -- CMD...
    measure.py --row OUT.json --label L --kind synthetic|realworld [...]

Run mode: starts `/usr/bin/time -v -o TIME-FILE CMD...` (CMD is typically
`timeout S nice -n 19 prlimit --as=... sluice scan ...`), and every 0.2 s reads
/proc/PID/status of the Sluice main process (the `sluice` process whose parent
is not `sluice`; workers are its `sluice` children): the largest VmHWM seen is
the main peak RSS. If the main process's VmRSS passes --cap-mib, it and its
descendants are killed (SIGKILL) and the run is recorded as killed at the cap.
Writes a JSON summary (also when the benchmark itself gets SIGTERM: status
terminated): wall time, exit code, status (ok, findings, incomplete,
killed-mem, timeout, signal, failed, terminated; bad_alloc when Sluice died of
std::bad_alloc, e.g. under prlimit --as), main peak, time -v's maximum RSS, the
`sluice: stats:` fields and the summary line's counts.

Row mode: prints one markdown table row from such a JSON.
"""
import argparse
import json
import os
import re
import signal
import subprocess
import sys
import time


def proc_table():
    """pid -> (ppid, comm) for every process."""
    out = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % d) as f:
                s = f.read()
        except OSError:
            continue
        r = s.rfind(")")
        comm = s[s.find("(") + 1:r]
        ppid = int(s[r + 2:].split()[1])
        out[int(d)] = (ppid, comm)
    return out


def descendants(table, root):
    kids = {}
    for pid, (ppid, _) in table.items():
        kids.setdefault(ppid, []).append(pid)
    out, todo = [], [root]
    while todo:
        p = todo.pop()
        for c in kids.get(p, []):
            out.append(c)
            todo.append(c)
    return out


def status_kib(pid, key):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def parse_stderr(text):
    res = {}
    m = None
    for m in re.finditer(r"^sluice: stats: (.*)$", text, re.M):
        pass
    if m:
        for kv in m.group(1).split():
            k, _, v = kv.partition("=")
            res["stats_" + k.replace("-", "_")] = v
    # "sluice: 15 findings, 14 at or above --fail-on; 143 files analyzed, ..."
    m = re.search(r"^sluice: (\d+) findings?(?:, \d+ at or above --fail-on)?[,;] (\d+) files? "
                  r"analyzed, (\d+) not fully analyzed", text, re.M)
    if m:
        res["findings"] = int(m.group(1))
        res["files_analyzed"] = int(m.group(2))
        res["not_fully_analyzed"] = int(m.group(3))
    return res


def parse_time(path):
    res = {}
    try:
        with open(path) as f:
            text = f.read()
    except OSError:
        return res
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    if m:
        res["time_maxrss_kib"] = int(m.group(1))
    m = re.search(r"Elapsed \(wall clock\) time.*: (\S+)", text)
    if m:
        secs = 0.0
        for part in m.group(1).split(":"):
            secs = secs * 60 + float(part)
        res["time_wall_s"] = secs
    m = re.search(r"Command terminated by signal (\d+)", text)
    if m:
        res["time_signal"] = int(m.group(1))
    return res


def run(a):
    time_file = a.time_file or (a.json + ".time")
    cmd = ["/usr/bin/time", "-v", "-o", time_file] + a.cmd
    err = open(a.stderr or (a.json + ".stderr"), "w")
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, stderr=err)
    term = []

    def on_term(sig, _frame):  # record an outside stop instead of vanishing
        term.append(sig)
        try:
            p.send_signal(signal.SIGTERM)
        except OSError:
            pass
    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGHUP, on_term)
    cap_kib = a.cap_mib * 1024 if a.cap_mib else 0
    main_pid, peak_hwm, peak_rss, killed_at = None, 0, 0, None
    while p.poll() is None:
        tab = proc_table()
        desc = descendants(tab, p.pid)
        if main_pid is None or main_pid not in tab:
            for pid in desc:
                ppid, comm = tab[pid]
                if comm == "sluice" and tab.get(ppid, (0, ""))[1] != "sluice":
                    main_pid = pid
                    break
        if main_pid is not None:
            hwm = status_kib(main_pid, "VmHWM")
            rss = status_kib(main_pid, "VmRSS")
            if hwm:
                peak_hwm = max(peak_hwm, hwm)
            if rss:
                peak_rss = max(peak_rss, rss)
                if cap_kib and rss > cap_kib and killed_at is None:
                    killed_at = time.monotonic() - t0
                    victims = [main_pid] + descendants(tab, main_pid)
                    for v in victims:
                        try:
                            os.kill(v, signal.SIGKILL)
                        except OSError:
                            pass
        time.sleep(0.2)
    wall = time.monotonic() - t0
    err.close()
    rc = p.returncode
    with open(a.stderr or (a.json + ".stderr")) as f:
        stderr_text = f.read()
    res = {"cmd": a.cmd, "wall_s": round(wall, 2), "rc": rc,
           "main_peak_kib": max(peak_hwm, peak_rss),
           "cap_mib": a.cap_mib}
    res.update(parse_time(time_file))
    res.update(parse_stderr(stderr_text))
    if "std::bad_alloc" in stderr_text:
        res["bad_alloc"] = True
    if killed_at is not None:
        res["status"] = "killed-mem"
        res["killed_after_s"] = round(killed_at, 1)
    elif term:
        res["status"] = "terminated"
    elif rc == 124 or (rc == 137 and "timeout" in a.cmd[:1]):
        res["status"] = "timeout"
    elif res.get("time_signal"):
        res["status"] = "signal %d" % res["time_signal"]
    elif rc in (0, 1, 3) and "stats_wall_s" in res:
        res["status"] = {0: "ok", 1: "findings", 3: "incomplete"}[rc]
    else:
        res["status"] = "failed"
        res["stderr_tail"] = stderr_text.strip().splitlines()[-5:]
    with open(a.json, "w") as f:
        json.dump(res, f, indent=1)
    print(json.dumps({k: v for k, v in res.items() if k != "cmd"}), file=sys.stderr)
    return 0


def mib(kib):
    return "%.0f" % (int(kib) / 1024.0) if kib not in (None, "") else "-"


def outcome(r):
    st = r["status"]
    if st == "killed-mem":
        return "killed at %d MiB main RSS after %.0f s" % (r["cap_mib"], r["killed_after_s"])
    if r.get("bad_alloc") and st not in ("ok", "findings", "incomplete"):
        lim = [c for c in r.get("cmd", []) if c.startswith("--as=")]
        lim = " %s GiB" % (int(lim[0][5:]) >> 30) if lim else ""
        return ("out of memory under prlimit --as%s (std::bad_alloc, abort) after "
                "%.0f s" % (lim, r["wall_s"]))
    if st == "terminated":
        return "stopped from outside (SIGTERM to the benchmark) after %.0f s" % r["wall_s"]
    if st == "timeout":
        return "timeout after %.0f s" % r["wall_s"]
    if st.startswith("signal"):
        return "%s (rc %s) after %.0f s" % (st, r["rc"], r["wall_s"])
    if st == "failed":
        tail = " / ".join(r.get("stderr_tail", []))[-160:].replace("|", "/")
        return "failed rc %s: %s" % (r["rc"], tail)
    return str(r["rc"])


def row(a):
    with open(a.row) as f:
        r = json.load(f)
    complete = r["status"] in ("ok", "findings", "incomplete")
    sl = "%.1f" % r["wall_s"]
    try:
        ratio = "%.1f" % (r["wall_s"] / float(a.clang)) if complete else "-"
    except (ValueError, ZeroDivisionError):
        ratio = "-"
    link = r.get("stats_link_s", "-") if complete else "-"
    worker = mib(r.get("stats_peak_worker_rss_kib")) if complete else "-"
    main = mib(r.get("main_peak_kib") or None)
    if not complete:
        stopped = r["status"] in ("killed-mem", "timeout") or r.get("bad_alloc")
        sl = ">" + sl if stopped else sl
    if a.kind == "synthetic":
        found = a.found if complete else "- (%s)" % outcome(r)
        cells = [a.label, a.files, a.clang, sl, ratio, link, main, worker,
                 a.planted, found, a.other if complete else "-"]
    else:
        cells = [a.label, a.kloc, a.units, a.clang, sl, ratio, link, main,
                 worker, str(r.get("findings", "-")) if complete else "-",
                 str(r.get("not_fully_analyzed", "-")) if complete else "-",
                 outcome(r)]
    print("| " + " | ".join(str(c) for c in cells) + " |")
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--json")
    ap.add_argument("--cap-mib", type=int, default=8192)
    ap.add_argument("--stderr")
    ap.add_argument("--time-file")
    ap.add_argument("--row")
    ap.add_argument("--label", default="")
    ap.add_argument("--kind", default="synthetic")
    for k in ("files", "clang", "planted", "found", "other", "kloc", "units"):
        ap.add_argument("--" + k, default="-")
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    if a.cmd and a.cmd[0] == "--":
        a.cmd = a.cmd[1:]
    if a.row:
        return row(a)
    if not a.json or not a.cmd:
        ap.error("need --json and a command")
    return run(a)


if __name__ == "__main__":
    sys.exit(main())
