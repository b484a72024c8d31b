#include "analyzer/model.h"

#include <map>

#include <algorithm>
#include <cctype>

namespace sluice {

namespace {
bool matchesPatterns(const std::vector<std::string> &patterns, const std::string &text);
} // namespace

std::string AccessPath::str() const {
  std::string s(derefs, '*');
  s += isReturn() ? "ret" : isState() ? "state" : "arg" + std::to_string(arg);
  if (andLater)
    s += "..";
  return s;
}

std::optional<AccessPath> AccessPath::parse(const std::string &text, bool allowState) {
  AccessPath p;
  if (text == "state") {
    if (!allowState)
      return std::nullopt;
    p.arg = State;
    return p;
  }
  size_t i = 0;
  while (i < text.size() && text[i] == '*')
    ++i;
  p.derefs = static_cast<unsigned>(i);
  if (p.derefs > 3)
    return std::nullopt;
  std::string rest = text.substr(i);
  if (rest.size() >= 2 && rest.compare(rest.size() - 2, 2, "..") == 0) {
    p.andLater = true;
    rest.resize(rest.size() - 2);
  }
  if (rest == "ret") {
    if (p.andLater)
      return std::nullopt;
    p.arg = Return;
    return p;
  }
  if (rest.size() < 4 || rest.compare(0, 3, "arg") != 0)
    return std::nullopt;
  int n = 0;
  for (size_t k = 3; k < rest.size(); ++k) {
    if (!std::isdigit(static_cast<unsigned char>(rest[k])) || n > 64)
      return std::nullopt;
    n = n * 10 + (rest[k] - '0');
  }
  p.arg = n;
  return p;
}

void RuleSet::finalize() {
  byName_.clear();
  for (size_t i = 0; i < rows.size(); ++i)
    for (const std::string &f : rows[i].functions)
      byName_[f].push_back(i);
  std::sort(policies.begin(), policies.end(),
            [](const Policy &a, const Policy &b) { return a.info.id < b.info.id; });
}

std::vector<const ModelRow *>
RuleSet::rowsFor(const std::string &qualifiedName, const std::string &plainName) const {
  std::vector<size_t> idx;
  auto add = [&](const std::string &n) {
    auto it = byName_.find(n);
    if (it != byName_.end())
      idx.insert(idx.end(), it->second.begin(), it->second.end());
  };
  add(qualifiedName);
  if (plainName != qualifiedName)
    add(plainName);
  auto scope = qualifiedName.rfind("::");
  if (scope != std::string::npos)
    add(qualifiedName.substr(0, scope) + "::*");
  std::sort(idx.begin(), idx.end());
  idx.erase(std::unique(idx.begin(), idx.end()), idx.end());
  std::vector<const ModelRow *> out;
  for (size_t i : idx)
    out.push_back(&rows[i]);
  return out;
}

const Policy *RuleSet::policy(const std::string &id) const {
  for (const Policy &p : policies)
    if (p.info.id == id)
      return &p;
  return nullptr;
}

bool RuleSet::disable(const std::string &id) {
  auto it = std::find_if(policies.begin(), policies.end(),
                         [&](const Policy &p) { return p.info.id == id; });
  if (it != policies.end()) {
    policies.erase(it);
    return true;
  }
  auto b = std::find_if(behaviors.begin(), behaviors.end(),
                        [&](const Behavior &x) { return x.info.id == id; });
  if (b == behaviors.end())
    return false;
  behaviors.erase(b);
  return true;
}

const Behavior *RuleSet::behavior(const std::string &id) const {
  for (const Behavior &b : behaviors)
    if (b.info.id == id)
      return &b;
  return nullptr;
}


std::vector<std::string> RuleSet::classify(const std::string &value) const {
  std::vector<std::string> out;
  if (value.empty())
    return out;
  if (secrets.matchesPath(value))
    out.push_back("credential");
  if (secrets.matchesEnvName(value))
    out.push_back("secret-name");  // an environment variable that holds a credential
  for (const auto &[cls, patterns] : pathClasses)
    if (matchesPatterns(patterns, value))
      out.push_back(cls);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::string builtinOperatorName(const std::string &op) { return "built-in operator " + op; }

std::string sourceVariableName(const std::string &name) { return "library variable " + name; }

std::string describeSourceKind(const std::string &kind) {
  if (kind == "env")
    return "environment value";
  if (kind == "file")
    return "file content";
  if (kind == "network")
    return "network data";
  if (kind == "user-input")
    return "user input";
  if (kind == "secret")
    return "secret";
  if (kind == "decoded")
    return "text decoded at run time";
  return kind;
}

std::vector<std::string> splitList(const std::string &text, char sep) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t end = text.find(sep, pos);
    if (end == std::string::npos)
      end = text.size();
    if (end > pos)
      out.push_back(text.substr(pos, end - pos));
    pos = end + 1;
  }
  return out;
}

bool isShellProgram(const std::string &path) {
  std::string base = path.substr(path.find_last_of("/\\") == std::string::npos
                                     ? 0
                                     : path.find_last_of("/\\") + 1);
  for (char &c : base)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static const char *shells[] = {"sh",   "bash", "dash", "zsh",     "ksh",     "csh",
                                 "tcsh", "ash",  "fish", "cmd.exe", "cmd",     "powershell",
                                 "powershell.exe", "pwsh", "busybox"};
  for (const char *s : shells)
    if (base == s)
      return true;
  return false;
}

bool globMatch(const std::string &pattern, const std::string &text, bool ignoreCase) {
  auto eq = [&](char a, char b) {
    return ignoreCase ? std::tolower(static_cast<unsigned char>(a)) ==
                            std::tolower(static_cast<unsigned char>(b))
                      : a == b;
  };
  size_t p = 0, t = 0, star = std::string::npos, mark = 0;
  while (t < text.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      mark = t;
    } else if (p < pattern.size() && eq(pattern[p], text[t])) {
      ++p;
      ++t;
    } else if (star != std::string::npos) {
      p = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*')
    ++p;
  return p == pattern.size();
}

bool SecretPatterns::matchesEnvName(const std::string &name) const {
  for (const std::string &p : envNames)
    if (globMatch(p, name, true))
      return true;
  return false;
}

namespace {
/// Case-sensitive glob patterns where "!pattern" excludes.
bool matchesPatterns(const std::vector<std::string> &patterns, const std::string &text) {
  bool hit = false;
  for (const std::string &p : patterns) {
    if (!p.empty() && p[0] == '!') {
      if (globMatch(p.substr(1), text, false))
        return false;
    } else if (globMatch(p, text, false)) {
      hit = true;
    }
  }
  return hit;
}
} // namespace

bool SecretPatterns::matchesPath(const std::string &path) const {
  // "!pattern" excludes (public keys next to private ones).
  return matchesPatterns(paths, path);
}

std::string describeSink(const std::string &sinkKind, const std::string &api) {
  if (sinkKind == "log")
    return "the output written by '" + api + "'";
  if (sinkKind == "format")
    return "the format string of '" + api + "'";
  if (sinkKind == "search-path")
    return "the search path set by '" + api + "'";
  if (sinkKind == "library-load")
    return "the library loaded by '" + api + "'";
  if (sinkKind == "symbol-lookup")
    return "the symbol looked up by '" + api + "'";
  if (sinkKind == "process-arg")
    return "what '" + api + "' hands to another process";
  if (sinkKind == "command")
    return "the command argument of '" + api + "'";
  if (sinkKind == "path" || sinkKind == "path-read")
    return "the file path argument of '" + api + "'";
  if (sinkKind == "network-send")
    return "the data sent over the network by '" + api + "'";
  if (sinkKind == "pipe-write")
    return "the data written into a pipe by '" + api + "'";
  if (sinkKind == "network-peer")
    return "the host or address given to '" + api + "'";
  return "the " + sinkKind + " argument of '" + api + "'";
}

namespace {
std::string replaceAll(std::string s, const std::string &from, const std::string &to) {
  for (size_t pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size()))
    s.replace(pos, from.size(), to);
  return s;
}
} // namespace

std::string formatMessage(const std::string &tmpl, const std::string &sourceApi,
                          const std::string &sinkApi, const std::string &sourceKind,
                          const std::string &sinkKind) {
  std::string m = replaceAll(tmpl, "{source}", sourceApi);
  m = replaceAll(m, "{sink}", sinkApi);
  m = replaceAll(m, "{source-kind}", sourceKind);
  m = replaceAll(m, "{source-desc}", describeSourceKind(sourceKind));
  m = replaceAll(m, "{sink-kind}", sinkKind);
  m = replaceAll(m, "{sink-desc}", describeSink(sinkKind, sinkApi));
  return m;
}

const std::vector<std::string> &knownSourceKinds() {
  // decoded: text a decoding loop or character-by-character stores make
  // (recognised by the engine, cap_obfuscation.cpp), or a library decoder
  // unpacks (source rows in libc-sources.yaml).
  static const std::vector<std::string> k = {"env",        "file",   "network",
                                             "user-input", "secret", "decoded"};
  return k;
}
const std::vector<std::string> &knownSinkKinds() {
  // command: run by a shell or as the program; path: names a file;
  // network-send: leaves over the network; log: written to stdout, stderr
  // or the system log; format: a printf-style format; search-path: sets PATH
  // or a dynamic-loader variable; library-load: names a library to load;
  // symbol-lookup: names the function looked up in one (dlsym);
  // process-arg: given to another process (argument or environment).
  // path-read: names a file only read (fopen "r", open O_RDONLY, ifstream).
  // file-write: written into a file (fwrite, fputs, write on a file
  // descriptor, std::ofstream); used by behaviours (a download saved).
  // network-peer: names the host or address to talk to; used by
  // behaviours (an address hidden by a decoding loop).
  // pipe-write: written into a pipe; used by behaviours (network data
  // relayed to a shell's standard input).
  static const std::vector<std::string> k = {"command",     "path",         "path-read",
                                             "network-send", "file-write",  "network-peer",
                                             "log",         "format",       "search-path",
                                             "library-load", "process-arg",  "pipe-write",
                                             "symbol-lookup"};
  return k;
}
const std::vector<std::string> &knownHandleKinds() {
  static const std::vector<std::string> k = {"socket", "file",       "stdin",
                                             "canonical", "credential", "pipe"};
  return k;
}
const std::vector<std::string> &knownCapabilityKinds() {
  // Documented in rules/README.md (capability kinds); decode-loop,
  // char-built-string and access-grant are recognised by the engine, not
  // by models.
  static const std::vector<std::string> k = {
      "net-connect",   "net-listen",    "net-accept",      "net-send",       "net-receive",
      "net-address",   "exec",          "exec-shell",      "file-read",      "file-write",
      "file-delete",   "file-chmod-exec", "load-library",  "load-symbol",    "raw-syscall",
      "priv-change",   "ptrace",        "anti-debug",      "tls-verify-off", "env-read",
      "env-write",     "clock",         "random",          "identity",       "stdio-to-socket",
      "stdin-from-pipe",
      "memory-exec",   "registry-write", "process-kill",   "memfd",          "decode-loop",
      "char-built-string", "net-download", "file-append", "access-grant"};
  return k;
}

const std::vector<std::string> &knownGuardKinds() {
  static const std::vector<std::string> k = {"clock-date", "clock-before", "clock-elapsed",
                                             "counter", "random",
                                             "identity",   "env",           "file",    "network",
                                             "user-input", "secret",        "argument"};
  return k;
}

std::string describeCapability(const std::string &kind) {
  static const std::map<std::string, std::string> d = {
      {"net-connect", "connects to a network peer"},
      {"net-listen", "listens for network connections"},
      {"net-accept", "accepts a network connection"},
      {"net-send", "sends data over the network"},
      {"net-receive", "receives data from the network"},
      {"net-address", "names a network address"},
      {"net-download", "downloads straight into a file"},
      {"exec", "runs a program"},
      {"exec-shell", "runs a shell command"},
      {"file-read", "reads a file"},
      {"file-write", "writes a file"},
      {"file-append", "appends to a file"},
      {"file-delete", "deletes a file"},
      {"file-chmod-exec", "makes a file executable"},
      {"load-library", "loads a library"},
      {"load-symbol", "looks up a symbol at run time"},
      {"raw-syscall", "makes a raw system call"},
      {"priv-change", "changes its user or group identity"},
      {"ptrace", "traces a process"},
      {"anti-debug", "checks for or blocks a debugger"},
      {"tls-verify-off", "turns off TLS certificate verification"},
      {"env-read", "reads the environment"},
      {"env-write", "changes the environment"},
      {"clock", "reads the clock"},
      {"random", "draws a random number"},
      {"identity", "reads an identity (host name, user or address)"},
      {"stdio-to-socket", "connects standard I/O to a socket"},
      {"stdin-from-pipe", "makes a pipe its standard input"},
      {"memory-exec", "maps executable memory"},
      {"registry-write", "writes the Windows registry"},
      {"process-kill", "signals another process"},
      {"memfd", "creates an anonymous in-memory file"},
      {"decode-loop", "decodes data (an XOR or add loop, base64 or hex digits)"},
      {"char-built-string", "builds a string character by character"},
      {"access-grant", "grants access on a hard-coded credential"}};
  auto it = d.find(kind);
  return it == d.end() ? kind : it->second;
}

const std::vector<std::string> &knownConditions() {
  // shell-command[@argN]: the program argument (arg0, or argN) is a shell
  //   and an earlier argument is its command flag ("-c", "/c"); the row's
  //   `at` positions after that flag are then a command.
  // handle:<kind>@<n>: argument n is a descriptor/stream of that handle kind.
  // Validators: equals-constant (the other string argument is constant
  // text), rejects:<chars> (the constant argument 1 holds every one of
  // <chars>), handle:<kind>@<arg> as for sinks.
  // name:<glob>|<glob>@<arg>: the constant argument matches a pattern
  //   (setenv("LD_PRELOAD", ...)).
  // text:<glob>|<glob>@<arg>: the argument's folded text ('*' for unknown
  //   parts) matches a pattern (popen("curl -s " + url)).
  // env-name:<glob>|<glob>@<arg>: the argument is "NAME=value" with a
  //   matching NAME, or a NAME not known (putenv("PATH=...")).
  // constant:<name>|<value>@<arg>: the argument is that enumerator or
  //   named constant, or has that integer value (CURLOPT_POSTFIELDS,
  //   SYS_execve).
  static const std::vector<std::string> k = {"shell-command", "handle:<kind>@<arg>",
                                             "equals-constant", "rejects:<chars>",
                                             "name:<globs>@<arg>", "text:<globs>@<arg>",
                                             "env-name:<globs>@<arg>",
                                             "constant:<names|values>@<arg>",
                                             "read-mode@<arg>", "write-mode@<arg>",
                                             "standard-output@<arg>"};
  return k;
}

} // namespace sluice
