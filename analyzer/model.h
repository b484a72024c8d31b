// Models and policies: the data Sluice's analysis is driven by.
//
// Everything here is loaded from YAML files under rules/ (built-in) and from
// user directories given with --rules, through one loader (rules_loader.h).
#pragma once

#include "reports/finding.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sluice {

/// Where on a call a model row applies: an argument or the return value,
/// either the value itself or what it points to.
///
/// Written in rule files as `ret`, `*ret`, `arg0`, `*arg1`, `**arg1`
/// (pointee of pointee: argv-style arrays), `***arg1` (sendmsg's buffers
/// behind msghdr and iovec) and `*arg2..` (argument 2 and every later one,
/// for variadic functions such as execl).
struct AccessPath {
  static constexpr int Return = -1;
  /// What a library function keeps between calls (strtok's string): only
  /// in propagator rows, parsed with allowState.
  static constexpr int State = -2;
  int arg = Return;        // argument index, Return or State
  unsigned derefs = 0;     // 0 = the value, 1 = its pointee, 2 and 3 further down
  bool andLater = false;   // also every argument after `arg`

  bool isReturn() const { return arg == Return; }
  bool isState() const { return arg == State; }
  std::string str() const;
  /// Parses the text form; returns std::nullopt on malformed input, and on
  /// "state" unless allowState.
  static std::optional<AccessPath> parse(const std::string &text, bool allowState = false);
  bool operator==(const AccessPath &) const = default;
};

/// Where a model row came from, for error messages and rationale.
struct Origin {
  std::string file;
  unsigned line = 0;
};

enum class ModelRole { Source, Sink, Propagator, Sanitizer, Handle, Callback, Validator, Capability };

/// One row of a model file. A row names one or more functions and says what a
/// call to them does to taint.
struct ModelRow {
  ModelRole role = ModelRole::Source;
  std::vector<std::string> functions;   // plain or qualified names ("std::getenv")
  std::string kind;                     // source kind, sink kind or handle kind
  std::vector<AccessPath> at;           // source/sink/handle/sanitizer: where
  std::vector<AccessPath> from;         // propagator: inputs
  std::vector<AccessPath> to;           // propagator: outputs
  bool overwrite = false;               // propagator: `to` is overwritten, not appended to
  /// Propagator only: how the output joins its inputs, so that a value used
  /// only as a directory prefix ("$HOME" in "$HOME/.config/app.conf") can be
  /// told from a whole path: "format@argN" (printf format at argN),
  /// "append" (text appended to the destination), "operands" (a + b) and
  /// "path-operands" (a / b, the separator implied).
  std::string join;
  /// Source only: the argument holding the stream or descriptor the data is
  /// read from; the handle's kind (stdin, socket) refines the source kind.
  std::optional<int> stream;
  /// Source only: the row applies only when that stream is known to be a
  /// file, standard input or a socket (not a string stream built in memory).
  bool streamRequired = false;
  /// Sink only: the position is a descriptor whose file's content is what
  /// the call moves (sendfile): a file handle counts as file content, a
  /// credential file's as a secret.
  bool contentOfHandle = false;
  /// Sink with a `handle:` condition: false when only a handle the
  /// function made or got from a helper it calls is waited for, not one
  /// from its callers (a parameter) or a global (stdout). For calls as
  /// common as fprintf on a stream parameter, where waiting is costly and
  /// the kind rare (a stream over a socket).
  bool handleFromCallers = true;
  /// Source only: the argument that names what is read (getenv's variable
  /// name), checked against the secret patterns.
  std::optional<int> names;
  /// Handle only: the handle is what this argument's is (fdopen over a
  /// socket is a socket stream), its symbolic labels included for the link
  /// to resolve; the row's kind only when the argument carries no handle.
  std::optional<int> like;
  /// Sink, source or validator: a named condition that must hold at the call, e.g.
  /// `shell-command` or `handle:socket@arg0`.
  std::string when;
  /// Validator only: the branch on which the check passed, by the call's
  /// result: "zero" (strpbrk found nothing, strcmp found equality) or
  /// "nonzero" (is_safe_name returned true).
  std::string passesWhen;
  /// Callback only: the position holding the function (pointer, lambda,
  /// std::function) that the call invokes, and the positions passed to it.
  AccessPath callTarget;
  std::vector<AccessPath> callArgs;
  /// Callback only: a source kind whose fresh data the callee receives as
  /// its first argument (a libcurl write callback gets network data).
  std::string callbackData;
  std::string why;                      // rationale, shown by `rules show`
  Origin origin;
};

/// A taint policy: data of these source kinds reaching these sink kinds is a
/// finding of this rule. The rule id names the policy file, the corpus
/// directory and the help text.
struct Policy {
  report::RuleInfo info;
  std::vector<std::string> sourceKinds;
  std::vector<std::string> sinkKinds;
  /// Message template; {source} and {sink} are replaced by the function
  /// names, {source-kind} and {sink-kind} by the kinds.
  std::string message;
  /// Levels that differ by source kind (secret data sent out is an error
  /// where other file content is a warning).
  std::map<std::string, report::Level> levelBySource;
  Origin origin;
};

/// One node of a behaviour's condition: a combinator (all, any, not) over
/// children, or a leaf that matches capabilities or taint flows.
struct BehaviorNode {
  enum Op { All, Any, Not, Capability, Flow };
  Op op = All;
  std::vector<BehaviorNode> children;
  // Capability leaf: the capability kinds it accepts, optionally narrowed by
  // the class of its value (path classes), glob patterns on the value, and
  // the guards it must be under.
  std::vector<std::string> kinds;
  std::vector<std::string> classes;
  std::vector<std::string> values;
  std::vector<std::string> apis;        // glob patterns on the called function
  std::vector<std::string> guardedBy;
  // Flow leaf: data of these source kinds reaches these sink kinds.
  std::vector<std::string> flowSources, flowSinks;
  /// A name for what the leaf matched, used by relations and messages.
  std::string as;
  /// Relations to an earlier named leaf: it comes after (or before) that
  /// one along control flow; it acts on the same value (path, host); it
  /// is in the same function; that one happens in this leaf's function or
  /// in a function it calls on the way that does not do what this leaf
  /// matches itself (`encloses`: the file opened here is written by a
  /// helper called from here, which opens none).
  std::string after, before, sameValue, sameFunction, encloses;
  Origin origin;
};

/// A behaviour rule: a combination of capabilities (and flows) within a
/// scope that together mean something no single call means.
struct Behavior {
  report::RuleInfo info;
  /// "function", "entry-point" (everything one entry point can reach) or
  /// "program".
  std::string scope = "entry-point";
  BehaviorNode root;
  /// Message template; {name} is replaced by a description of what the leaf
  /// named `name` matched, {name.value} by its value, {name.guard} by the
  /// guard it is under.
  std::string message;
  /// Rules whose finding at the same primary location already says this
  /// (taint.exfiltration for a flow the behaviour also sees): then the
  /// behaviour is not reported twice.
  std::vector<std::string> coveredBy;
  Origin origin;
};

/// What marks data as secret: environment variable names and file paths,
/// as glob patterns (`*` matches any run of characters; case-insensitive
/// for names). A read of such a variable or file also carries kind secret.
struct SecretPatterns {
  std::vector<std::string> envNames;
  std::vector<std::string> paths;
  bool matchesEnvName(const std::string &name) const;
  bool matchesPath(const std::string &path) const;
};

/// The non-empty parts of `text` between `sep` characters.
std::vector<std::string> splitList(const std::string &text, char sep);

/// True when `path` names a shell (/bin/sh, bash, cmd.exe, powershell...).
bool isShellProgram(const std::string &path);

/// Glob match with `*` only.
bool globMatch(const std::string &pattern, const std::string &text, bool ignoreCase);

struct RuleSet {
  std::vector<ModelRow> rows;
  std::vector<Policy> policies;  // sorted by id
  std::vector<Behavior> behaviors;
  SecretPatterns secrets;
  /// Path classes for capability values ("persistence", "system", "temp"):
  /// class -> glob patterns ("!pattern" excludes). Credential paths are the
  /// secret paths.
  std::map<std::string, std::vector<std::string>> pathClasses;

  /// The classes of a capability's value, sorted.
  std::vector<std::string> classify(const std::string &value) const;
  const Behavior *behavior(const std::string &id) const;

  /// Rows naming `function` (qualified or plain), in load order. A row may
  /// name every method of a class with `Class::*`.
  std::vector<const ModelRow *> rowsFor(const std::string &qualifiedName,
                                        const std::string &plainName) const;
  const Policy *policy(const std::string &id) const;
  /// Removes a policy or behaviour; returns false when none has that id.
  bool disable(const std::string &id);
  /// Builds the lookup index; call after rows are added.
  void finalize();

private:
  std::map<std::string, std::vector<size_t>> byName_;
};

/// The name model rows index a built-in operator on numbers under
/// (`operators: ['/']` in a sanitize row): it has spaces, so no declared
/// function can match it.
std::string builtinOperatorName(const std::string &op);
/// The name model rows index a library's global variable under
/// (`variables: [environ]` in a source row), likewise unmatchable by a
/// function.
std::string sourceVariableName(const std::string &name);

/// Human description of a source kind for messages ("environment value").
std::string describeSourceKind(const std::string &kind);
/// Human description of a sink position ("the command argument of 'system'").
std::string describeSink(const std::string &sinkKind, const std::string &api);
/// Fills a policy's message template: {source}, {sink}, {source-kind},
/// {source-desc}, {sink-kind}, {sink-desc}.
std::string formatMessage(const std::string &tmpl, const std::string &sourceApi,
                          const std::string &sinkApi, const std::string &sourceKind,
                          const std::string &sinkKind);

/// The source and sink kinds the engine knows; rule files may only use these.
const std::vector<std::string> &knownSourceKinds();
const std::vector<std::string> &knownSinkKinds();
const std::vector<std::string> &knownHandleKinds();
/// Capability kinds rule files may use (and the engine's own).
const std::vector<std::string> &knownCapabilityKinds();
/// Guard kinds behaviours may ask for.
const std::vector<std::string> &knownGuardKinds();
/// Human description of a capability kind ("runs a shell command").
std::string describeCapability(const std::string &kind);
/// Named sink conditions the engine implements.
const std::vector<std::string> &knownConditions();

} // namespace sluice
