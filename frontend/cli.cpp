#include "frontend/cli.h"

#include "frontend/workers.h"

#include <cstdlib>

namespace sluice {

std::string mainHelp() {
  return R"(Sluice: what C and C++ code really does with secrets, files, the
environment, the network and processes. Reads code; never builds or runs it.

Usage:
  sluice scan [options] <path>... [-- <compiler arguments>]
  sluice capabilities [options] <path>... [--diff <base.json>] [--allow <file>]
  sluice audit [options] <list-file | folder>...   (many repositories)
  sluice rules list | models | show <rule-id> [--rules <dir>]
  sluice --version
  sluice --help | sluice scan --help | sluice capabilities --help |
  sluice audit --help | sluice rules --help

Exit codes:
  0  no findings at or above --fail-on, and every file was analyzed
  1  findings at or above --fail-on
  2  bad invocation, unreadable input, invalid rule files, or a report
     that could not be written
  3  no such findings, but some file could not be (fully) analyzed, or the
     scan was interrupted (the report holds what was found)
)";
}

std::string scanHelp() {
  return R"(Usage: sluice scan [options] <path>... [-- <compiler arguments>]

Analyzes C and C++ files (.c .cc .cpp .cxx; directories recursively; headers
through the files that include them) and reports taint flows and behaviours
(risky combinations of capabilities).

Options:
  -p <dir>             use <dir>/compile_commands.json (default: one found at
                       the scan root or in build/; else defaults: gnu17 /
                       gnu++17, the file's directory and the root as -I)
  --format <f>         text (default), sarif or json
  -o <file>            write the report to <file> instead of stdout
  --sarif <file>       also write SARIF 2.1.0 to <file>
  -j <n>               translation units analyzed in parallel, and programs
                       of one tree linked in parallel (default: cores)
  --fail-on <level>    none, note, warning (default) or error
  --rules <dir>        load additional model and rule files (repeatable)
  --no-builtin-rules   do not load the built-in rules
  --disable <id>       disable a rule (repeatable)
  --library-headers <m>
                       declarations of the modelled libraries (libcurl,
                       OpenSSL, cpp-httplib, Boost.Asio, Qt, Win32) shipped
                       in the rules' headers/ folders: fallback (default;
                       used only where the real header is not installed),
                       bundled (used before installed ones, so results do
                       not depend on what this machine has) or none
  --root <dir>         report paths relative to <dir> (default: the current
                       directory, or the inputs' common directory)
  --config <file>      settings (paths, rules, fail-on, baseline; see the
                       README) from <file>; default: .sluice.yml in --root or
                       the current directory, if there is one; flags override
  --no-config          ignore .sluice.yml
  --cache <dir>        keep each file's analysis in <dir> and reuse it while
                       the file, the headers it read, its flags, the rules
                       and the tool are unchanged (.sluice.yml: cache:
                       .sluice/cache); entries are authenticated with a key
                       outside the tree ($SLUICE_CACHE_KEY, else
                       ~/.cache/sluice/cache-key)
  --no-cache           do not use the cache

Gate (pre-merge CI):
  --baseline <file>    report and fail on only findings not in <file> (a
                       --write-baseline file or an earlier SARIF report);
                       matched by fingerprints that ignore line numbers
  --write-baseline <file>
                       write every finding's fingerprint to <file> (its
                       folder is created); findings then do not fail the
                       scan: they are the baseline
  --changed-since <ref>
                       report only findings whose flow touches a line changed
                       since the merge base of git <ref> and HEAD (working tree
                       included); the whole program is still analyzed
  In-source suppression: a comment 'sluice-ignore[rule-id]: reason' on the
  finding's line, or alone on the line above, hides it (kept in SARIF with
  the reason); malformed, unknown and unused ones are reported.

Limits:
  --timeout <s>        per-file analysis time limit in seconds (default 300)
  --max-memory <MiB>   per-worker memory limit (default 8192, at least 1024;
                       0 = none)
  --link-memory <MiB>  memory budget of the whole-program step (the main
                       process; default 40 % of physical memory, 0 = none)
  --link-timeout <s>   time budget of the whole-program step (default 600,
                       0 = none)
  --link-work <n>      work budget of the whole-program step, in summary
                       entries offered per flow or sink fact, counting at
                       least 10,000 facts (default 1000, 0 = none;
                       deterministic, unlike the two above); past
                       any budget the step degrades: the functions not
                       linked yet are checked by their sinks only, and the
                       report says so (exit 3)
  --link-component-work <n>
                       share of one recursive call cycle, in entries offered
                       per function of it, counting at least 16 (default
                       20000, 0 = none; deterministic); past it the cycle
                       keeps what it found, the report names it (a warning,
                       not exit 3) and the rest of the program is linked as
                       usual
  -q, --quiet          no summary on stderr, no progress line
  --color <when>       colours in the text report: auto (default: on a
                       terminal, unless NO_COLOR is set or TERM is dumb),
                       always or never
  --stats              print timing and peak worker memory on stderr
  --manifest <file>    also write the capability manifest (JSON, as
                       'sluice capabilities --format json') to <file>
  -- <args>            extra compiler arguments, e.g. -- -I include -DNDEBUG

Exit codes: 0 clean; 1 findings at or above --fail-on; 2 bad invocation,
unreadable input, invalid rules, or a report that could not be written; 3 no
such findings but some file could not be (fully) analyzed, or the scan was
interrupted (SIGTERM, SIGINT, SIGHUP: the report holds what was found).

Untrusted builds: flags from compile_commands.json pass an allow list (include
paths, macros, language, standard, target); flags that write or read files or
load code are dropped and reported. Clang reads only below the scan root, the
system headers and directories named after '--'; never FIFOs or devices.
)";
}

std::string capabilitiesHelp() {
  return R"(Usage: sluice capabilities [options] <path>... [-- <compiler arguments>]

Prints the capability manifest: for every entry point (main, constructors,
functions nothing in the program calls, and in a library every exported
function) what it can do - network,
processes, files, loading code, privileges, debugger checks - each with the
call, the value it acts on when known, one shortest call path and the
conditions it runs under.

Options (besides the input options of 'sluice scan': -p, -j, --rules,
--no-builtin-rules, --library-headers, --root, --timeout, --max-memory,
--link-memory, --link-timeout, --link-work, --link-component-work, -q, --):
  --format <f>         text (default) or json (save this as the base of a diff)
  -o <file>            write the manifest to <file> instead of stdout
  --diff <base.json>   report only capabilities the base manifest lacks
  --allow <file>       capabilities a diff may add without failing: lines of
                       "<kind> [<value glob>]", '#' comments (default:
                       .sluice/capabilities-allowed under the root, if any)

Exit codes: 0 done (with --diff: nothing new that is not allowed); 1 with
--diff, new capabilities the allow list does not cover; 2 bad invocation or
unreadable input; 3 some file could not be (fully) analyzed.
)";
}

std::string rulesHelp() {
  return R"(Usage: sluice rules list [--rules <dir>] [--no-builtin-rules]
       sluice rules models [--rules <dir>] [--no-builtin-rules]
       sluice rules show <rule-id> [--rules <dir>]

list:   every rule with its level, CWEs, source kinds and sink kinds.
models: every model row (JSON lines: origin, role, kind, functions, why).
show:   the full description and help of one rule.
)";
}

namespace {

bool parseUnsigned(const std::string &s, unsigned long &out) {
  if (s.empty() || s.find_first_not_of("0123456789") != std::string::npos || s.size() > 9)
    return false;
  out = std::strtoul(s.c_str(), nullptr, 10);
  return true;
}

/// The option at args[i] and its value, for the subcommands' parsers.
struct OptionValue {
  const std::vector<std::string> &args;
  size_t &i;
  std::string &error;
  std::string v;       // the last value read
  unsigned long n = 0; // the last number read

  /// The next argument as the option's value.
  bool value(std::string &out) {
    if (i + 1 >= args.size()) {
      error = "option '" + args[i] + "' needs a value";
      return false;
    }
    out = args[++i];
    return true;
  }
  /// The value as a number into `n`, or an error saying what it needs.
  bool number(const std::string &needs) {
    const std::string option = args[i];
    if (!value(v))
      return false;
    if (!parseUnsigned(v, n)) {
      error = option + " needs " + needs;
      return false;
    }
    return true;
  }
};

bool parseScan(std::vector<std::string> args, ScanOptions &o, std::string &error,
               std::string &helpTopic) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string &a = args[i];
    OptionValue opt{args, i, error, {}, 0};
    auto value = [&](std::string &out) { return opt.value(out); };
    auto number = [&](const std::string &needs) { return opt.number(needs); };
    std::string &v = opt.v;
    unsigned long &n = opt.n;
    if (a == "--") {
      o.extraArgs.assign(args.begin() + static_cast<long>(i) + 1, args.end());
      break;
    } else if (a == "-h" || a == "--help") {
      helpTopic = "scan";
      return true;
    } else if (a == "-p") {
      if (!value(o.compileDbDir))
        return false;
    } else if (a == "--format") {
      if (!value(v))
        return false;
      if (v == "text")
        o.format = Format::Text;
      else if (v == "sarif")
        o.format = Format::Sarif;
      else if (v == "json")
        o.format = Format::Json;
      else {
        error = "unknown format '" + v + "' (expected text, sarif or json)";
        return false;
      }
    } else if (a == "-o") {
      if (!value(o.output))
        return false;
    } else if (a == "--sarif") {
      if (!value(o.sarifFile))
        return false;
    } else if (a == "-j" || (a.size() > 2 && a.compare(0, 2, "-j") == 0)) {
      if (a == "-j") {
        if (!value(v))
          return false;
      } else {
        v = a.substr(2);
      }
      if (!parseUnsigned(v, n) || n == 0 || n > 256) {
        error = "-j needs a number from 1 to 256";
        return false;
      }
      o.jobs = static_cast<unsigned>(n);
    } else if (a == "--fail-on") {
      if (!value(v))
        return false;
      o.failOnSet = true;
      if (v == "none")
        o.failOnNone = true;
      else if (!report::parseLevel(v, o.failOn)) {
        error = "unknown level '" + v + "' for --fail-on (expected none, note, warning or error)";
        return false;
      }
    } else if (a == "--rules") {
      if (!value(v))
        return false;
      o.ruleDirs.push_back(v);
    } else if (!o.capabilities && a == "--baseline") {
      if (!value(o.baseline))
        return false;
    } else if (!o.capabilities && a == "--write-baseline") {
      if (!value(o.writeBaseline))
        return false;
    } else if (!o.capabilities && a == "--changed-since") {
      if (!value(o.changedSince))
        return false;
    } else if (a == "--config") {
      if (!value(o.configFile))
        return false;
    } else if (a == "--no-config") {
      o.noConfig = true;
    } else if (!o.capabilities && a == "--manifest") {
      if (!value(o.manifestFile))
        return false;
    } else if (a == "--cache") {
      if (!value(o.cacheDir))
        return false;
    } else if (a == "--no-cache") {
      o.noCache = true;
    } else if (a == "--no-builtin-rules") {
      o.noBuiltinRules = true;
    } else if (a == "--disable") {
      if (!value(v))
        return false;
      o.disabled.push_back(v);
    } else if (a == "--library-headers") {
      if (!value(v))
        return false;
      if (v == "fallback")
        o.libraryHeaders = LibraryHeaders::Fallback;
      else if (v == "bundled")
        o.libraryHeaders = LibraryHeaders::Bundled;
      else if (v == "none")
        o.libraryHeaders = LibraryHeaders::None;
      else {
        error = "unknown mode '" + v + "' for --library-headers (expected fallback, bundled or none)";
        return false;
      }
    } else if (a == "--root") {
      if (!value(o.root))
        return false;
    } else if (a == "--timeout") {
      if (!number("a number of seconds"))
        return false;
      o.timeoutSeconds = static_cast<unsigned>(n);
    } else if (a == "--max-memory") {
      if (!number("a number of MiB"))
        return false;
      if (n != 0 && n < kMinWorkerMemoryMiB) {
        error = "--max-memory " + v + " is too small: a worker needs at least " +
                std::to_string(kMinWorkerMemoryMiB) +
                " MiB of address space for Clang itself (0 = no limit)";
        return false;
      }
      o.memoryMiB = n;
    } else if (a == "--link-memory") {
      if (!number("a number of MiB (0 = no limit)"))
        return false;
      o.linkMemoryMiB = static_cast<long>(n);
    } else if (a == "--link-timeout") {
      if (!number("a number of seconds (0 = no limit)"))
        return false;
      o.linkTimeoutSeconds = static_cast<unsigned>(n);
    } else if (a == "--link-work") {
      if (!number("a number of entries per fact (0 = no limit)"))
        return false;
      o.linkWorkPerFact = n;
    } else if (a == "--link-component-work") {
      if (!number("a number of entries per function (0 = no limit)"))
        return false;
      o.linkComponentWork = n;
    } else if (a == "--color" || a == "--colour") {
      if (!value(v))
        return false;
      if (v == "auto")
        o.color = ScanOptions::Color::Auto;
      else if (v == "always")
        o.color = ScanOptions::Color::Always;
      else if (v == "never")
        o.color = ScanOptions::Color::Never;
      else {
        error = "unknown value '" + v + "' for --color (expected auto, always or never)";
        return false;
      }
    } else if (a == "-q" || a == "--quiet") {
      o.quiet = true;
    } else if (a == "--stats") {
      o.stats = true;
    } else if (o.capabilities && a == "--diff") {
      if (!value(o.diffBase))
        return false;
    } else if (o.capabilities && a == "--allow") {
      if (!value(o.allowFile))
        return false;
    } else if (!a.empty() && a[0] == '-') {
      error = "unknown option '" + a + "' (see 'sluice " +
              (o.capabilities ? "capabilities" : "scan") + " --help')";
      return false;
    } else {
      o.paths.push_back(a);
    }
  }
  if (!o.allowFile.empty() && o.diffBase.empty()) {
    error = "--allow applies to --diff (it lists what a change may add)";
    return false;
  }
  if (!o.configFile.empty() && o.noConfig) {
    error = "--config and --no-config contradict each other";
    return false;
  }
  // No path may still be fine: .sluice.yml can name them (checked by the scan).
  return true;
}

bool parseAudit(std::vector<std::string> args, AuditOptions &o, std::string &error,
                std::string &helpTopic) {
  bool merging = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string &a = args[i];
    OptionValue opt{args, i, error, {}, 0};
    auto value = [&](std::string &out) { return opt.value(out); };
    auto number = [&](const char *needs) { return opt.number(needs); };
    std::string &v = opt.v;
    unsigned long &n = opt.n;
    if (a == "--") {
      o.scanArgs.assign(args.begin() + static_cast<long>(i) + 1, args.end());
      break;
    } else if (a == "-h" || a == "--help") {
      helpTopic = "audit";
      return true;
    } else if (a == "-o") {
      if (!value(o.outDir))
        return false;
    } else if (a == "-j") {
      if (!number("a number from 1 to 256") || n == 0 || n > 256) {
        error = "-j needs a number from 1 to 256";
        return false;
      }
      o.jobs = static_cast<unsigned>(n);
    } else if (a == "--force") {
      o.force = true;
    } else if (a == "--repo-timeout") {
      if (!number("a number of seconds (0 = none)"))
        return false;
      o.repoTimeoutSeconds = static_cast<unsigned>(n);
    } else if (a == "--repo-memory") {
      if (!number("a number of MiB") || n < 1024) {
        error = "--repo-memory needs at least 1024 MiB";
        return false;
      }
      o.repoMemoryMiB = n;
    } else if (a == "--shard") {
      if (!value(v))
        return false;
      size_t slash = v.find('/');
      unsigned long i1 = 0, n1 = 0;
      if (slash == std::string::npos || !parseUnsigned(v.substr(0, slash), i1) ||
          !parseUnsigned(v.substr(slash + 1), n1) || n1 == 0 || i1 == 0 || i1 > n1) {
        error = "--shard needs I/N with 1 <= I <= N, e.g. --shard 2/4";
        return false;
      }
      o.shardIndex = static_cast<unsigned>(i1);
      o.shardCount = static_cast<unsigned>(n1);
    } else if (a == "--merge") {
      merging = true;
    } else if (a == "-q" || a == "--quiet") {
      o.quiet = true;
    } else if (!a.empty() && a[0] == '-') {
      error = "unknown option '" + a + "' (see 'sluice audit --help')";
      return false;
    } else {
      (merging ? o.mergeDirs : o.inputs).push_back(a);
    }
  }
  if (merging && o.mergeDirs.empty()) {
    error = "--merge needs the audit outputs to join";
    return false;
  }
  if (merging && !o.inputs.empty()) {
    error = "--merge joins outputs; give repositories to scan in a separate run";
    return false;
  }
  if (!merging && o.inputs.empty()) {
    error = "no repositories: give a list file or a folder of repositories (see 'sluice audit --help')";
    return false;
  }
  return true;
}

bool parseRules(std::vector<std::string> args, RulesOptions &o, std::string &error,
                std::string &helpTopic) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string &a = args[i];
    if (a == "-h" || a == "--help") {
      helpTopic = "rules";
      return true;
    } else if (a == "--rules") {
      if (i + 1 >= args.size()) {
        error = "option '--rules' needs a value";
        return false;
      }
      o.ruleDirs.push_back(args[++i]);
    } else if (a == "--no-builtin-rules") {
      o.noBuiltinRules = true;
    } else if (!a.empty() && a[0] == '-') {
      error = "unknown option '" + a + "' (see 'sluice rules --help')";
      return false;
    } else if (o.action.empty()) {
      o.action = a;
    } else if (o.action == "show" && o.id.empty()) {
      o.id = a;
    } else {
      error = "unexpected argument '" + a + "'";
      return false;
    }
  }
  if (o.action != "list" && o.action != "show" && o.action != "models") {
    error = "'sluice rules' needs 'list', 'models' or 'show <rule-id>'";
    return false;
  }
  if (o.action == "show" && o.id.empty()) {
    error = "'sluice rules show' needs a rule id";
    return false;
  }
  return true;
}

} // namespace

bool parseCommandLine(int argc, const char *const *argv, Command &out, std::string &error) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
    out.kind = Command::Help;
    return true;
  }
  if (args[0] == "--version" || args[0] == "version") {
    out.kind = Command::Version;
    return true;
  }
  std::vector<std::string> rest(args.begin() + 1, args.end());
  if (args[0] == "scan") {
    out.kind = Command::Scan;
    if (!parseScan(rest, out.scan, error, out.helpTopic))
      return false;
    if (!out.helpTopic.empty())
      out.kind = Command::Help;
    return true;
  }
  if (args[0] == "capabilities") {
    out.kind = Command::Capabilities;
    out.scan.capabilities = true;
    if (!parseScan(rest, out.scan, error, out.helpTopic))
      return false;
    if (!out.helpTopic.empty()) {
      out.kind = Command::Help;
      out.helpTopic = "capabilities";
    }
    if (out.scan.format == Format::Sarif) {
      error = "'sluice capabilities' writes text or json (SARIF is for 'sluice scan')";
      return false;
    }
    return true;
  }
  if (args[0] == "audit") {
    out.kind = Command::Audit;
    if (!parseAudit(rest, out.audit, error, out.helpTopic))
      return false;
    if (!out.helpTopic.empty())
      out.kind = Command::Help;
    return true;
  }
  if (args[0] == "rules") {
    out.kind = Command::Rules;
    if (!rest.empty() && (rest[0] == "-h" || rest[0] == "--help")) {
      out.kind = Command::Help;
      out.helpTopic = "rules";
      return true;
    }
    if (!parseRules(rest, out.rules, error, out.helpTopic))
      return false;
    if (!out.helpTopic.empty())
      out.kind = Command::Help;
    return true;
  }
  error = "unknown command '" + args[0] +
          "' (expected scan, capabilities, audit or rules; see 'sluice --help')";
  return false;
}

} // namespace sluice
