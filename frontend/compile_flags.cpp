#include "frontend/compile_flags.h"

#include <algorithm>
#include <array>
#include <regex>
#include <set>
#include <string_view>

namespace sluice {

namespace {

using std::string_view;

bool startsWith(string_view s, string_view p) { return s.substr(0, p.size()) == p; }

// Flags whose value may be the next argument. Knowing them matters only so
// that the value is not mistaken for an input or a flag of its own.
const std::set<std::string, std::less<>> kSeparateValue = {
    "-I", "-D", "-U", "-include", "-imacros", "-isystem", "-iquote", "-idirafter",
    "-iprefix", "-iwithprefix", "-iwithprefixbefore", "-isysroot", "--sysroot", "-x",
    "-target", "-o", "-MF", "-MT", "-MQ", "-MJ", "-Xclang", "-Xlinker", "-Xpreprocessor",
    "-Xassembler", "-Xopenmp-target", "-Xcuda-ptxas", "-Xcuda-fatbinary", "-Xarch_host",
    "-Xarch_device", "-mllvm", "-arch", "--serialize-diagnostics", "-include-pch",
    "-ivfsoverlay", "-L", "-B", "--param", "-specs", "--config", "-dependency-file",
    "-working-directory", "-u", "-z", "-T", "-e", "-A", "--gcc-toolchain", "-cxx-isystem",
    "-module-dependency-dir", "-load", "--output", "-aux-info", "-Xanalyzer"};

struct Verdict {
  enum Kind { Keep, Ignore, Drop } kind;
  const char *reason = "";
};

constexpr const char *kWrites = "writes files";
constexpr const char *kLoads = "loads code";
constexpr const char *kReads = "reads a configuration, response or overlay file";
constexpr const char *kMode = "changes what the compiler driver does";
constexpr const char *kOtherTool =
    "passes arguments to the preprocessor, assembler or linker, which can write files";
constexpr const char *kUnknown = "not on Sluice's allow list of flags that change a parse";

Verdict keep() { return {Verdict::Keep}; }
Verdict ignore() { return {Verdict::Ignore}; }
Verdict drop(const char *why) { return {Verdict::Drop, why}; }

bool simpleValue(string_view v) {
  return !v.empty() && std::all_of(v.begin(), v.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' ||
           c == '+' || c == ',';
  });
}

/// `-f` flags that change how code parses or which macros are predefined.
Verdict fFlag(string_view name, string_view value, bool hasValue) {
  // Risky whatever their value: they write, load or read files.
  static const std::array<std::pair<string_view, const char *>, 22> risky = {{
      {"plugin", kLoads}, {"pass-plugin", kLoads}, {"load", kLoads},
      {"modules", kWrites}, {"implicit-module", kWrites}, {"module", kReads},
      {"prebuilt-module", kReads}, {"cxx-modules", kWrites}, {"crash-diagnostics", kWrites},
      {"dump-", kWrites}, {"save-optimization-record", kWrites},
      {"optimization-record", kWrites}, {"time-trace", kWrites}, {"time-report", kWrites},
      {"proc-stat-report", kWrites}, {"profile-", kReads}, {"sanitize-ignorelist", kReads},
      {"sanitize-blacklist", kReads}, {"sanitize-coverage-", kReads}, {"xray-", kReads},
      {"pch-", kWrites}, {"save-temps", kWrites}}};
  if (name == "profile-arcs" || name == "test-coverage" || startsWith(name, "sanitize") ||
      startsWith(name, "no-sanitize"))
    if (!startsWith(name, "sanitize-ignorelist") && !startsWith(name, "sanitize-blacklist") &&
        !startsWith(name, "sanitize-coverage-"))
      return ignore();  // instrumentation only: it changes no parse and reads nothing
  for (const auto &[prefix, why] : risky)
    if (startsWith(name, prefix))
      return drop(why);
  static const std::set<string_view> semantic = {
      "exceptions", "cxx-exceptions", "rtti", "ms-extensions", "ms-compatibility",
      "signed-char", "unsigned-char", "short-wchar", "short-enums", "blocks", "openmp",
      "char8_t", "coroutines", "builtin", "common", "PIC", "pic", "PIE", "pie", "wrapv",
      "trapv", "gnu89-inline", "gnu-keywords", "asm", "dollars-in-identifiers", "declspec",
      "sized-deallocation", "aligned-new", "trigraphs", "digraphs", "threadsafe-statics",
      "operator-names", "access-control", "elide-constructors", "delayed-template-parsing",
      "strict-enums", "freestanding", "hosted", "ext-numeric-literals", "fixed-point",
      "gnu-inline-asm", "math-errno", "fast-math", "finite-math-only", "unsafe-math-optimizations",
      "extended-identifiers", "new-infallible", "assume-sane-operator-new", "signed-bitfields",
      "unsigned-bitfields", "permissive", "char8-t", "double-square-bracket-attributes",
      "c++-static-destructors", "gnu-runtime", "objc-arc", "objc-exceptions", "modules-ts",
      "relaxed-template-template-args", "new-alignment", "wchar-type", "cuda-is-device",
      "strict-flex-arrays", "zero-initialized-in-bss", "keep-static-consts"};
  static const std::set<string_view> valued = {
      "ms-compatibility-version", "constexpr-depth", "constexpr-steps", "template-depth",
      "bracket-depth", "input-charset", "exec-charset", "wide-exec-charset", "visibility",
      "openmp", "new-alignment", "strict-flex-arrays", "aligned-new", "char8_t", "gnuc-version",
      "macro-backtrace-limit", "pack-struct", "max-type-align"};
  if (name == "modules-ts" || name == "module-name")
    return drop(kWrites);
  if (hasValue) {
    if (valued.count(name) && simpleValue(value))
      return keep();
  } else {
    string_view base = startsWith(name, "no-") ? name.substr(3) : name;
    if (semantic.count(base) || startsWith(base, "builtin-"))
      return keep();
  }
  // Build-only flags a dropped copy of cannot change a parse: optimization,
  // code generation, diagnostics, debug information.
  static const std::array<string_view, 30> buildOnly = {
      "diagnostics", "color-diagnostics", "message-length", "function-sections",
      "data-sections", "omit-frame-pointer", "no-omit-frame-pointer", "stack-protector",
      "no-stack-protector", "stack-clash-protection", "cf-protection", "lto", "no-lto", "plt",
      "no-plt", "strict-aliasing", "no-strict-aliasing", "debug-prefix-map", "file-prefix-map",
      "macro-prefix-map", "record-gcc-switches", "asynchronous-unwind-tables",
      "unwind-tables", "semantic-interposition", "no-semantic-interposition",
      "delete-null-pointer-checks", "no-delete-null-pointer-checks", "visibility-inlines",
      "profile-arcs", "test-coverage"};
  for (string_view b : buildOnly)
    if (startsWith(name, b))
      return ignore();
  if (!hasValue || simpleValue(value))
    return drop(kUnknown);
  return drop(kReads);  // a path-like value we do not know the meaning of
}

/// `-m` flags that select a target variant (and so predefined macros).
Verdict mFlag(string_view name, string_view value, bool hasValue) {
  if (name == "llvm")
    return drop(kLoads);
  static const std::set<string_view> valued = {"arch", "cpu", "tune", "fpu", "float-abi",
                                               "abi", "fpmath", "cmodel", "branch-protection"};
  if (hasValue)
    return valued.count(name) && simpleValue(value) ? keep() : drop(kUnknown);
  string_view base = startsWith(name, "no-") ? name.substr(3) : name;
  static const std::regex features(
      "(16|32|64|x32|sse[0-9.a-z]*|avx[0-9a-z]*|mmx|3dnow[a-z]*|popcnt|aes|pclmul|bmi2?|fma4?|"
      "f16c|lzcnt|rdrnd|rdseed|sha|adx|cx16|crc32|movbe|xsave[a-z]*|thumb|arm|big-endian|"
      "little-endian|hard-float|soft-float|red-zone|ms-bitfields|long-double-[0-9]+|vzeroupper|"
      "gfni|vaes|vpclmulqdq|prfchw|fxsr|tune-ctrl|sahf|tbm|lwp|xop|clflushopt|clwb)");
  if (std::regex_match(std::string(base), features))
    return keep();
  return drop(kUnknown);
}

/// Splits "-Ifoo", "-std=c11", "--target=x" into name and attached value.
Verdict classify(const std::string &flag, std::string_view value, bool hasValue) {
  string_view f = flag;
  // Include paths, macros and language: kept; the sandboxed file system
  // decides what an include may read.
  static const std::set<string_view> keepSeparate = {
      "-I", "-D", "-U", "-include", "-imacros", "-isystem", "-iquote", "-idirafter",
      "-iprefix", "-iwithprefix", "-iwithprefixbefore", "-isysroot", "--sysroot",
      "-cxx-isystem"};
  if (keepSeparate.count(f))
    return keep();
  static const std::set<string_view> keepExact = {"-nostdinc", "-nostdinc++", "-nostdlibinc",
                                                  "-nobuiltininc", "-undef", "-ansi",
                                                  "-trigraphs", "-pthread", "-pthreads"};
  if (keepExact.count(f))
    return keep();
  if (f == "-x") {
    static const std::set<string_view> langs = {"c", "c++", "c-header", "c++-header",
                                                "objective-c", "objective-c++", "cpp-output",
                                                "c++-cpp-output"};
    return langs.count(value) ? keep() : drop(kUnknown);
  }
  if (f == "-target")
    return simpleValue(value) ? keep() : drop(kUnknown);
  if (startsWith(f, "-Xclang") || f == "-load" || f == "-B" || startsWith(f, "-fplugin") ||
      startsWith(f, "-fpass-plugin") || f == "-mllvm" || f == "-Xanalyzer")
    return drop(kLoads);
  if (f == "-Xlinker" || f == "-Xpreprocessor" || f == "-Xassembler" || startsWith(f, "-Xarch") ||
      startsWith(f, "-Xcuda") || f == "-Xopenmp-target" || startsWith(f, "-Wp,") ||
      startsWith(f, "-Wa,") || startsWith(f, "-Wl,"))
    return drop(kOtherTool);
  if (f == "--config" || startsWith(f, "--config=") || startsWith(f, "--config-") ||
      f == "-ivfsoverlay" || f == "-include-pch" || f == "-specs" || startsWith(f, "-specs=") ||
      f == "--gcc-toolchain" || startsWith(f, "--gcc-toolchain=") ||
      startsWith(f, "--gcc-install-dir") || f == "-working-directory")
    return drop(kReads);
  if (f == "--serialize-diagnostics" || f == "-dependency-file" || f == "-MJ" || f == "-H" ||
      startsWith(f, "-save-temps") || f == "-module-dependency-dir" || f == "--output" ||
      startsWith(f, "--output=") || f == "-aux-info" || startsWith(f, "-ftime-trace"))
    return drop(kWrites);
  // What every build writes: its object file and its dependency file.
  static const std::set<string_view> buildOutputs = {"-c", "-o", "-MD", "-MMD", "-MP",
                                                     "-MT", "-MQ", "-MF", "-pipe", "-w",
                                                     "-pedantic", "-pedantic-errors",
                                                     "-shared", "-static", "-rdynamic", "-s",
                                                     "-L", "-u", "-z", "-T", "-e", "-A",
                                                     "--param", "--coverage", "-v", "-Q"};
  if (buildOutputs.count(f) || startsWith(f, "-O") || startsWith(f, "-g") ||
      startsWith(f, "-Werror") || startsWith(f, "-L") || startsWith(f, "-l") ||
      startsWith(f, "-static-") || startsWith(f, "-shared-") || startsWith(f, "-rtlib=") ||
      startsWith(f, "-fuse-ld=") || startsWith(f, "--ld-path"))
    return ignore();
  if (f == "-E" || f == "-S" || f == "-M" || f == "-MM" || f == "-MG" || startsWith(f, "-emit") ||
      f == "-###" || startsWith(f, "--driver-mode") || f == "-cc1" || f == "-cc1as" ||
      f == "-P" || f == "-C" || f == "-CC" || f == "-dM" || f == "-dD" ||
      startsWith(f, "-print") || startsWith(f, "--print") || f == "-Wfatal-errors" ||
      f == "-fno-recovery-ast")
    return drop(kMode);
  if (f == "-fsyntax-only" || startsWith(f, "-ferror-limit") || startsWith(f, "-fmax-errors"))
    return ignore();  // Sluice sets these itself
  // Joined forms of the kept flags.
  for (string_view p : {"-I", "-D", "-U", "-isystem", "-iquote", "-idirafter", "-isysroot",
                        "--sysroot=", "-iprefix", "-iwithprefix"})
    if (startsWith(f, p))
      return keep();
  if (startsWith(f, "-std=") || startsWith(f, "--std="))
    return simpleValue(f.substr(f.find('=') + 1)) ? keep() : drop(kUnknown);
  if (startsWith(f, "--target="))
    return simpleValue(f.substr(9)) ? keep() : drop(kUnknown);
  if (startsWith(f, "-stdlib="))
    return f == "-stdlib=libc++" || f == "-stdlib=libstdc++" ? keep() : drop(kUnknown);
  if (startsWith(f, "-W") && f.size() > 2) {
    // Warning options cannot read or write anything; Sluice silences
    // warnings itself (-w), so whether they are kept does not matter.
    return ignore();
  }
  auto splitValued = [&](string_view body) {
    size_t eq = body.find('=');
    return eq == string_view::npos ? std::make_pair(body, string_view())
                                   : std::make_pair(body.substr(0, eq), body.substr(eq + 1));
  };
  if (startsWith(f, "-f")) {
    auto [name, v] = splitValued(f.substr(2));
    return fFlag(name, v, f.find('=') != string_view::npos);
  }
  if (startsWith(f, "-m")) {
    auto [name, v] = splitValued(f.substr(2));
    return mFlag(name, v, f.find('=') != string_view::npos);
  }
  return drop(kUnknown);
}

/// Target triples in compiler names: arm-linux-gnueabihf-gcc-12.
std::string targetFromDriverName(const std::string &argv0) {
  std::string name = argv0.substr(argv0.find_last_of('/') + 1);
  static const std::regex named("([A-Za-z0-9_.]+-[A-Za-z0-9_.]+-[A-Za-z0-9_.-]+)-"
                                "(gcc|g\\+\\+|cc|c\\+\\+|clang|clang\\+\\+)(-[0-9.]+)?");
  std::smatch m;
  if (std::regex_match(name, m, named))
    return m[1];
  return "";
}

bool cxxDriver(const std::string &argv0) {
  std::string name = argv0.substr(argv0.find_last_of('/') + 1);
  return name.find("++") != std::string::npos || name == "CC" || name.find("cxx") != std::string::npos;
}

bool cxxFile(const std::string &file) {
  size_t dot = file.find_last_of('.');
  if (dot == std::string::npos)
    return false;
  std::string ext = file.substr(dot);
  return ext == ".cc" || ext == ".cpp" || ext == ".cxx" || ext == ".C" || ext == ".c++" ||
         ext == ".hpp" || ext == ".hh" || ext == ".hxx";
}

} // namespace

FilteredCommand filterCompileCommand(const std::vector<std::string> &command,
                                     const std::string &file) {
  FilteredCommand out;
  if (command.empty())
    return out;
  out.target = targetFromDriverName(command[0]);
  if (!simpleValue(out.target))
    out.target.clear();
  bool cxx = cxxDriver(command[0]) || cxxFile(file);
  for (size_t i = 1; i < command.size(); ++i) {
    const std::string &a = command[i];
    if (a.empty())
      continue;
    if (a[0] == '@') {
      out.dropped.push_back({a, "reads a response file"});
      continue;
    }
    if (a[0] != '-' || a == "-")
      continue;  // an input (the file itself, objects to link) or stdin
    bool separate = kSeparateValue.count(a) && i + 1 < command.size();
    std::string value = separate ? command[i + 1] : "";
    Verdict v = classify(a, value, separate);
    if (separate)
      ++i;
    switch (v.kind) {
    case Verdict::Keep:
      out.args.push_back(a);
      if (separate)
        out.args.push_back(value);
      if (a == "-x")
        cxx = value.find("c++") != std::string::npos;
      break;
    case Verdict::Ignore:
      break;
    case Verdict::Drop:
      out.dropped.push_back({separate ? a + " " + value : a, v.reason});
      break;
    }
  }
  out.cxx = cxx;
  return out;
}

std::vector<std::string> includeDirsOf(const std::vector<std::string> &args,
                                       const std::string &cwd) {
  auto absolute = [&](const std::string &p) {
    return p.empty() || p[0] == '/' ? p : cwd + "/" + p;
  };
  auto dirOf = [](const std::string &p) {
    size_t slash = p.find_last_of('/');
    return slash == std::string::npos ? std::string(".") : p.substr(0, slash);
  };
  std::vector<std::string> dirs;
  static const std::vector<std::string> dirFlags = {"-I", "-isystem", "-iquote", "-idirafter",
                                                    "-isysroot", "--sysroot=", "--sysroot",
                                                    "-cxx-isystem"};
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string &a = args[i];
    if ((a == "-include" || a == "-imacros") && i + 1 < args.size()) {
      dirs.push_back(absolute(dirOf(args[++i])));
      continue;
    }
    for (const std::string &f : dirFlags)
      if (a.compare(0, f.size(), f) == 0) {
        std::string v = a.size() > f.size() ? a.substr(f.size())
                        : i + 1 < args.size() ? args[++i]
                                              : "";
        if (!v.empty())
          dirs.push_back(absolute(v));
        break;
      }
  }
  return dirs;
}

} // namespace sluice
