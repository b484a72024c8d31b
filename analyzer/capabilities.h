// The capability engine: what each entry point of a program can do, with
// one shortest call path per capability (the way Capslock does it for Go),
// and the manifest and diff built from that. Clang-free: it reads function
// facts only.
#pragma once

#include "analyzer/facts.h"
#include "analyzer/model.h"
#include "analyzer/program_graph.h"

#include <cstdint>
#include <map>
#include <string>
#include <tuple>
#include <vector>

namespace sluice {

/// One call on the way from an entry point to a capability.
struct PathStep {
  std::string function;          // the caller
  report::Location call;         // the call site in it
};

/// A capability as reached from one scope (an entry point, or a function).
struct CapabilityUse {
  facts::Capability cap;         // kind, api, value, location, own guards
  std::vector<std::string> classes;  // path classes of the value
  std::string function;          // the function the call is in
  std::string functionId;        // its identity (USR@file)
  std::vector<PathStep> path;    // entry point first; empty when direct
  /// The capability's own guards and those of every call on the path.
  std::vector<facts::Guard> guards;
  /// Positions along the path then the call: compares like control-flow
  /// order within one entry point (earlier call sites first).
  std::vector<std::tuple<std::string, unsigned, unsigned>> order;
  /// Behaviour flows only: the data flow this use stands for.
  std::vector<report::FlowStep> flow;
  std::string sourceKind, sinkKind;
};

struct EntryPoint {
  std::string name;
  report::Location location;
  /// main, constructor, root (nothing in the program calls it) or, in a
  /// program without main (a library), exported (not static).
  std::string why;
  size_t fn = 0;                 // index into the program graph
  std::vector<CapabilityUse> uses;
  /// Everything the entry point reaches (indexes into the program graph),
  /// each with the call that first leads to it breadth-first: a tree of
  /// shortest call paths, sorted by `fn`. callOrder() reads a path back.
  /// (Kept as a tree: redis-server's hundreds of roots each reaching
  /// thousands of functions held a gigabyte as one path per function.)
  struct Reached {
    size_t fn = 0;
    size_t from = SIZE_MAX;      // the caller on the path; SIZE_MAX: the entry
    size_t site = 0;             // the call site in it
  };
  std::vector<Reached> reached;
};

/// The positions of the calls on `e`'s shortest path to `fn` (entry point
/// first), for ordering what happens in it like control flow; empty for
/// the entry point itself and for a function it does not reach.
std::vector<std::tuple<std::string, unsigned, unsigned>>
callOrder(const ProgramGraph &g, const EntryPoint &e, size_t fn);

struct Manifest {
  std::vector<EntryPoint> entries;
};

/// Entry points (main, constructors, every function nothing calls, and in
/// a library every non-static function) and what each reaches.
/// Deterministic: sorted by location and name.
Manifest buildManifest(const ProgramGraph &g, const RuleSet &rules);

/// The capabilities of one function on its own (scope "function").
std::vector<CapabilityUse> functionUses(const ProgramGraph &g, size_t fn, const RuleSet &rules);

/// "the date is at or past 1199163600 (line 14)".
std::string describeGuard(const facts::Guard &g);

/// USR@file: a function's identity across the program.
std::string functionId(const facts::FunctionFacts &f);

/// The identity a diff compares: kind and value ("net-connect 45.61.136.12").
std::string capabilityKey(const facts::Capability &c);

/// Manifest as JSON (sluice capabilities --format json) and as text.
std::string manifestJson(const Manifest &m, const std::string &toolVersion);
std::string manifestText(const Manifest &m);

/// A capability the current manifest has and the base does not.
struct NewCapability {
  std::string key;
  std::string entry;             // an entry point that reaches it
  CapabilityUse use;
  bool allowed = false;          // matched by the allow list
};

/// Compares `m` with a base manifest saved as JSON. Returns false with a
/// message when `baseJson` is not a manifest.
bool diffManifest(const Manifest &m, const std::string &baseJson,
                  const std::vector<std::string> &allowPatterns, std::vector<NewCapability> &out,
                  std::string &error);

/// Parses an allow list: one "kind [value-glob]" per line, '#' comments.
std::vector<std::string> parseAllowList(const std::string &text);

} // namespace sluice
