#!/usr/bin/env python3
"""Shapes of real code that used to exhaust a worker or the link step, each
generated small enough for CTest: a scanner whose state struct is passed to
every call of a big switch in a loop (flex), a parser whose value stack mixes
the results of hundreds of actions (bison), and a call graph with a long
chain and a recursive cycle. Each must finish within its time limit, keep the
planted finding, and say in SARIF where a summary bound was hit."""
import argparse
import os
import sys
import tempfile
import time

import cli_support
from cli_support import check, notes, results, sarif_of, sluice, write

ARGS = None
LIMIT_S = 60  # per scan; these took minutes or ran out of memory before


def scanner_program(fields=24, cases=160):
    """A flex-like state machine: struct state *s goes to every helper."""
    decl = "".join(f"  char *f{i};\n" for i in range(fields))
    decl += "".join(f"  struct {{ char *a, *b; }} n{i};\n" for i in range(8))
    helpers = "".join(
        f"static void act{k}(struct state *s, int c) {{ s->f{k % fields} = s->f{(k + 1) % fields};"
        f" s->n{k % 8}.a = s->f{k % fields}; s->pos += c; }}\n" for k in range(cases))
    body = "".join(f"    case {k}: act{k}(s, c); break;\n" for k in range(cases))
    return f"""#include <stdlib.h>
#include <string.h>
struct state {{
{decl}  int pos;
}};
{helpers}
static void run(struct state *s) {{ system(s->f3); }}
int lex(struct state *s, const char *in) {{
  for (int c = *in; c; c = *++in) {{
    switch (c % {cases + 1}) {{
{body}    case {cases}: s->f3 = getenv("LEXCMD"); break;
    }}
    run(s);
  }}
  return s->pos;
}}
"""


def parser_program(actions=150):
    """A bison-like loop: every action's result lands on one value stack."""
    protos = "".join(f"char *mk{k}(char *a, char *b);\n" for k in range(actions))
    body = "".join(f"    case {k}: vs[top - 1] = mk{k}(vs[top - 1], vs[top]); --top; break;\n"
                   for k in range(actions))
    return f"""#include <stdlib.h>
{protos}
int next_token(void);
int parse(void) {{
  char *vs[256];
  int top = 1;
  vs[0] = vs[1] = 0;
  for (;;) {{
    int t = next_token();
    if (t < 0) break;
    switch (t) {{
{body}    case {actions}: vs[++top] = getenv("PARSECMD"); break;
    }}
  }}
  system(vs[0]);
  return 0;
}}
"""


def call_graph_program(chain=400, cycle=40):
    """A long call chain carrying a value down, and a recursive cycle."""
    out = ["#include <stdlib.h>\n#include <string.h>\n"]
    out += [f"void c{i}(char *p, int n);\n" for i in range(chain + 1)]
    out += [f"void r{i}(char *p, int n);\n" for i in range(cycle)]
    out.append(f"void c{chain}(char *p, int n) {{ if (n) system(p); }}\n")
    out += [f"void c{i}(char *p, int n) {{ char b[64]; strcpy(b, p); c{i + 1}(b, n); }}\n"
            for i in range(chain)]
    out += [f"void r{i}(char *p, int n) {{ if (n > 0) r{(i + 1) % cycle}(p, n - 1); "
            f"else c{chain // 2}(p, 1); }}\n" for i in range(cycle)]
    out.append('int main(void) { c0(getenv("CHAIN"), 1); r0(getenv("CYCLE"), 7); return 0; }\n')
    return "".join(out)


def scan(tmp, name, text, want_widened):
    d = os.path.join(tmp, name)
    write(os.path.join(d, name + ".c"), text)
    sarif = os.path.join(d, "out.sarif")
    t0 = time.monotonic()
    r = sluice("scan", "--format", "sarif", "-o", sarif, "--timeout", str(LIMIT_S),
               "--max-memory", "4096", "-j", "1", d, timeout=4 * LIMIT_S)
    took = time.monotonic() - t0
    check(f"{name}: finishes within {LIMIT_S} s", took < LIMIT_S, f"{took:.1f} s")
    check(f"{name}: exit 1 (findings, nothing left unanalyzed)", r.returncode == 1,
          f"exit {r.returncode}: {r.stderr[-1500:]}")
    if not os.path.exists(sarif):
        check(f"{name}: SARIF written", False, r.stderr[-1500:])
        return None
    doc, errs = sarif_of(sarif)
    check(f"{name}: SARIF valid", not errs, errs[:1])
    ids = [n.get("descriptor", {}).get("id") for n in notes(doc)]
    check(f"{name}: no file failed", not any(i and i.startswith("tu-") for i in ids), ids)
    check(f"{name}: a summary bound is {'named' if want_widened else 'not hit'}",
          ("summary-widened" in ids) == want_widened, ids)
    print(f"{name}: {took:.1f} s, {len(results(doc))} results")
    return doc


def sinks_reached(doc):
    return sorted((r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"])
                  for r in results(doc))


def main():
    global ARGS
    ap = argparse.ArgumentParser()
    ap.add_argument("--sluice", required=True)
    ap.add_argument("--schema", required=True)
    ARGS = ap.parse_args()
    cli_support.setup(ARGS.sluice, ARGS.schema)
    with tempfile.TemporaryDirectory(prefix="sluice-scale-") as tmp:
        doc = scan(tmp, "scanner", scanner_program(), want_widened=True)
        if doc:
            check("scanner: getenv reaches system through the state struct",
                  any(r["ruleId"] == "taint.cmd-injection" for r in results(doc)),
                  sinks_reached(doc))
        doc = scan(tmp, "parser", parser_program(), want_widened=True)
        if doc:
            check("parser: getenv on the value stack reaches system",
                  any(r["ruleId"] == "taint.cmd-injection" for r in results(doc)),
                  sinks_reached(doc))
        doc = scan(tmp, "callgraph", call_graph_program(), want_widened=False)
        if doc:
            flows = [r for r in results(doc) if r["ruleId"] == "taint.cmd-injection"]
            srcs = sorted({s["location"]["message"]["text"] if "message" in s["location"] else ""
                           for r in flows for s in [r["codeFlows"][0]["threadFlows"][0]
                                                    ["locations"][0]]})
            # One finding per sink: the second source is a related location.
            reached = sum(1 + sum(1 for rl in r.get("relatedLocations", [])
                                  if rl["message"]["text"].startswith("also reached from"))
                          for r in flows)
            check("callgraph: the 400-call chain and the recursive cycle both reach system",
                  reached >= 2, f"{len(flows)} findings, {reached} sources: {srcs}")
        budget(tmp)
    return cli_support.finish()


def budget(tmp):
    """Past its memory budget the whole-program step degrades instead of
    failing: findings within a function stay, the report says what was cut,
    and the exit code is 3 (not fully analyzed), never 0."""
    d = os.path.join(tmp, "budget")
    write(os.path.join(d, "callgraph.c"), call_graph_program(chain=40, cycle=8))
    write(os.path.join(d, "local.c"),
          "#include <stdlib.h>\nvoid local(void) { system(getenv(\"CMD\")); }\n")
    sarif = os.path.join(d, "out.sarif")
    r = sluice("scan", "--format", "sarif", "-o", sarif, "--fail-on", "none", "-j", "1", d)
    full, _ = sarif_of(sarif)
    check("budget: without one, exit 0 and no degradation", r.returncode == 0 and
          "link-degraded" not in [n["descriptor"]["id"] for n in notes(full)], r.stderr[-800:])
    r = sluice("scan", "--format", "sarif", "-o", sarif, "--fail-on", "none", "-j", "1",
               "--link-memory", "1", d)
    check("budget: over it, exit 3", r.returncode == 3, f"exit {r.returncode}: {r.stderr[-800:]}")
    doc, errs = sarif_of(sarif)
    check("budget: SARIF valid", not errs, errs[:1])
    degraded = [n for n in notes(doc) if n["descriptor"]["id"] == "link-degraded"]
    check("budget: the notification names the budget and functions",
          len(degraded) == 1 and "memory budget of 1 MiB" in degraded[0]["message"]["text"] and
          "'c0'" in degraded[0]["message"]["text"], degraded)
    check("budget: executionSuccessful is false",
          doc["runs"][0]["invocations"][0]["executionSuccessful"] is False)
    lines = sinks_reached(doc)
    check("budget: the finding within one function is kept", ("taint.cmd-injection", 2) in lines
          and any(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith(
              "local.c") for r in results(doc)), lines)
    check("budget: flows across functions are what was cut",
          len(results(doc)) < len(results(full)), (len(results(doc)), len(results(full))))


if __name__ == "__main__":
    sys.exit(main())
