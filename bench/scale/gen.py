#!/usr/bin/env python3
"""Generate a synthetic C11 program for Sluice's scale benchmark.

    python3 gen.py --functions N --out DIR [--files F] [--seed S]

Writes DIR/src_NNN.c (about 200 functions each), DIR/prog.h, DIR/main.c,
DIR/EXPECTED.txt (the planted taint flows: `file:line rule-id`, the line of
the sink call) and DIR/FLOWS.txt (how each planted flow travels).

The output is a function of (N, F, seed) only. The N functions (main not
counted) are split evenly over the files; in each file they are shaped, in
fixed proportions by function count, as:

  chain      25 %  f_i calls f_{i+1}; the last one calls an earlier file's entry
  struct     20 %  nested structs with pointer fields, passed by pointer
  fanout     15 %  a dispatcher calling 20 helpers
  recursion  10 %  mutual recursion cycles of 2-5 functions
  fptr       10 %  dispatch tables of function pointers, callbacks
  string     10 %  strcpy / strcat / snprintf into local buffers
  loop       10 %  loops and switches

plus one entry function per file (`file_K_entry`, called from main) and the
planted flows: max(1, N // 1000) of them, each getenv() in one file, carried in
struct fields through 5-10 calls spread over several files, reaching
system()/popen() (taint.cmd-injection) or fopen()/unlink()
(taint.path-injection) in another file. Nothing else reads the environment,
files, the network or argv, so any other finding is unexpected.
"""
import argparse
import os
import random
import sys

SHARES = [
    ("chain", 0.25),
    ("struct", 0.20),
    ("fanout", 0.15),
    ("recursion", 0.10),
    ("fptr", 0.10),
    ("string", 0.10),
    ("loop", 0.10),
]

PRELUDE = [
    "#define _POSIX_C_SOURCE 200809L",
    "#include <stdio.h>",
    "#include <stdlib.h>",
    "#include <string.h>",
    "#include <unistd.h>",
    '#include "prog.h"',
    "",
]

WORDS = ["alpha", "beta", "gamma", "delta", "omega", "kappa", "sigma",
         "theta", "lambda", "zeta"]


class FileGen:
    """Collects the static prototypes and the bodies of one .c file."""

    def __init__(self, index):
        self.index = index
        self.protos = []      # static prototypes (forward declarations)
        self.types = []       # struct / typedef definitions
        self.bodies = []      # list of list-of-lines (one per function)
        self.count = 0        # functions defined here
        self.roots = []       # unit roots: `static int NAME(int)`
        self.flow_starts = [] # planted flow sources starting in this file
        self.sinks = []       # (body index, line offset in body, rule, flow)
        self.serial = 0

    def name(self, tag):
        self.serial += 1
        return "%s_%d_%d" % (tag, self.index, self.serial)

    def add(self, proto, lines, static=True):
        if static:
            self.protos.append("static " + proto + ";")
        self.bodies.append(lines)
        self.count += 1
        return len(self.bodies) - 1


def gen_chain(fg, rng, n, cross_target):
    names = [fg.name("ch") for _ in range(n)]
    k = rng.randrange(3, 17)
    for i, nm in enumerate(names):
        body = [
            "static int %s(int x)" % nm,
            "{",
            "    int acc = x * %d + %d;" % (rng.randrange(2, 9), i),
            "    for (int i = 0; i < (x & 7); i++)",
            "        acc += i ^ %d;" % k,
            "    if (acc > 1000)",
            "        acc -= 1000;",
        ]
        if i + 1 < n:
            body.append("    return %s(acc) + 1;" % names[i + 1])
        elif cross_target is not None:
            body.append("    return %s(acc & 15) + acc;" % cross_target)
        else:
            body.append("    return acc;")
        body.append("}")
        fg.add("int %s(int x)" % nm, body)
    fg.roots.append(names[0])


def gen_fanout(fg, rng, n):
    helpers = [fg.name("fh") for _ in range(n - 1)]
    disp = fg.name("fd")
    for i, h in enumerate(helpers):
        op = ["+", "-", "*", "^", "|"][i % 5]
        fg.add("int %s(int a, int b)" % h, [
            "static int %s(int a, int b)" % h,
            "{",
            "    int r = a %s (b + %d);" % (op, rng.randrange(1, 50)),
            "    if (r < 0)",
            "        r = -r;",
            "    return r %% %d;" % rng.randrange(7, 997),
            "}",
        ])
    body = ["static int %s(int x)" % disp, "{", "    int r = 0;"]
    for i, h in enumerate(helpers):
        if i % 4 == 3:
            body.append("    if (x & %d)" % (1 << (i % 8)))
            body.append("        r += %s(x, r);" % h)
        else:
            body.append("    r += %s(x, %d);" % (h, i))
    body += ["    return r;", "}"]
    fg.add("int %s(int x)" % disp, body)
    fg.roots.append(disp)


def gen_recursion(fg, rng, n):
    names = [fg.name("rc") for _ in range(n)]
    for i, nm in enumerate(names):
        nxt = names[(i + 1) % n]
        fg.add("int %s(int n)" % nm, [
            "static int %s(int n)" % nm,
            "{",
            "    if (n <= 0)",
            "        return %d;" % (i + 1),
            "    if (n %% %d == 0)" % rng.randrange(2, 6),
            "        return %s(n - 2) * 2;" % nxt,
            "    return %s(n - 1) + n;" % nxt,
            "}",
        ])
    fg.roots.append(names[0])


def gen_struct(fg, rng, n):
    # n >= 3: init, link, sum, plus (n - 4) setters, plus the root.
    t = fg.name("st")
    fg.types += [
        "struct %s_inner {" % t,
        "    int id;",
        "    double weight;",
        "    char tag[16];",
        "};",
        "struct %s_node {" % t,
        "    struct %s_inner in;" % t,
        "    struct %s_node *next;" % t,
        "    int *vals;",
        "    char *name;",
        "};",
        "struct %s_ctx {" % t,
        "    struct %s_node head;" % t,
        "    struct %s_node *cur;" % t,
        "    struct %s_inner *ip;" % t,
        "    int count;",
        "    int store[8];",
        "};",
        "",
    ]
    init, link, total, root = (fg.name("si"), fg.name("sl"), fg.name("ss"),
                               fg.name("sr"))
    fg.add("void %s(struct %s_ctx *c, int v)" % (init, t), [
        "static void %s(struct %s_ctx *c, int v)" % (init, t),
        "{",
        "    memset(c, 0, sizeof *c);",
        "    c->head.in.id = v;",
        "    c->head.in.weight = v * 0.5;",
        "    c->head.vals = c->store;",
        "    c->cur = &c->head;",
        "    c->ip = &c->head.in;",
        "    c->count = 1;",
        "}",
    ])
    fg.add("void %s(struct %s_ctx *c, struct %s_node *n)" % (link, t, t), [
        "static void %s(struct %s_ctx *c, struct %s_node *n)" % (link, t, t),
        "{",
        "    n->next = c->cur->next;",
        "    c->cur->next = n;",
        "    c->cur = n;",
        "    c->ip = &n->in;",
        "    c->store[c->count & 7] = n->in.id;",
        "    c->count++;",
        "}",
    ])
    fg.add("int %s(const struct %s_ctx *c)" % (total, t), [
        "static int %s(const struct %s_ctx *c)" % (total, t),
        "{",
        "    int s = 0;",
        "    for (const struct %s_node *p = &c->head; p; p = p->next)" % t,
        "        s += p->in.id + (int)p->in.weight + (p->vals ? p->vals[0] : 0);",
        "    return s + c->ip->id;",
        "}",
    ])
    setters = []
    for _ in range(max(0, n - 4)):
        s = fg.name("sw")
        setters.append(s)
        fg.add("void %s(struct %s_node *n, const char *nm, int id)" % (s, t), [
            "static void %s(struct %s_node *n, const char *nm, int id)" % (s, t),
            "{",
            "    n->name = (char *)nm;",
            "    strncpy(n->in.tag, nm, sizeof n->in.tag - 1);",
            "    n->in.tag[sizeof n->in.tag - 1] = '\\0';",
            "    n->in.id = id * %d;" % rng.randrange(2, 11),
            "    n->in.weight = id / 3.0;",
            "    n->vals = NULL;",
            "}",
        ])
    k = max(1, len(setters))
    body = [
        "static int %s(int x)" % root,
        "{",
        "    struct %s_ctx c;" % t,
        "    struct %s_node nodes[%d];" % (t, k),
        "    memset(nodes, 0, sizeof nodes);",
        "    %s(&c, x);" % init,
    ]
    for i in range(k):
        if setters:
            body.append('    %s(&nodes[%d], "%s", x + %d);'
                        % (setters[i], i, rng.choice(WORDS), i))
        body.append("    %s(&c, &nodes[%d]);" % (link, i))
    body += ["    return %s(&c);" % total, "}"]
    fg.add("int %s(int x)" % root, body)
    fg.roots.append(root)


def gen_fptr(fg, rng, n):
    # handlers, an apply() taking a callback, and the root.
    t = fg.name("fp")
    hs = [fg.name("fph") for _ in range(max(1, n - 2))]
    apply_, root = fg.name("fpa"), fg.name("fpr")
    fg.types += [
        "typedef int (*%s_fn)(int, void *);" % t,
        "struct %s_ops {" % t,
        "    %s_fn on_item;" % t,
        "    %s_fn on_done;" % t,
        "    void *user;",
        "};",
        "",
    ]
    for i, h in enumerate(hs):
        fg.add("int %s(int a, void *u)" % h, [
            "static int %s(int a, void *u)" % h,
            "{",
            "    int *acc = u;",
            "    if (acc)",
            "        *acc += a %% %d;" % (i + 2),
            "    return a * %d;" % rng.randrange(2, 9),
            "}",
        ])
    fg.add("int %s(%s_fn cb, int a, void *u)" % (apply_, t), [
        "static int %s(%s_fn cb, int a, void *u)" % (apply_, t),
        "{",
        "    return cb ? cb(a, u) : 0;",
        "}",
    ])
    table = "%s_table" % t
    fg.types += [
        "static int %s(int a, void *u);" % h for h in hs
    ] + ["static const %s_fn %s[] = { %s };" % (t, table, ", ".join(hs)), ""]
    body = [
        "static int %s(int x)" % root,
        "{",
        "    int s = 0;",
        "    struct %s_ops ops = { %s, %s, NULL };" % (t, hs[0], hs[-1]),
        "    ops.user = &s;",
        "    for (unsigned i = 0; i < sizeof %s / sizeof %s[0]; i++)"
        % (table, table),
        "        s += %s(%s[i], x + (int)i, ops.user);" % (apply_, table),
        "    s += ops.on_item(s, ops.user);",
        "    return ops.on_done(s, NULL);",
        "}",
    ]
    fg.add("int %s(int x)" % root, body)
    fg.roots.append(root)


def gen_string(fg, rng, n):
    ws = [fg.name("sx") for _ in range(n - 1)]
    root = fg.name("sxr")
    for i, w in enumerate(ws):
        v = i % 3
        body = ["static int %s(const char *name, int n)" % w, "{",
                "    char buf[128];", "    char out[256];"]
        if v == 0:
            body += ['    strcpy(buf, "%s_");' % rng.choice(WORDS),
                     "    strcat(buf, name);",
                     '    snprintf(out, sizeof out, "%s:%d", buf, n);']
        elif v == 1:
            body += ['    snprintf(buf, sizeof buf, "%s-%d", name, n);',
                     "    strcpy(out, buf);",
                     '    strcat(out, ".%s");' % rng.choice(["txt", "log", "dat"])]
        else:
            body += ["    size_t len = strlen(name);",
                     "    if (len >= sizeof buf)",
                     "        len = sizeof buf - 1;",
                     "    memcpy(buf, name, len);",
                     "    buf[len] = '\\0';",
                     '    snprintf(out, sizeof out, "[%s] %s", buf, buf);']
        body += ["    return (int)strlen(out) + n;", "}"]
        fg.add("int %s(const char *name, int n)" % w, body)
    body = ["static int %s(int x)" % root, "{", "    int r = 0;"]
    for w in ws:
        body.append('    r += %s("%s", x);' % (w, rng.choice(WORDS)))
    body += ["    return r;", "}"]
    fg.add("int %s(int x)" % root, body)
    fg.roots.append(root)


def gen_loop(fg, rng, n):
    ws = [fg.name("lp") for _ in range(n - 1)]
    root = fg.name("lpr")
    for w in ws:
        cases = rng.randrange(3, 8)
        body = ["static int %s(int x)" % w, "{", "    int r = 0;",
                "    for (int i = 0; i < %d; i++) {" % rng.randrange(4, 32),
                "        switch ((x + i) %% %d) {" % (cases + 1)]
        for c in range(cases):
            op = ["r += i;", "r -= x;", "r ^= i * 3;", "r |= 1;",
                  "r = r * 2 + 1;", "r += x / (i + 1);", "r &= 0xffff;"][c % 7]
            body += ["        case %d:" % c, "            %s" % op,
                     "            break;"]
        body += ["        default:", "            r ^= i;", "        }",
                 "    }", "    while (r > 100)", "        r /= 2;",
                 "    do {", "        r++;", "    } while (r % 3);",
                 "    return r;", "}"]
        fg.add("int %s(int x)" % w, body)
    body = ["static int %s(int x)" % root, "{", "    int r = x;"]
    for w in ws:
        body.append("    r = %s(r) + 1;" % w)
    body += ["    return r;", "}"]
    fg.add("int %s(int x)" % root, body)
    fg.roots.append(root)


SIZES = {
    "chain": lambda rng: rng.randrange(5, 16),
    "fanout": lambda rng: 21,
    "recursion": lambda rng: rng.randrange(2, 6),
    "struct": lambda rng: rng.randrange(5, 9),
    "fptr": lambda rng: rng.randrange(6, 11),
    "string": lambda rng: rng.randrange(3, 6),
    "loop": lambda rng: rng.randrange(3, 6),
}
MIN_SIZE = {"chain": 1, "fanout": 2, "recursion": 1, "struct": 4, "fptr": 3,
            "string": 2, "loop": 2}

FLOW_KINDS = [
    # (rule, how the sink is written)
    ("taint.cmd-injection", "system"),
    ("taint.path-injection", "fopen"),
    ("taint.cmd-injection", "snprintf-popen"),
    ("taint.path-injection", "strcpy-unlink"),
]


def plan_flows(n_funcs, n_files, rng):
    flows = []
    for k in range(max(1, n_funcs // 1000)):
        length = rng.randrange(5, 11)
        start = rng.randrange(n_files)
        stride = rng.randrange(1, max(2, n_files)) if n_files > 1 else 0
        files = [(start + j * stride) % n_files for j in range(length)]
        if n_files > 1 and files[-1] == files[0]:
            files[-1] = (files[0] + 1) % n_files
        rule, how = FLOW_KINDS[k % len(FLOW_KINDS)]
        flows.append({"id": k, "len": length, "files": files, "rule": rule,
                      "how": how})
    return flows


def flow_header(fl):
    k = fl["id"]
    out = [
        "struct tf%d_inner {" % k,
        "    char *val;",
        "    int len;",
        "};",
        "struct tf%d_ctx {" % k,
        "    struct tf%d_inner in;" % k,
        "    char *path;",
        "    struct tf%d_ctx *self;" % k,
        "    int depth;",
        "};",
        "int tf%d_0(void);" % k,
    ]
    for j in range(1, fl["len"]):
        out.append("void tf%d_%d(struct tf%d_ctx *c);" % (k, j, k))
    return out + [""]


def flow_function(fl, j):
    """Lines of step j of flow fl, and the offset of the sink line (or None)."""
    k, n = fl["id"], fl["len"]
    if j == 0:
        return [
            "int tf%d_0(void)" % k,
            "{",
            "    struct tf%d_ctx c;" % k,
            "    memset(&c, 0, sizeof c);",
            '    c.in.val = getenv("SLUICE_BENCH_%d");' % k,
            "    if (!c.in.val)",
            "        return 0;",
            "    c.in.len = (int)strlen(c.in.val);",
            "    c.self = &c;",
            "    tf%d_1(&c);" % k,
            "    return c.depth;",
            "}",
        ], None
    head = ["void tf%d_%d(struct tf%d_ctx *c)" % (k, j, k), "{",
            "    c->depth++;"]
    if j < n - 1:
        step = j % 3
        if j == 1:
            mid = ["    c->path = c->in.val;"]
        elif step == 0:
            mid = ["    struct tf%d_inner tmp = c->in;" % k,
                   "    tmp.len = c->depth;",
                   "    c->self->in = tmp;"]
        elif step == 1:
            mid = ["    char *p = c->path;",
                   "    if (c->depth > 100)",
                   "        return;",
                   "    c->path = p;"]
        else:
            mid = ["    struct tf%d_ctx *s = c->self;" % k,
                   "    s->path = s->in.val;"]
        nxt = "c->self" if j % 2 else "c"
        return head + mid + ["    tf%d_%d(%s);" % (k, j + 1, nxt), "}"], None
    how = fl["how"]
    if how == "system":
        body = head + ["    if (c->in.len > 0)", "        system(c->path);", "}"]
        return body, 4
    if how == "fopen":
        body = head + ['    FILE *f = fopen(c->path, "r");',
                       "    if (f)", "        fclose(f);", "}"]
        return body, 3
    if how == "snprintf-popen":
        body = head + ["    char cmd[512];",
                       '    snprintf(cmd, sizeof cmd, "ls -l %s", c->path);',
                       '    FILE *p = popen(cmd, "r");',
                       "    if (p)", "        pclose(p);", "}"]
        return body, 5
    body = head + ["    char buf[256];",
                   "    strncpy(buf, c->path, sizeof buf - 1);",
                   "    buf[sizeof buf - 1] = '\\0';",
                   "    unlink(buf);", "}"]
    return body, 6


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--functions", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--files", type=int, default=0,
                    help="number of .c files (default: about 200 functions each)")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    n = a.functions
    nfiles = a.files or max(1, round(n / 200))
    if n < 2 * nfiles + 10:
        sys.exit("gen.py: too few functions for %d files" % nfiles)
    rng = random.Random("%d/%d/%d" % (a.seed, n, nfiles))
    os.makedirs(a.out, exist_ok=True)

    flows = plan_flows(n, nfiles, rng)
    files = [FileGen(i) for i in range(nfiles)]
    flow_steps = {}  # file -> [(flow, step)]
    for fl in flows:
        for j, fi in enumerate(fl["files"]):
            flow_steps.setdefault(fi, []).append((fl, j))
            if j == 0:
                files[fi].flow_starts.append("tf%d_0" % fl["id"])

    done = {s: 0 for s, _ in SHARES}
    total = 0
    for fg in files:
        budget = n // nfiles + (1 if fg.index < n % nfiles else 0)
        # planted flow steps
        for fl, j in flow_steps.get(fg.index, []):
            lines, sink = flow_function(fl, j)
            bi = fg.add(None, lines, static=False)
            if sink is not None:
                fg.sinks.append((bi, sink, fl))
        left = budget - fg.count - 1  # keep one for the entry
        while left > 0:
            # the shape furthest below its share of the functions made so far
            shape = min(SHARES, key=lambda s: done[s[0]] - s[1] * (total + 1))[0]
            size = SIZES[shape](rng)
            if size > left:
                size = left
                if size < MIN_SIZE[shape]:
                    shape = "chain"
            cross = None
            if shape == "chain" and fg.index > 0 and rng.random() < 0.5:
                cross = "file_%d_entry" % rng.randrange(fg.index)
            before = fg.count
            {"chain": lambda: gen_chain(fg, rng, size, cross),
             "fanout": lambda: gen_fanout(fg, rng, size),
             "recursion": lambda: gen_recursion(fg, rng, size),
             "struct": lambda: gen_struct(fg, rng, size),
             "fptr": lambda: gen_fptr(fg, rng, size),
             "string": lambda: gen_string(fg, rng, size),
             "loop": lambda: gen_loop(fg, rng, size)}[shape]()
            made = fg.count - before
            done[shape] += made
            total += made
            left -= made
        # the entry
        entry = ["int file_%d_entry(int x)" % fg.index, "{", "    int s = 0;"]
        for r in fg.roots:
            entry.append("    s += %s(x);" % r)
        for src in fg.flow_starts:
            entry.append("    s += %s();" % src)
        entry += ["    return s;", "}"]
        fg.add(None, entry, static=False)

    # header
    hdr = ["#ifndef PROG_H", "#define PROG_H", ""]
    for i in range(nfiles):
        hdr.append("int file_%d_entry(int x);" % i)
    hdr.append("")
    for fl in flows:
        hdr += flow_header(fl)
    hdr.append("#endif")
    with open(os.path.join(a.out, "prog.h"), "w") as f:
        f.write("\n".join(hdr) + "\n")

    expected = []
    width = max(3, len(str(nfiles - 1)))
    for fg in files:
        fname = "src_%0*d.c" % (width, fg.index)
        lines = list(PRELUDE) + fg.types + fg.protos + [""]
        starts = []
        for body in fg.bodies:
            starts.append(len(lines))
            lines += body + [""]
        for bi, off, fl in fg.sinks:
            ln = starts[bi] + off + 1
            assert fl["how"].split("-")[-1] in lines[ln - 1], (lines[ln - 1], fl)
            expected.append((fname, ln, fl))
        with open(os.path.join(a.out, fname), "w") as f:
            f.write("\n".join(lines) + "\n")

    m = ["#include <stdio.h>", '#include "prog.h"', "", "int main(void)", "{",
         "    int s = 0;"]
    for i in range(nfiles):
        m.append("    s += file_%d_entry(%d);" % (i, i + 1))
    m += ['    printf("%d\\n", s);', "    return s & 1;", "}"]
    with open(os.path.join(a.out, "main.c"), "w") as f:
        f.write("\n".join(m) + "\n")

    with open(os.path.join(a.out, "EXPECTED.txt"), "w") as f:
        for fname, ln, fl in sorted(expected, key=lambda e: e[2]["id"]):
            f.write("%s:%d %s\n" % (fname, ln, fl["rule"]))
    with open(os.path.join(a.out, "FLOWS.txt"), "w") as f:
        for fl in flows:
            f.write("flow %d: getenv(\"SLUICE_BENCH_%d\") -> %d calls through "
                    "files %s -> %s (%s)\n"
                    % (fl["id"], fl["id"], fl["len"],
                       ",".join(str(x) for x in fl["files"]), fl["how"],
                       fl["rule"]))
        f.write("functions: %d in %d files (+ main); by shape: %s\n"
                % (total + sum(1 for fl in flows for _ in range(fl["len"]))
                   + nfiles, nfiles,
                   ", ".join("%s=%d" % kv for kv in done.items())))


if __name__ == "__main__":
    main()
