// Function facts: what the intraprocedural analysis of one function tells
// the whole-program link step. Plain data, no Clang: facts travel from the
// worker processes to the parent as JSON and are linked there.
//
// A fact relates an Atom (where a value may have come from, seen from inside
// the function) to an Output (where the function makes it visible) or to a
// sink. Atoms that name the function's interface (parameters, globals) or
// its callees (call results) are symbolic: the link step resolves them
// across calls and files, so a source in one file and a sink in another
// meet there.
#pragma once

#include "reports/finding.h"

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace sluice::facts {

/// Where a value may have come from.
struct Atom {
  enum Kind : uint8_t {
    Source,   // a modelled source call: kind, api, loc
    Param,    // parameter `index` at `derefs` (index 0 is `this` for methods)
    Global,   // global (or static local) `global` (its USR) at `derefs`
    CallRet,  // the result of call site `call` at `derefs`
    CallOut,  // what call site `call` wrote through argument `index` at `derefs`
    Handle,   // a descriptor or stream of kind `sourceKind` made by `api` at `loc`
  };
  Kind kind = Source;
  std::string sourceKind;    // Source
  std::string api;           // Source: the function read from ("getenv")
  report::Location loc;      // Source: where
  std::string global;        // Global: USR
  int call = -1;             // CallRet / CallOut
  int index = 0;             // Param / CallOut
  int derefs = 0;
  /// Sink kinds a validator showed this value safe for (sorted, comma
  /// separated, or "all"): it does not count at sinks of those kinds.
  /// "source:KIND": what the atom becomes no longer counts as a source of
  /// kind KIND (decoded text mixed by arithmetic).
  std::string cleared;
  /// Member path below the atom (".token"): the value is that member of the
  /// object the atom stands for. Empty: the whole object.
  std::string path;

  /// Identity used for maps and sorting (excludes nothing that matters).
  std::string key() const;
  /// True when a validator showed this value safe for sinks of `sinkKind`.
  bool excludes(const std::string &sinkKind) const;
};

/// Union of two `cleared` lists.
std::string mergeCleared(const std::string &a, const std::string &b);

/// Where the function makes a value visible to others.
struct Output {
  enum Kind : uint8_t {
    Return,    // its return value at `derefs`
    ParamOut,  // what it leaves behind parameter `index` at `derefs` (>= 1)
    GlobalOut, // what it leaves in global `global` at `derefs`
    CallArg,   // what it passes to call site `call` as argument `index` at `derefs`
  };
  Kind kind = Return;
  std::string global;
  int call = -1;
  int index = 0;
  int derefs = 0;
  /// Member path below the output (".token"); empty for the whole object.
  std::string path;

  /// The output without its member path, and with it.
  std::string baseKey() const;
  std::string key() const { return baseKey() + "#" + path; }
};

/// Member paths. ".a.b" names member b of member a at one level of
/// memory; '*' marks a dereference: ".log*" is what member `log` points to,
/// ".next*.data" member `data` of what `next` points to. An atom's or an
/// output's path describes its own level (`derefs`) after the last '*';
/// the segments before it name, nearest last, the members whose pointers
/// were followed to get there. They are aligned from the right: a path with
/// fewer segments says nothing about the levels above (any member), so
/// `*server.log` and `*server.buf` stay apart while a write through the
/// whole of `*server` still reaches both.
///
/// True when member paths `a` and `b` may name overlapping memory: at every
/// level both name, one member path is a prefix of the other at a member
/// boundary.
bool pathsOverlap(const std::string &a, const std::string &b);
/// The members of `p` at its own level (after its last '*').
std::string_view ownLevel(std::string_view p);
/// `p` coarsened for a bound on distinct paths: the first member of its
/// topmost segment, the dereferences below it kept, nothing else
/// (".a.b*.c" -> ".a*"). It overlaps everything `p` overlaps.
std::string firstMember(const std::string &p);
/// Like firstMember, with the first `n` members of the topmost segment
/// (".a.b.c*.d", 2 -> ".a.b*").
std::string leadingMembers(const std::string &p, size_t n);

/// Atom -> Output, with the steps inside this function (source first).
struct Flow {
  Atom from;
  Output to;
  std::vector<report::FlowStep> steps;
};

/// Atom -> a sink position of a modelled call in this function.
struct SinkFact {
  Atom from;
  std::string sinkKind;            // "command", "path", "network-send"
  std::string api;                 // "system"
  report::Location location;       // the sink call
  report::Location argLocation;    // the argument that receives the data
  std::vector<report::FlowStep> steps;  // inside this function, without the sink step
  /// A sink that counts only on a handle of this kind (write() on a
  /// socket), where the handle comes from outside the function: it holds
  /// when any of `handleFrom` resolves to such a handle.
  std::string requiredHandle;
  std::vector<Atom> handleFrom;
};

/// A branch condition a capability (or a call leading to one) is
/// control-dependent on, when it compares something recognisable with a
/// constant: the clock, a counter, a random value, the host's identity, or
/// data from a source.
struct Guard {
  /// "clock-date" (at or past an absolute date), "clock-before",
  /// "clock-elapsed" (a duration), "counter", "random", "identity", a
  /// source kind ("env", "user-input", "network", "file", "secret"),
  /// "argument" (main's argv), or "not-<kind>" (the other branch of an
  /// equality test).
  std::string kind;
  std::string constant;           // the constant compared with (one line)
  report::Location location;      // the condition
  std::string subject;            // what was compared, as written ("argv[1]")
  bool operator==(const Guard &o) const {
    return kind == o.kind && constant == o.constant && subject == o.subject &&
           location.file == o.location.file && location.line == o.location.line &&
           location.column == o.location.column;
  }
};

/// Something a function does to the outside world at one call site:
/// network, processes, files, loading code, privileges (capability rows of
/// the models, and a few the engine recognises itself).
struct Capability {
  std::string kind;               // "exec-shell", "net-connect", "file-delete", ...
  std::string api;                // "system"
  std::string value;              // what it acts on when known: path, command, host
  report::Location location;
  std::vector<Guard> guards;
  /// Set while the capability holds only if a descriptor that came from
  /// outside the function is of this handle kind (dup2 of a socket made by
  /// a helper); the link step confirms it through a sink fact of kind
  /// "capability:<kind>" at the same call, or drops it.
  std::string requiredHandle;
  /// When the value is the function's parameter of this interface index
  /// (a helper's path argument): callers' constant arguments supply it.
  int valueParam = -1;
};

/// A call to a function of the program (or one we cannot see): resolved to
/// function facts by USR at link time.
/// What one argument of a call passes as a function pointer.
struct PassedFunctions {
  int arg = 0;
  std::vector<std::string> functions;  // USRs of the functions it may point to
  std::vector<int> params;             // the caller's own parameters it passes on
  bool other = false;                  // it may also hold a pointer from elsewhere
};

struct CallSite {
  std::vector<std::string> callees;  // USRs of known targets
  std::string virtualMethod;         // USR of a virtual method: every overrider is a target
  std::string indirectSignature;     // unresolved function pointer: every address-taken
                                     // function with this signature is a target
  std::string calleeName;            // for messages
  report::Location location;
  std::vector<Guard> guards;         // conditions the call is made under
  /// Per argument, the texts it folds to: one when known, several when it
  /// is one of a few (a table walked by a loop, `a ? b : c`), none when unknown.
  std::vector<std::vector<std::string>> argText;
  int argCount = 0;                  // arguments passed (the object counts for methods)
  /// A call through a function pointer that is the caller's parameter N,
  /// unchanged: its targets are what the callers pass there (ProgramGraph).
  int calleeParam = -1;
  /// Arguments of function pointer type, and what they pass.
  std::vector<PassedFunctions> passed;
  /// A call through a struct member (`s->reader(...)`): the member's USR.
  /// Its targets are what the program stores in that member (FieldStore).
  std::string calleeField;
  /// Arguments whose text names a secret (an environment variable such as
  /// DB_PASSWORD): what a helper reads by that name (getenv(name)) is a
  /// secret here (Atom kSecretIfNamed).
  std::vector<int> secretNames;
};

/// The source kind of a value a function reads by a name its caller gives
/// (getenv(name) with parameter `name`): "secret-if-named:N", N the
/// parameter. The link makes it a secret at call sites that name one there
/// (CallSite::secretNames) and drops it elsewhere.
inline constexpr const char *kSecretIfNamed = "secret-if-named:";

/// A read from a descriptor that came from outside the function (a
/// parameter, a helper's result, a global) is a `file` source that is
/// network data if that descriptor turns out to be a socket. The worker
/// pairs it with a sink fact of this kind whose data is the source itself
/// and whose handle requirement is `socket`; where the link meets that
/// requirement, the source counts as network data.
inline constexpr const char *kSourceKindSink = "source-kind";

/// A function pointer stored into a struct member anywhere in a unit: by
/// assignment, initializer list (global tables included) or constructor
/// initializer; `value.other` when what is stored is not known (or the
/// member's address is taken).
struct FieldStore {
  std::string field;     // the member's USR
  std::string function;  // the storing function's USR ("" outside functions)
  PassedFunctions value;
};

struct FunctionFacts {
  std::string usr;
  std::string name;                  // qualified, for messages and reports
  report::Location location;
  std::vector<std::string> overrides;  // USRs of methods this one overrides (transitively)
  bool addressTaken = false;
  std::string signature;             // canonical type, for indirect calls
  std::vector<CallSite> calls;
  std::vector<Flow> flows;
  std::vector<SinkFact> sinks;
  std::vector<Capability> capabilities;
  /// Why this function is an entry point regardless of its callers: "main",
  /// "constructor" (runs before main); empty otherwise.
  std::string entry;
  bool isStatic = false;             // internal linkage
  /// For a variadic function: the interface index that stands for every
  /// argument from there on (`...`); -1 otherwise.
  int variadicIndex = -1;
  /// A summary bound cut this function's facts (kMaxAtomsPerOutput): some
  /// of what reaches an output was not recorded.
  bool widened = false;
};

/// Atoms recorded per output (and member path) of a function, by the worker
/// and by the link step alike; past it the summary is widened.
constexpr size_t kMaxAtomsPerOutput = 64;
/// Distinct member paths recorded per output before they are merged.
constexpr size_t kMaxPathsPerOutput = 16;
/// Flows recorded per function. An interpreter's dispatch loop or a
/// report builder with hundreds of members mixes every member of its state
/// into every output (redis's luaV_execute: 127,000 flows, most of the
/// link's time); past this the function's member paths are merged (see
/// boundFlows).
constexpr size_t kMaxFlowsPerFunction = 2048;

/// True when `a` is what output `o` held on entry, or a member of it: the
/// same parameter or global at the same level, with the output's path, a
/// path below it that firstMember merges into it, or, for the whole
/// object (path ""), any path. Such a flow says nothing a
/// caller does not know, and once member paths are merged it would claim
/// that every member of the object reaches every other.
bool ownEntryValue(const Atom &a, const Output &o);

/// Keeps `fn.flows` within `cap`: flows that differ only in their steps
/// are merged first (the shortest steps stay); then member paths of atoms
/// and outputs are cut to their first member, and then to the whole object,
/// first in the flows into call arguments and only then in all
/// (a prefix stands for everything below it, so this only loses
/// precision); last, the least direct flows are dropped (sources and
/// handles are kept first, then parameters and globals, then call
/// results). A flow whose atom a cut made the output's own entry value
/// (ownEntryValue) is dropped: a move between two members of one object
/// is then lost, the documented cost of the bound. Sets `fn.widened` when
/// it changed anything but duplicates.
void boundFlows(FunctionFacts &fn, size_t cap = kMaxFlowsPerFunction);

/// What may lie below a member name: `any` (a `void *`, an incomplete or
/// dependent type, a name the unit does not declare), else exactly the
/// `below` names (none for an integer, a function pointer, ...).
struct MemberShape {
  std::string name;
  bool any = false;
  std::vector<std::string> below;
};

/// Every fact set of one translation unit's worker.
struct TUFacts {
  std::vector<FunctionFacts> functions;
  /// USRs of functions whose address is taken anywhere in this unit.
  std::vector<std::string> addressTaken;
  std::vector<FieldStore> fieldStores;
  /// Per member name this unit's facts use in paths: the member names a
  /// field of that name can have directly below it, by its declarations
  /// in this unit (see classifyPathMembers). The link does not compose a
  /// path through a member that cannot hold the next one.
  std::vector<MemberShape> memberShapes;
  /// The translation unit's main file, as reported, and the build target it
  /// belongs to when the compilation database shows one (CMake's
  /// CMakeFiles/<target>.dir/): set by the front end, used to decide which
  /// units link into one program (see linkUnits).
  std::string file, target;
};

/// Every member name in the paths of a unit's flows and sinks.
std::set<std::string> pathMembers(const TUFacts &u);

} // namespace sluice::facts

namespace sluice::facts {

/// JSON form of facts, for the worker pipe. Round-trips exactly.
std::string toJson(const TUFacts &f);
/// Parses toJson's output; returns false with a message on malformed input.
bool fromJson(const std::string &text, TUFacts &f, std::string &error);

} // namespace sluice::facts
