// Transfer functions and the fixpoint, observed through findings on small
// programs: each test is one construct, with a look-alike that must stay quiet.
#include "analyzer/facts.h"
#include "analyzer/rules_loader.h"
#include "analyzer/link.h"
#include "frontend/tu_runner.h"
#include "tests/test_support.h"

#include <catch2/catch.hpp>

using namespace sluice;

namespace {

using testing::builtinRules;

const char *kHeaders = R"(
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <fcntl.h>
)";

std::vector<report::Finding> scan(const std::string &body, bool cpp = false) {
  TUOutcome o = analyzeCode(std::string(kHeaders) + body, cpp ? "input.cpp" : "input.c",
                            {cpp ? "-std=gnu++17" : "-std=gnu17"}, builtinRules());
  INFO("parse errors: " << o.parseErrors);
  CHECK(o.parseErrors == 0);
  return linkProgram({o.analysis.facts}, builtinRules().policies);
}

size_t count(const std::vector<report::Finding> &fs, const std::string &rule) {
  size_t n = 0;
  for (const auto &f : fs)
    n += f.ruleId == rule;
  return n;
}

/// `code` gives exactly one finding of `rule`, on the line that contains `text`.
void onlyFindingOn(const std::string &code, const std::string &rule, const std::string &text) {
  std::vector<report::Finding> fs = scan(code);
  REQUIRE(count(fs, rule) == 1);
  for (const auto &f : fs)
    if (f.ruleId == rule)
      CHECK(f.location.snippet.find(text) != std::string::npos);
}

} // namespace

TEST_CASE("assignment and declaration carry taint; constants kill it", "[transfer]") {
  CHECK(count(scan("void f(void){ char *c = getenv(\"A\"); system(c); }"), "taint.cmd-injection") == 1);
  CHECK(count(scan("void f(void){ char *c = getenv(\"A\"); c = \"ls\"; system(c); }"),
              "taint.cmd-injection") == 0);
}

TEST_CASE("whole-buffer copies overwrite, appends and offsets do not", "[transfer]") {
  const char *killed = "void f(void){ char b[64]; strcpy(b, getenv(\"A\")); strcpy(b, \"ls\"); system(b); }";
  const char *appended = "void f(void){ char b[64]; strcpy(b, getenv(\"A\")); strcat(b, \" -l\"); system(b); }";
  const char *offset = "void f(void){ char b[64]; strcpy(b, getenv(\"A\")); strcpy(b + 2, \"x\"); system(b); }";
  const char *element = "void f(void){ char b[64]; strcpy(b, getenv(\"A\")); b[0] = 'x'; system(b); }";
  CHECK(scan(killed).empty());
  CHECK(scan(appended).size() == 1);
  CHECK(scan(offset).size() == 1);
  CHECK(scan(element).size() == 1);
}

TEST_CASE("writes through pointers reach the buffer they point to", "[transfer]") {
  CHECK(scan("void f(void){ char b[64]; char *p = b; strcpy(p, getenv(\"A\")); system(b); }").size() == 1);
  CHECK(scan("void f(int s){ char b[64] = \"ls \"; char *p = b; size_t n = strlen(p);"
             " recv(s, p + n, 10, 0); system(b); }")
            .size() == 1);
  // A pointer to a different buffer does not taint this one.
  CHECK(scan("void f(void){ char a[8], b[8] = \"ls\"; char *p = a; strcpy(p, getenv(\"A\")); system(b); }")
            .empty());
}

TEST_CASE("branches join and loops converge", "[transfer]") {
  CHECK(scan("void f(int c){ const char *x = \"ls\"; if (c) x = getenv(\"A\"); system(x); }").size() == 1);
  CHECK(scan("void f(int c){ char b[64] = \"\"; char line[32]; FILE *fp = fopen(\"/etc/x\", \"r\");"
             " while (fgets(line, sizeof line, fp)) strcat(b, line); system(b); }")
            .size() == 1);
  // Dead code under a constant condition raises nothing.
  CHECK(scan("void f(void){ if (0) system(getenv(\"A\")); }").empty());
}

TEST_CASE("constants outside int64_t are unknown values, not wrapped", "[transfer]") {
  // Debug builds abort in APSInt::getExtValue on these; release builds used
  // to read ~0ull as -1.
  CHECK(scan("void f(unsigned long long k){ char *c = getenv(\"A\");"
             " if (k == ~0ull) system(c); if (k == 18446744073709551615ull) system(c); }")
            .size() == 2);
}

TEST_CASE("numeric conversion sanitizes", "[transfer]") {
  CHECK(scan("void f(void){ char b[64]; int n = atoi(getenv(\"N\"));"
             " snprintf(b, sizeof b, \"sleep %d\", n); system(b); }")
            .empty());
  CHECK(scan("void f(void){ char b[64]; snprintf(b, sizeof b, \"sleep %s\", getenv(\"N\")); system(b); }")
            .size() == 1);
}

TEST_CASE("descriptor kinds refine sources and sinks", "[transfer]") {
  // read() from a socket is network data, from standard input user input.
  auto net = scan("void f(void){ char b[64]; int s = socket(2, 1, 0); read(s, b, 64); system(b); }");
  REQUIRE(net.size() == 1);
  CHECK(net[0].sourceKind == "network");
  auto in = scan("void f(void){ char b[64]; fgets(b, 64, stdin); system(b); }");
  REQUIRE(in.size() == 1);
  CHECK(in[0].sourceKind == "user-input");
  // write() sends only on sockets.
  CHECK(count(scan("void f(void){ char *t = getenv(\"T\"); int s = socket(2, 1, 0);"
                   " write(s, t, 8); }"),
              "taint.exfiltration") == 1);
  CHECK(scan("void f(void){ char *t = getenv(\"T\"); int fd = open(\"/tmp/o\", 1);"
             " write(fd, t, 8); }")
            .empty());
}

TEST_CASE("exec runs a shell command only with a shell and -c", "[transfer]") {
  CHECK(scan("void f(void){ execl(\"/bin/sh\", \"sh\", \"-c\", getenv(\"A\"), (char*)0); }").size() == 1);
  CHECK(scan("void f(void){ execl(\"/bin/ls\", \"ls\", getenv(\"A\"), (char*)0); }").empty());
  CHECK(scan("void f(void){ execlp(getenv(\"A\"), \"x\", (char*)0); }").size() == 1);
}

TEST_CASE("argv of main is user input", "[transfer]") {
  auto fs = scan("int main(int argc, char **argv){ if (argc > 1) system(argv[1]); return 0; }");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].sourceKind == "user-input");
  CHECK(scan("int helper(int argc, char **argv){ return system(argv[1]); }").empty());
}

TEST_CASE("the code flow runs from source through each propagation to the sink", "[transfer]") {
  auto fs = scan("void f(void){\n"
                 "  char *e = getenv(\"A\");\n"
                 "  char b[64];\n"
                 "  snprintf(b, sizeof b, \"ls %s\", e);\n"
                 "  system(b);\n"
                 "}\n");
  REQUIRE(fs.size() == 1);
  const auto &f = fs[0];
  REQUIRE(f.flow.size() == 3);
  CHECK(f.flow[0].kind == "source");
  CHECK(f.flow[1].kind == "propagation");
  CHECK(f.flow[2].kind == "sink");
  CHECK(f.flow[0].location.line < f.flow[1].location.line);
  CHECK(f.flow[1].location.line < f.flow[2].location.line);
  CHECK(f.message == "untrusted data from 'getenv' reaches the command argument of 'system'");
  CHECK(f.function == "f");
}

TEST_CASE("secrets are inferred from variable names and credential paths", "[transfer]") {
  auto env = scan("void f(int s){ const char *t = getenv(\"GITHUB_TOKEN\"); send(s, t, 8, 0); }");
  REQUIRE(env.size() == 1);
  CHECK(env[0].level == report::Level::Error);  // secret sent out: an error
  auto plain = scan("void f(int s){ const char *t = getenv(\"LANG\"); send(s, t, 8, 0); }");
  REQUIRE(plain.size() == 1);
  CHECK(plain[0].level == report::Level::Warning);
  auto key = scan("void f(int s){ char p[256], l[128]; const char *h = getenv(\"HOME\");\n"
                  " snprintf(p, sizeof p, \"%s/.ssh/id_rsa\", h); FILE *fp = fopen(p, \"r\");\n"
                  " fgets(l, sizeof l, fp); send(s, l, 8, 0); }");
  bool secret = false;
  for (const auto &x : key)
    secret |= x.sourceKind == "secret";
  CHECK(secret);
}

TEST_CASE("a directory prefix does not choose a file that is only read", "[transfer]") {
  const char *read = "void f(void){ char p[256]; snprintf(p, sizeof p, \"%s/.apprc\", getenv(\"HOME\"));"
                     " fopen(p, \"r\"); }";
  const char *write = "void f(void){ char p[256]; snprintf(p, sizeof p, \"%s/.apprc\", getenv(\"HOME\"));"
                      " fopen(p, \"w\"); }";
  const char *name = "void f(void){ char p[256]; snprintf(p, sizeof p, \"/etc/app/%s\", getenv(\"NAME\"));"
                     " fopen(p, \"r\"); }";
  CHECK(scan(read).empty());
  CHECK(count(scan(write), "taint.path-injection") == 1);
  CHECK(count(scan(name), "taint.path-injection") == 1);
}

TEST_CASE("variadic wrappers pass their arguments through va_list", "[transfer]") {
  const char *wrapper = R"(
    #include <stdarg.h>
    static int run(const char *fmt, ...) { char cmd[256]; va_list ap; va_start(ap, fmt);
      vsnprintf(cmd, sizeof cmd, fmt, ap); va_end(ap); return system(cmd); }
    static const char *first(int n, ...) { va_list ap; va_start(ap, n);
      const char *s = va_arg(ap, const char *); va_end(ap); return s; }
  )";
  CHECK(count(scan(std::string(wrapper) +
                   "int f(void){ return run(\"convert %s\", getenv(\"IMG\")); }"),
              "taint.cmd-injection") == 1);
  CHECK(count(scan(std::string(wrapper) + "int f(void){ return run(\"convert %s\", \"a.png\"); }"),
              "taint.cmd-injection") == 0);
  CHECK(count(scan(std::string(wrapper) +
                   "int f(void){ return system(first(2, getenv(\"A\"), \"x\")); }"),
              "taint.cmd-injection") == 1);
}

TEST_CASE("va_list helpers and C++ overloads of C functions", "[transfer]") {
  // vrun(fmt, ap) reads its arguments with va_arg.
  const char *helper = R"(
    #include <stdarg.h>
    static int vrun(int n, va_list ap) { const char *cmd = va_arg(ap, const char *);
      (void)n; return system(cmd); }
    static int run(int n, ...) { va_list ap; va_start(ap, n); int r = vrun(n, ap); va_end(ap);
      return r; }
  )";
  CHECK(count(scan(std::string(helper) + "int f(void){ return run(1, getenv(\"CMD\")); }"),
              "taint.cmd-injection") == 1);
  CHECK(count(scan(std::string(helper) + "int f(void){ return run(1, \"ls\"); }"),
              "taint.cmd-injection") == 0);
  // std::wcsstr is libstdc++'s overload of the C function, still modelled.
  CHECK(count(scan(R"(
    #include <cwchar>
    #include <cstdlib>
    extern "C" wchar_t *_wgetenv(const wchar_t *name);
    extern "C" int _wsystem(const wchar_t *command);
    int f(wchar_t *out) { wchar_t *v = _wgetenv(L"X"); if (!v) return 1;
      wchar_t *p = std::wcsstr(v, L"="); if (!p) return 1; return _wsystem(p + 1); })",
                   true),
              "taint.cmd-injection") == 1);
}

TEST_CASE("validator conditions: a list must all hold, '!' negates", "[transfer][guards]") {
  // Issue 14: the validator copy of the `when:` language took a list or a
  // '!' condition as one unknown string, so such a validator never held and
  // the checked value still alerted.
  RuleSet rules = builtinRules();
  std::vector<RuleError> errors;
  REQUIRE(loadRuleText(R"(
models:
  - validate: [command]
    functions: [find_any]
    at: "*arg0"
    passes-when: zero
    when: ["rejects:;|&", "rejects:`$"]
    why: test row, a list of two conditions.
  - validate: [command]
    functions: [checked_name]
    at: "*arg0"
    passes-when: nonzero
    when: "!zero@arg1"
    why: test row, validates only when its strict flag is not zero.
)",
                       "user.yaml", rules, errors));
  auto run = [&](const std::string &body) {
    TUOutcome o = analyzeCode(std::string(kHeaders) +
                                  "char *find_any(const char *s, const char *set);\n"
                                  "int checked_name(const char *s, int strict);\n" + body,
                              "input.c", {"-std=gnu17"}, rules);
    CHECK(o.parseErrors == 0);
    return count(linkProgram({o.analysis.facts}, rules.policies), "taint.cmd-injection");
  };
  // Both parts of the list are in the set searched for: validated.
  CHECK(run(R"(int f(void){ char *c = getenv("C"); if (!c || find_any(c, ";|&`$") != 0) return 1;
      return system(c); })") == 0);
  // The set lacks '`' and '$': the list does not hold.
  CHECK(run(R"(int f(void){ char *c = getenv("C"); if (!c || find_any(c, ";|&") != 0) return 1;
      return system(c); })") == 1);
  CHECK(run(R"(int f(void){ char *c = getenv("C"); if (!c || !checked_name(c, 1)) return 1;
      return system(c); })") == 0);
  CHECK(run(R"(int f(void){ char *c = getenv("C"); if (!c || !checked_name(c, 0)) return 1;
      return system(c); })") == 1);
}

TEST_CASE("member paths: dereferences between members, compared from the right", "[transfer][paths]") {
  using facts::pathsOverlap;
  // Different pointer members: apart; the same member, or a member below it: together.
  CHECK_FALSE(pathsOverlap(".logfile*", ".buf*"));
  CHECK(pathsOverlap(".logfile*", ".logfile*"));
  CHECK(pathsOverlap(".logfile*", ".logfile*.len"));
  CHECK_FALSE(pathsOverlap(".a*.x", ".a*.y"));
  // A path that does not name the levels above stands for any member there.
  CHECK(pathsOverlap("", ".logfile*"));
  CHECK(pathsOverlap(".len", ".logfile*.len"));
  CHECK_FALSE(pathsOverlap(".len", ".logfile*.cap"));
  // A prefix at an upper level overlaps (a k-limited path stands for what is below it).
  CHECK(pathsOverlap(".cfg*", ".cfg.paths*"));
  CHECK_FALSE(pathsOverlap(".cfg*", ".cfgx*"));
  CHECK(facts::ownLevel(".a*.b.c") == ".b.c");
  CHECK(facts::ownLevel(".a.b") == ".a.b");
  // Coarsening keeps the topmost member and the dereferences: still the same level.
  CHECK(facts::firstMember(".a.b*.c") == ".a*");
  CHECK(facts::firstMember(".x.y") == ".x");
  CHECK(facts::firstMember("") == "");
  CHECK(facts::firstMember("*") == "*");
  CHECK(facts::firstMember("*.a*") == "**");
  CHECK(facts::leadingMembers(".a.b.c*.d", 2) == ".a.b*");
  CHECK(facts::leadingMembers(".a*.b.c", 2) == ".a*");
  CHECK(facts::leadingMembers(".a", 2) == ".a");
  CHECK(pathsOverlap(facts::leadingMembers(".a.b.c*.d", 2), ".a.b.c*.d"));
  CHECK_FALSE(pathsOverlap(facts::leadingMembers(".a.b.c", 2), ".a.x"));
  CHECK(pathsOverlap(facts::firstMember(".a.b*.c"), ".a.b*.c"));
}

TEST_CASE("what different pointer members point to stays apart", "[transfer][paths]") {
  const char *globals = R"(
struct st { char *buf; char *log; int sock; };
struct st g;
void fill(void) { recv(g.sock, g.buf, 64, 0); }
void use(void) { system(g.log); }
void use_buf(void) { system(g.buf); }
)";
  onlyFindingOn(globals, "taint.cmd-injection", "use_buf");
  // Through a parameter, and through a helper that fills one member of the
  // structure it is given.
  const char *params = R"(
struct st { char *buf; char *log; int sock; };
void fill(struct st *s) { recv(s->sock, s->buf, 64, 0); }
void f(struct st *s) { fill(s); system(s->log); }
void h(struct st *s) { fill(s); system(s->buf); }
)";
  onlyFindingOn(params, "taint.cmd-injection", "void h(");
  // A write through the whole structure (memcpy over it) still reaches every member.
  const char *whole = R"(
struct st { char *buf; char *log; int sock; };
struct st g;
void fill(int fd) { read(fd, &g, sizeof g); }
void use(void) { system(g.log); }
)";
  CHECK(count(scan(whole), "taint.cmd-injection") == 1);
}

TEST_CASE("a structure that points to its own kind keeps what lies below together", "[transfer][paths]") {
  // c->self is c: what the callee reads through c->self->path is what the
  // caller stored in c->path, one pointer level deeper than it looks.
  const char *self = R"(
struct inner { char *val; int len; };
struct ctx { struct inner in; char *path; struct ctx *self; int depth; };
void sink_path(struct ctx *c) { system(c->path); }
void step(struct ctx *c) { c->path = c->in.val; sink_path(c->self); }
int run(void) {
  struct ctx c;
  memset(&c, 0, sizeof c);
  c.in.val = getenv("X");
  c.self = &c;
  step(&c);
  return 0;
}
)";
  CHECK(count(scan(self), "taint.cmd-injection") == 1);
}
