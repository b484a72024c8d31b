#!/usr/bin/env python3
"""End-to-end tests of the sluice command line: exit codes, robustness to
broken input, determinism across -j, compilation databases, rule errors."""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

import jsonschema

import cli_support
from cli_support import check, results, sarif_of, sluice, write

ARGS = None



GOOD = """#include <stdlib.h>
void run(void) { system(getenv("CMD")); }
"""
CLEAN = """#include <stdio.h>
int main(void) { puts("hello"); return 0; }
"""
SYNTAX = """#include <stdlib.h>
void a(void) { system(getenv("A")); }
void b(void) { int y = 3 + ; }
"""
MISSING_HEADER = """#include "nowhere/not_here.h"
#include <stdlib.h>
void later(void) { char *p = getenv("B"); system(p); }
"""


def validate(schema, path):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    errs = list(schema.iter_errors(doc))
    return doc, errs


def test_help_and_version():
    r = sluice("--version")
    check("version", r.returncode == 0 and re.match(r"sluice \d+\.\d+\.\d+", r.stdout), r.stdout)
    r = sluice("--help")
    check("help lists exit codes", r.returncode == 0 and "Exit codes" in r.stdout and "3" in r.stdout)
    r = sluice("scan", "--help")
    check("scan help", r.returncode == 0 and "--fail-on" in r.stdout and "-p <dir>" in r.stdout)


def test_usage_errors(tmp):
    r = sluice("scan")
    check("no input is exit 2", r.returncode == 2 and "no input" in r.stderr, r.stderr)
    r = sluice("scan", "--bogus", tmp)
    check("unknown option is exit 2", r.returncode == 2 and "--bogus" in r.stderr, r.stderr)
    r = sluice("scan", os.path.join(tmp, "does-not-exist.c"))
    check("missing file is exit 2 naming it", r.returncode == 2 and "does-not-exist.c" in r.stderr,
          r.stderr)
    r = sluice("scan", "--fail-on", "sometimes", tmp)
    check("bad --fail-on is exit 2", r.returncode == 2, r.stderr)
    r = sluice("frobnicate")
    check("unknown command is exit 2", r.returncode == 2, r.stderr)
    r = sluice("scan", "--disable", "no.such-rule", tmp)
    check("disabling an unknown rule is exit 2", r.returncode == 2 and "no.such-rule" in r.stderr)
    for opt in ("--link-memory", "--link-timeout", "--link-work", "--link-component-work",
                "--timeout"):
        r = sluice("scan", opt, "lots", tmp)
        check(f"a non-number for {opt} is exit 2 naming it",
              r.returncode == 2 and opt in r.stderr and "needs a number" in r.stderr, r.stderr)


def test_exit_codes(tmp):
    d = os.path.join(tmp, "exit")
    write(os.path.join(d, "clean", "main.c"), CLEAN)
    write(os.path.join(d, "bad", "run.c"), GOOD)
    r = sluice("scan", os.path.join(d, "clean"))
    check("clean code is exit 0", r.returncode == 0, r.stdout + r.stderr)
    r = sluice("scan", os.path.join(d, "bad"))
    check("findings are exit 1", r.returncode == 1, r.stdout + r.stderr)
    r = sluice("scan", "--fail-on", "none", os.path.join(d, "bad"))
    check("--fail-on none is exit 0", r.returncode == 0, r.stderr)
    r = sluice("scan", "--disable", "taint.cmd-injection", os.path.join(d, "bad"))
    check("a disabled rule reports nothing", r.returncode == 0 and "taint.cmd-injection" not in r.stdout,
          r.stdout)


def test_text_format(tmp):
    d = os.path.join(tmp, "text")
    write(os.path.join(d, "run.c"), GOOD)
    r = sluice("scan", "--root", d, d)
    lines = r.stdout.splitlines()
    check("text: compiler-style finding line",
          any(re.match(r"^run\.c:2:\d+: error: .*'getenv'.*'system' \[taint\.cmd-injection\]$", l)
              for l in lines), r.stdout)
    check("text: note lines for the flow",
          sum(1 for l in lines if re.match(r"^run\.c:2:\d+: note: ", l)) >= 2, r.stdout)
    check("text: no colours when piped", "\033[" not in r.stdout and "\033[" not in r.stderr)
    r = sluice("scan", "--root", d, "--color", "always", d)
    check("text: --color always colours errors red and locations bold",
          "\033[1;31merror:\033[0m" in r.stdout and "\033[1mrun.c:2:" in r.stdout, r.stdout[:300])
    plain = re.sub(r"\033\[[0-9;]*m", "", r.stdout)
    check("text: without the escapes, the coloured report is the plain one",
          plain == sluice("scan", "--root", d, d).stdout)

    # On a terminal: colours by default, a progress line on stderr that is
    # cleared at the end; NO_COLOR and -q turn them off.
    import pty
    import select

    def on_tty(*argv, env_extra=None):
        out_master, out_slave = pty.openpty()
        err_master, err_slave = pty.openpty()
        env = dict(os.environ, TERM="xterm")
        env.pop("NO_COLOR", None)
        env.update(env_extra or {})
        p = subprocess.Popen([cli_support.SLUICE, *argv], stdout=out_slave, stderr=err_slave,
                             stdin=subprocess.DEVNULL, env=env)
        os.close(out_slave)
        os.close(err_slave)
        got = {out_master: b"", err_master: b""}
        open_fds = [out_master, err_master]
        while open_fds:
            ready, _, _ = select.select(open_fds, [], [], 60)
            if not ready:
                break
            for fd in ready:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    chunk = b""
                if chunk:
                    got[fd] += chunk
                else:
                    open_fds.remove(fd)
        p.wait(timeout=60)
        os.close(out_master)
        os.close(err_master)
        return got[out_master].decode(errors="replace"), got[err_master].decode(errors="replace")

    out, err = on_tty("scan", "--root", d, d)
    check("tty: colours by default", "\033[1;31merror:" in out, out[:300])
    check("tty: a progress line on stderr, cleared at the end",
          "sluice: " in err and "\r\033[K" in err and err.endswith("\r\033[K"), repr(err[-300:]))
    out, err = on_tty("scan", "--root", d, d, env_extra={"NO_COLOR": "1"})
    check("tty: NO_COLOR turns colours off", "\033[1;31m" not in out, out[:300])
    out, err = on_tty("scan", "-q", "--root", d, d)
    check("tty: -q shows no progress", "\r\033[K" not in err, repr(err[-300:]))


def test_broken_files_keep_other_findings(tmp, schema):
    d = os.path.join(tmp, "broken")
    write(os.path.join(d, "good.c"), GOOD)
    write(os.path.join(d, "syntax.c"), SYNTAX)
    write(os.path.join(d, "missing.c"), MISSING_HEADER)
    out = os.path.join(tmp, "broken.sarif")
    r = sluice("scan", "--format", "sarif", "-o", out, "--root", d, d)
    check("broken: findings still exit 1", r.returncode == 1, r.stderr)
    doc, errs = validate(schema, out)
    check("broken: SARIF valid", not errs, str(errs[:1]))
    run = doc["runs"][0]
    files = sorted({x["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                    for x in run["results"]})
    check("broken: good file's finding kept", "good.c" in files, files)
    check("broken: findings before and after the syntax error kept",
          "syntax.c" in files and "missing.c" in files, files)
    inv = run["invocations"][0]
    notes = inv.get("toolExecutionNotifications", [])
    noted = sorted(n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for n in notes)
    check("broken: each broken file has a notification", noted == ["missing.c", "syntax.c"], noted)
    check("broken: executionSuccessful is false", inv["executionSuccessful"] is False)
    check("broken: the notification says why",
          any("not_here.h" in n["message"]["text"] for n in notes), notes)

    only = os.path.join(tmp, "only-broken")
    write(os.path.join(only, "b.c"), "void f(void) { int x = ; }\n")
    r = sluice("scan", only)
    check("unanalyzable file without findings is exit 3", r.returncode == 3, r.stdout + r.stderr)
    check("unanalyzable file is reported", "b.c" in r.stdout and "parse error" in r.stdout, r.stdout)


def test_invalid_utf8_source(tmp, schema):
    """Source text is bytes: a Latin-1 comment on the sink's line ends up in
    the flow's steps, and must neither cost the file nor break the report."""
    d = os.path.join(tmp, "latin1")
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "tool.c"), "wb") as f:
        f.write(b'#include <stdlib.h>\nint main(void) {\n  char *e = getenv("X");\n'
                b'  system(e); /* caf\xe9 cr\xe8me */\n  return 0;\n}\n')
    out = os.path.join(d, "out.sarif")
    r = sluice("scan", "--format", "sarif", "-o", out, d)
    check("latin-1: the file is analyzed and its finding reported", r.returncode == 1,
          f"exit {r.returncode}: {r.stderr[-600:]}")
    doc, errs = sarif_of(out)
    check("latin-1: SARIF valid", not errs, errs[:1])
    check("latin-1: the finding is there", any(x["ruleId"] == "taint.cmd-injection"
                                                for x in results(doc)), results(doc))
    r = sluice("capabilities", "--format", "json", d)
    check("latin-1: the manifest is written", r.returncode == 0 and '"main"' in r.stdout,
          f"exit {r.returncode}: {r.stderr[-600:]}")


def test_determinism(schema):
    outs = []
    for j in ("1", "2", "4"):
        with tempfile.NamedTemporaryFile(suffix=".sarif", delete=False) as f:
            path = f.name
        r = sluice("scan", "-j", j, "--format", "sarif", "-o", path, "--root", ARGS.source,
                   os.path.join(ARGS.source, "test-corpus"), os.path.join(ARGS.source, "examples"))
        check(f"determinism: -j{j} scan ran", r.returncode == 1, r.stderr)
        with open(path, "rb") as f:
            outs.append(f.read())
        os.unlink(path)
    check("determinism: SARIF is byte-identical for -j1, -j2, -j4",
          outs[0] == outs[1] == outs[2], "outputs differ")
    doc = json.loads(outs[0])
    check("determinism: the corpus scan produced findings", len(doc["runs"][0]["results"]) > 20)
    errs = list(schema.iter_errors(doc))
    check("determinism: SARIF valid", not errs, str(errs[:1]))


def test_compile_database(tmp):
    d = os.path.join(tmp, "cdb")
    # The file only parses with the define from the database.
    write(os.path.join(d, "src", "tool.c"), """#include <stdlib.h>
#ifndef FROM_DB
#error built without the compilation database
#endif
void run(void) { system(getenv(FROM_DB)); }
""")
    os.makedirs(os.path.join(d, "build"), exist_ok=True)
    db = [{"directory": d, "file": os.path.join(d, "src", "tool.c"),
           "arguments": ["cc", "-DFROM_DB=\"CMD\"", "-c", "src/tool.c", "-o", "tool.o"]}]
    write(os.path.join(d, "build", "compile_commands.json"), json.dumps(db))
    r = sluice("scan", "--root", d, os.path.join(d, "src"))
    check("cdb: found in build/ under the root and used", r.returncode == 1 and "tool.c:5" in r.stdout,
          r.stdout + r.stderr)
    r = sluice("scan", "-p", os.path.join(d, "build"), "--root", d)
    check("cdb: -p with no paths scans the database's files", r.returncode == 1, r.stdout + r.stderr)
    r = sluice("scan", "-p", os.path.join(d, "nowhere"), os.path.join(d, "src"))
    check("cdb: -p without a database is exit 2", r.returncode == 2, r.stderr)
    plain = os.path.join(tmp, "cdb-args")
    write(os.path.join(plain, "tool.c"), open(os.path.join(d, "src", "tool.c")).read())
    r = sluice("scan", plain, "--", "-DFROM_DB=\"X\"")
    check("cdb: compiler arguments after --", r.returncode == 1, r.stdout + r.stderr)


def test_rule_errors(tmp):
    rd = os.path.join(tmp, "rules-bad")
    write(os.path.join(rd, "mine.yaml"), "models:\n  - source: env\n    function: f\n    at: \"*rett\"\n")
    write(os.path.join(tmp, "rules-target", "x.c"), GOOD)
    r = sluice("scan", "--rules", rd, os.path.join(tmp, "rules-target"))
    check("rules: invalid rule file is exit 2", r.returncode == 2, r.stderr)
    check("rules: error names file:line:col",
          re.search(r"mine\.yaml:4:\d+: error: bad access path", r.stderr) is not None, r.stderr)
    good = os.path.join(tmp, "rules-good")
    write(os.path.join(good, "models", "mylib.yaml"), """models:
  - source: env
    function: read_setting
    at: "*ret"
    why: Settings come from the environment in this library.
""")
    write(os.path.join(tmp, "rules-user", "u.c"), """#include <stdlib.h>
char *read_setting(const char *name);
void run(void) { system(read_setting("X")); }
""")
    r = sluice("scan", os.path.join(tmp, "rules-user"))
    check("rules: unknown function is not a source by default", r.returncode == 0, r.stdout)
    r = sluice("scan", "--rules", good, os.path.join(tmp, "rules-user"))
    check("rules: a user model adds a source", r.returncode == 1 and "read_setting" in r.stdout,
          r.stdout + r.stderr)
    r = sluice("rules", "list")
    check("rules list", r.returncode == 0 and "taint.cmd-injection" in r.stdout)
    r = sluice("rules", "show", "taint.path-injection")
    check("rules show", r.returncode == 0 and "CWE-22" in r.stdout and "**Bad**" in r.stdout, r.stdout)
    r = sluice("rules", "show", "nope")
    check("rules show unknown is exit 2", r.returncode == 2)


BASE_PROGRAM = """#include <stdio.h>
#include <unistd.h>
static void tidy(void) { unlink("/tmp/app.lock"); }
int main(void) { tidy(); puts("ok"); return 0; }
"""
CHANGED_PROGRAM = """#include <stdio.h>
#include <unistd.h>
#include <string.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>
static void tidy(void) { unlink("/tmp/app.lock"); }
static void beacon(void) {
  int s = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in a;
  memset(&a, 0, sizeof a);
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = inet_addr("45.61.136.12");
  connect(s, (struct sockaddr *)&a, sizeof a);
}
int main(void) { tidy(); beacon(); puts("ok"); return 0; }
"""


def test_capabilities(tmp):
    d = os.path.join(tmp, "caps")
    prog = os.path.join(d, "app.c")
    base = os.path.join(d, "base.json")
    write(prog, BASE_PROGRAM)
    r = sluice("capabilities", "--format", "json", "-o", base, "--root", d, prog)
    check("capabilities: json manifest written", r.returncode == 0 and os.path.exists(base),
          r.stderr)
    with open(base, encoding="utf-8") as f:
        doc = json.load(f)
    kinds = [c["kind"] for e in doc["entryPoints"] for c in e["capabilities"]]
    check("capabilities: the helper's deletion is reached from main",
          any(e["entry"] == "main" and any(c["kind"] == "file-delete" and c["value"] == "/tmp/app.lock"
                                           and c["path"] for c in e["capabilities"])
              for e in doc["entryPoints"]), kinds)
    r = sluice("capabilities", "--root", d, prog)
    check("capabilities: text lists the entry point",
          r.returncode == 0 and "entry point 'main'" in r.stdout and "deletes a file" in r.stdout,
          r.stdout)
    r = sluice("capabilities", "--diff", base, "--root", d, prog)
    check("capabilities: no change, nothing new, exit 0",
          r.returncode == 0 and "no new capabilities" in r.stdout, r.stdout + r.stderr)
    write(prog, CHANGED_PROGRAM)
    r = sluice("capabilities", "--diff", base, "--root", d, prog)
    check("capabilities: a new connection is reported with its peer, exit 1",
          r.returncode == 1 and "45.61.136.12" in r.stdout and "connects" in r.stdout,
          r.stdout + r.stderr)
    allow = os.path.join(d, ".sluice", "capabilities-allowed")
    write(allow, "# reviewed\nnet-connect 45.61.136.*\nnet-address\n")
    r = sluice("capabilities", "--diff", base, "--root", d, prog)
    check("capabilities: the default allow list covers it, exit 0",
          r.returncode == 0 and "note: new capability" in r.stdout, r.stdout + r.stderr)
    r = sluice("capabilities", "--diff", base, "--format", "json", "--root", d, prog)
    try:
        added = json.loads(r.stdout)
    except ValueError:
        added = None
    check("capabilities: --diff --format json lists what is new, marked allowed",
          r.returncode == 0 and isinstance(added, list) and
          any(a["kind"] == "net-connect" and a["value"] == "45.61.136.12" and a["allowed"]
              for a in added), r.stdout + r.stderr)
    outs = []
    for j in ("1", "2"):
        r = sluice("capabilities", "-j", j, "--format", "json", "--root", ARGS.source,
                   os.path.join(ARGS.source, "test-corpus", "behavior.reverse-shell"))
        outs.append(r.stdout)
    check("capabilities: the manifest is byte-identical for -j1 and -j2",
          outs[0] == outs[1] and '"entryPoints"' in outs[0], "outputs differ")
    r = sluice("capabilities", "--allow", allow, prog)
    check("capabilities: --allow without --diff is exit 2", r.returncode == 2, r.stderr)
    r = sluice("capabilities", "--bogus", prog)
    check("capabilities: unknown options point to its own help",
          r.returncode == 2 and "sluice capabilities --help" in r.stderr, r.stderr)
    r = sluice("capabilities", "--diff", prog, "--root", d, prog)
    check("capabilities: a base that is not a manifest is exit 2",
          r.returncode == 2 and "app.c" in r.stderr, r.stderr)
    r = sluice("capabilities", "--format", "sarif", prog)
    check("capabilities: sarif is refused", r.returncode == 2, r.stderr)
    r = sluice("scan", "--diff", base, prog)
    check("scan: --diff is a capabilities option", r.returncode == 2, r.stderr)


WIN32_RUN = """#include <windows.h>
#include <stdlib.h>
int main(void) {
    char cmd[MAX_PATH];
    DWORD n = GetEnvironmentVariableA("UPDATER", cmd, MAX_PATH);
    if (n == 0)
        return 1;
    return WinExec(cmd, SW_HIDE);
}
"""
ACME_MODEL = """models:
  - sink: command
    functions: [acme_exec]
    at: "*arg1"
    why: acme_exec runs its second argument through the shell.
"""
ACME_HEADER = """typedef struct acme_session acme_t;
acme_t *acme_open(const char *profile);
int acme_exec(acme_t *session, const char *command);
"""
ACME_USE = """#include <stdlib.h>
#include <acme/api.h>
int main(void) {
    acme_t *s = acme_open("default");
    return acme_exec(s, getenv("ACME_CMD"));
}
"""


def test_library_headers(tmp):
    d = os.path.join(tmp, "libheaders")
    prog = os.path.join(d, "win_run.c")
    write(prog, WIN32_RUN)
    out = os.path.join(tmp, "libheaders.sarif")

    def scan(*a):
        r = sluice("scan", "--format", "sarif", "-o", out, *a)
        check(f"library headers: scan {' '.join(a[:-1])} ran", r.returncode in (0, 1, 3), r.stderr)
        doc, errs = sarif_of(out)
        check("library headers: SARIF valid", not errs, str(errs[:1]))
        return doc

    r = sluice("scan", "--library-headers", "sometimes", prog)
    check("library headers: an unknown mode is exit 2",
          r.returncode == 2 and "--library-headers" in r.stderr, r.stderr)

    def ids(doc):
        return {n["descriptor"]["id"]: n["message"]["text"]
                for n in doc["runs"][0]["invocations"][0].get("toolExecutionNotifications", [])}

    doc = scan("--root", d, prog)
    rules = [x["ruleId"] for x in doc["runs"][0]["results"]]
    check("library headers: windows.h served, the Win32 flow found",
          rules == ["taint.cmd-injection"], rules)
    n = ids(doc)
    check("library headers: the served header is noted",
          "windows.h" in n.get("tu-bundled-headers", ""), n)
    check("library headers: nothing reported missing", "tu-missing-headers" not in n, n)

    doc = scan("--library-headers", "none", "--root", d, prog)
    n = ids(doc)
    check("library headers: with none, windows.h is reported missing with its line",
          "windows.h (win_run.c:1)" in n.get("tu-missing-headers", ""), n)

    # A user's rules directory brings its own headers/ for its own models.
    rules_dir = os.path.join(tmp, "acme-rules")
    write(os.path.join(rules_dir, "acme.yaml"), ACME_MODEL)
    write(os.path.join(rules_dir, "headers", "acme", "api.h"), ACME_HEADER)
    use = os.path.join(d, "acme_use.c")
    write(use, ACME_USE)
    doc = scan("--rules", rules_dir, "--root", d, use)
    rules = [x["ruleId"] for x in doc["runs"][0]["results"]]
    n = ids(doc)
    check("library headers: a --rules directory's headers/ serves its library",
          rules == ["taint.cmd-injection"] and "acme/api.h" in n.get("tu-bundled-headers", ""),
          (rules, n))


OPERATOR_TOOL = """#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int main(int argc, char **argv) {
    if (argc < 2)
        return 2;
    FILE *f = fopen(argv[1], "r");
    if (!f)
        return 1;
    fclose(f);
    char cmd[256];
    snprintf(cmd, sizeof cmd, "wc -l %s", argv[1]);
    PRIVILEGE
    return system(cmd);
}
"""


def test_operator_input_levels(tmp):
    d = os.path.join(tmp, "operator")
    out = os.path.join(tmp, "operator.sarif")

    def levels(variant):
        src = os.path.join(d, variant, "tool.c")
        priv = {"plain": "", "setuid": "if (setuid(0) != 0) return 1;",
                "server": "accept(3, NULL, NULL);"}[variant]
        write(src, OPERATOR_TOOL.replace("PRIVILEGE", priv))
        r = sluice("scan", "--format", "sarif", "-o", out, "--fail-on", "note", src)
        check(f"operator input: {variant} scan finds", r.returncode == 1, r.stderr)
        doc, errs = sarif_of(out)
        check(f"operator input: {variant} SARIF valid", not errs, str(errs[:1]))
        return sorted((x["ruleId"], x["level"]) for x in doc["runs"][0]["results"]
                      if x["ruleId"].startswith("taint."))

    plain = levels("plain")
    check("operator input: argv flows of a plain tool are notes",
          plain == [("taint.cmd-injection", "note"), ("taint.path-injection", "note")], plain)
    r = sluice("scan", os.path.join(d, "plain", "tool.c"))
    check("operator input: notes alone do not fail the default gate", r.returncode == 0,
          r.stdout + r.stderr)
    for variant in ("setuid", "server"):
        got = levels(variant)
        check(f"operator input: a {variant} program's argv flows keep the rules' levels",
              got == [("taint.cmd-injection", "error"), ("taint.path-injection", "warning")], got)

    # One tree, two programs: the setuid tool keeps the rules' levels, the
    # build helper next to it (its own main, nothing shared) keeps notes.
    tree = os.path.join(d, "tree")
    write(os.path.join(tree, "su_tool.c"), OPERATOR_TOOL.replace("PRIVILEGE", "if (setuid(0) != 0) return 1;"))
    write(os.path.join(tree, "gen_table.c"), OPERATOR_TOOL.replace("PRIVILEGE", ""))
    r = sluice("scan", "--format", "sarif", "-o", out, "--fail-on", "note", tree)
    doc, errs = sarif_of(out)
    check("operator input: tree SARIF valid", not errs, str(errs[:1]))
    got = sorted((x["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].rsplit("/", 1)[-1],
                  x["ruleId"], x["level"]) for x in doc["runs"][0]["results"]
                 if x["ruleId"].startswith("taint."))
    check("operator input: privilege is decided per program of a tree",
          got == [("gen_table.c", "taint.cmd-injection", "note"),
                  ("gen_table.c", "taint.path-injection", "note"),
                  ("su_tool.c", "taint.cmd-injection", "error"),
                  ("su_tool.c", "taint.path-injection", "warning")], got)


FILE_SERVER = """#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
void serve(int client, const char *name) {
    char path[256], buf[4096];
    if (strchr(name, '/'))
        return;
    snprintf(path, sizeof path, "/srv/public/%s", name);
    FILE *f = fopen(path, "rb");
    if (!f)
        return;
    size_t n = fread(buf, 1, sizeof buf, f);
    send(client, buf, n, 0);
    fclose(f);
}
void upload_credentials(int peer) {
    char path[256], buf[4096];
    snprintf(path, sizeof path, "%s/.aws/credentials", getenv("HOME"));
    FILE *f = fopen(path, "rb");
    if (!f)
        return;
    size_t n = fread(buf, 1, sizeof buf, f);
    send(peer, buf, n, 0);
    fclose(f);
}
"""


def test_file_sending_levels(tmp):
    src = os.path.join(tmp, "files", "server.c")
    write(src, FILE_SERVER)
    out = os.path.join(tmp, "files.sarif")
    r = sluice("scan", "--format", "sarif", "-o", out, "--fail-on", "note", src)
    check("file sending: scan finds", r.returncode == 1, r.stderr)
    doc, _ = sarif_of(out)
    got = sorted((x["locations"][0]["physicalLocation"]["region"]["startLine"], x["level"])
                 for x in doc["runs"][0]["results"] if x["ruleId"] == "taint.exfiltration")
    check("file sending: a served public file is a note, a credential file an error",
          got == [(14, "note"), (24, "error")], got)


def main():
    global ARGS
    ap = argparse.ArgumentParser()
    ap.add_argument("--sluice", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--schema", required=True)
    ARGS = ap.parse_args()
    schema = cli_support.setup(ARGS.sluice, ARGS.schema)
    with tempfile.TemporaryDirectory() as tmp:
        test_help_and_version()
        test_usage_errors(tmp)
        test_exit_codes(tmp)
        test_text_format(tmp)
        test_broken_files_keep_other_findings(tmp, schema)
        test_invalid_utf8_source(tmp, schema)
        test_determinism(schema)
        test_compile_database(tmp)
        test_rule_errors(tmp)
        test_capabilities(tmp)
        test_library_headers(tmp)
        test_operator_input_levels(tmp)
        test_file_sending_levels(tmp)
    return cli_support.finish()


if __name__ == "__main__":
    sys.exit(main())
