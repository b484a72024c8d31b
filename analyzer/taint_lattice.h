// The abstract domain of the taint analysis.
//
// Lattice contract (tested in tests/test_lattice.cpp):
//  * AbsVal is a finite map label -> best trace plus a finite set of
//    abstract objects the value may point to. join is union of labels and
//    targets; where both sides carry the same label, join keeps the trace
//    with the smaller (depth, id) pair. join is therefore commutative,
//    associative and idempotent, bottom (the empty value) is its identity, and
//    leq(a, b) holds exactly when join(a, b) == b.
//  * State maps abstract objects to AbsVal, pointwise; an object missing
//    from the map holds bottom. An unreachable state is the bottom State and
//    join with it is the identity.
//  * Transfer functions (transfer.h) are monotone in this order; strong
//    updates happen only on objects that stand for one concrete location.
//
// Nothing here depends on Clang: objects, labels and traces are interned
// with opaque keys by the Arena, so the domain can be tested on its own.
#pragma once

#include "analyzer/flat_map.h"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <map>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace sluice {

using LabelId = uint32_t;
using TraceId = uint32_t;
using ObjId = uint32_t;
/// A value interned in the current ValuePool (value_pool.h); 0 is bottom.
using ValueId = uint32_t;

/// A taint label: where a value came from. Source labels carry a source
/// kind (env, file, ...); handle labels mark descriptors and streams
/// (socket, file, stdin) so that a later read or write can be classified.
struct Label {
  enum Class : uint8_t {
    Source,    // a modelled source call
    Handle,    // a descriptor or stream of some kind
    Symbolic,  // an interface atom, resolved by the link step:
               //   kind "param" (index, derefs), "global" (api = key, derefs),
               //   "callret" (site = call index, derefs),
               //   "callout" (site = call index, index, derefs)
  } cls = Source;
  std::string kind;      // "env", "socket", "param", ...
  std::string api;       // the function that produced it: "getenv"; a global's key
  uint64_t site = 0;     // opaque position key of the producing call; call index
  int32_t index = 0;
  int32_t derefs = 0;
  /// Sink kinds a validator showed this value safe for on this path
  /// (sorted, comma separated; "all" for every kind). Sinks of those kinds
  /// ignore it; for symbolic labels the link step carries it on.
  /// "source:KIND" marks a symbolic label no longer of source kind KIND
  /// (arithmetic on decoded text: the operator's sanitize rows).
  std::string cleared;
  /// Symbolic only: the member path below the atom (".cfg.path"), when the
  /// value was read from a field of the object the atom stands for.
  std::string path;
  auto key() const { return std::make_tuple(cls, kind, api, site, index, derefs, cleared, path); }
};

/// One step of a recorded flow. Steps form a tree through `parent`; a
/// label's trace is the path from its step back to the root.
struct TraceStep {
  TraceId parent = 0;    // 0 = none
  uint32_t depth = 0;    // number of steps on the path, this one included
  uint64_t site = 0;     // opaque position key
  std::string message;
  std::string kind;      // "source", "propagation", "call", "return"
};

/// An abstract memory object: a variable, the unknown pointee of another
/// object, an allocation made at a call site, a field of another object, or
/// a function (the target of a function pointer).
struct Object {
  enum Kind : uint8_t { Var, Pointee, Alloc, Field, Func, This } kind = Var;
  const void *key = nullptr;  // Var/Func/This: declaration; Alloc: expression; Field: field
  ObjId base = 0;             // Pointee/Field: the enclosing or pointing object
  std::string name;           // for messages: "buf", "*p", "cfg.path"
  bool summary = false;       // stands for many locations: never strongly updated
  std::string field;          // Field: the member's name
};

class Arena {
public:
  Arena();
  LabelId label(const Label &l);
  const Label &label(LabelId id) const { return labels_[id]; }
  /// `id` with `suffix` appended to its member path (memoized; the caller
  /// checks that `id` is symbolic).
  LabelId withPath(LabelId id, const std::string &suffix);
  TraceId step(TraceId parent, uint64_t site, std::string message, std::string kind);
  const TraceStep &trace(TraceId id) const { return traces_[id]; }
  /// The steps of a trace from its root (the source) to `id`.
  std::vector<const TraceStep *> path(TraceId id) const;

  ObjId var(const void *decl, std::string name, bool summary);
  /// The unknown object the pointer stored in `base` points to. Chains are
  /// cut at a fixed depth so that loops over linked structures terminate.
  ObjId pointee(ObjId base);
  /// Memory made at `site`; `slot` tells apart several objects of one site.
  ObjId alloc(const void *site, std::string name, unsigned slot = 0);
  /// Field `field` of `base` (field-sensitive objects).
  ObjId field(ObjId base, const void *field, const std::string &fieldName);
  /// The function `decl` as a pointer target, and the `this` of a method.
  ObjId function(const void *decl, std::string name);
  ObjId thisObject(const void *method);
  /// Fields of `o` created so far (direct children only).
  const std::vector<ObjId> &fields(ObjId o) const;
  const Object &object(ObjId id) const { return objects_[id]; }
  /// Declares that `id` stands for exactly one location (a parameter's
  /// pointee during one call), so it may be strongly updated.
  void markSingle(ObjId id) { objects_[id].summary = false; }
  size_t objectCount() const { return objects_.size(); }
  size_t labelCount() const { return labels_.size(); }
  size_t traceCount() const { return traces_.size(); }
  /// Per label: 0 for sources and handles, 1 for parameters and globals,
  /// 2 for other symbolic labels (call results and outputs), kept current.
  const std::vector<uint8_t> &labelRanks() const { return ranks_; }

private:
  // Deques, not vectors: callers hold `const Label &` (and TraceStep and
  // Object references) across calls that intern new entries, so storage
  // must never move.
  std::deque<Label> labels_;
  std::vector<uint8_t> ranks_;
  std::map<decltype(std::declval<Label>().key()), LabelId> labelIndex_;
  std::unordered_map<std::string, uint32_t> suffixIds_;
  FlatMap64<LabelId> withPath_;  // (label, suffix id) -> label
  std::deque<TraceStep> traces_;
  std::map<std::tuple<TraceId, uint64_t, std::string, std::string>, TraceId> traceIndex_;
  std::deque<Object> objects_;
  std::map<std::tuple<int, const void *, ObjId>, ObjId> objectIndex_;
  std::map<ObjId, std::vector<ObjId>> fields_;
  ObjId intern(Object o);
};

/// One label on a value with the best trace known for it.
struct Taint {
  LabelId label;
  TraceId trace;
  uint32_t depth;
  bool operator==(const Taint &) const = default;
};

/// Abstract value: labels (sorted by label id) and pointer targets (sorted).
struct AbsVal {
  std::vector<Taint> labels;
  std::vector<ObjId> targets;

  bool empty() const { return labels.empty() && targets.empty(); }
  bool tainted() const { return !labels.empty(); }
  /// Adds `o`'s labels and targets; returns true when this value changed.
  bool join(const AbsVal &o);
  void addLabel(LabelId l, TraceId t, uint32_t depth);
  void addTarget(ObjId o);
  const Taint *find(LabelId l) const;
  bool operator==(const AbsVal &) const = default;
};

bool leq(const AbsVal &a, const AbsVal &b);
/// Sorts `labels` by label and keeps, of equal labels, the best trace
/// (smaller (depth, trace)): the AbsVal invariant for a vector built out of
/// order.
void normalizeLabels(std::vector<Taint> &labels);
AbsVal join(const AbsVal &a, const AbsVal &b);
/// The join of all of `vals` at once: one sort instead of a merge per value
/// (a read of many objects).
AbsVal joinAll(const std::vector<const AbsVal *> &vals);
/// Keeps the `cap` first labels of `v` by (rank(label), label): sources and
/// handles first, then parameters and globals, then other symbolic labels.
void capLabels(AbsVal &v, size_t cap, const std::vector<uint8_t> &rank);

/// Abstract state at a program point. Values live in the thread's current
/// ValuePool (value_pool.h) and the state holds their ids, so a copy costs
/// one pair per object and equal values are shared. Every state that is
/// joined or compared with another must use the same pool.
struct State {
  bool reachable = false;
  /// Flow-insensitive mode (a function too large to analyze block by
  /// block): one state stands for every program point, so `set` may not
  /// forget anything and adds like `add`. Still monotone.
  bool weakOnly = false;
  /// (object, value), sorted by object; objects holding bottom are absent.
  std::vector<std::pair<ObjId, ValueId>> objects;
  /// Changes whenever the content does, to a number no other content of any
  /// state has had (a copy keeps it: same number, same content). Lets a
  /// reader cache what it derived from the state (Transfer's loads). Not
  /// part of the value: equality ignores it.
  uint64_t version = 0;

  const AbsVal &get(ObjId o) const;
  bool contains(ObjId o) const;
  /// Strong update: replaces what `o` holds.
  void set(ObjId o, AbsVal v);
  /// Weak update: adds to what `o` holds.
  void add(ObjId o, const AbsVal &v);
  /// Pointwise join; returns true when this state changed.
  bool join(const State &o);
  /// The join a fixpoint uses at block entries: as join, then any object
  /// holding more than `cap` labels keeps the `cap` first by
  /// (rank(label), label): a widening that bounds states on code that
  /// mixes everything (a parser's value stack), at the price of the
  /// dropped labels. Sets `*widened` when it dropped any, and adds to
  /// `*grown` how many objects the join added, so a budget needs no
  /// rescan of the state.
  bool joinBounded(const State &o, size_t cap, const std::vector<uint8_t> &rank, bool *widened,
                   std::ptrdiff_t *grown = nullptr);
  /// Applies joinBounded's label cap to every object in place.
  bool capLabels(size_t cap, const std::vector<uint8_t> &rank);
  /// The state's logical size: objects plus their labels and targets.
  size_t entries() const;
  /// What a copy of the state costs: its objects (values are shared).
  size_t size() const { return objects.size(); }
  /// Ids are exact (value_pool.h), so equal ids are equal values.
  bool operator==(const State &o) const {
    return reachable == o.reachable && weakOnly == o.weakOnly && objects == o.objects;
  }

private:
  void changed();
  bool joinWith(const State &o, size_t cap, const std::vector<uint8_t> *rank, bool *widened,
                std::ptrdiff_t *grown);
};

bool leq(const State &a, const State &b);

} // namespace sluice
