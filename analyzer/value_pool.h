// Distinct abstract values of one function's analysis, each stored once.
//
// States (taint_lattice.h) hold value ids instead of values: copying a
// state copies (object, id) pairs, two states that share a value share its
// storage, and the join of two ids is computed once and remembered. This is
// what lets a generated state machine (an opcode switch inside a loop with
// hundreds of blocks) keep a state per block: most blocks differ from their
// predecessors in a handful of objects, and before, each kept a full copy
// of every label vector.
//
// Contract: equal values have equal ids (interning is exact, not only by
// hash), so id equality is value equality; id 0 is bottom. Ids and
// references returned by value() stay valid until compact(), which keeps
// only the values the given states still use and renumbers them.
//
// One pool is current per thread (Scope installs one for a function's
// analysis); without a Scope a per-thread default pool is used, which is
// what unit tests rely on.
#pragma once

#include "analyzer/flat_map.h"
#include "analyzer/taint_lattice.h"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <unordered_map>
#include <vector>

namespace sluice {

class ValuePool {
public:
  ValuePool();
  ValuePool(const ValuePool &) = delete;
  ValuePool &operator=(const ValuePool &) = delete;

  ValueId intern(const AbsVal &v);
  ValueId intern(AbsVal &&v);
  const AbsVal &value(ValueId id) const { return values_[id]; }
  /// The join of two values (memoized; commutative).
  ValueId join(ValueId a, ValueId b);
  /// As join, then the label cap of State::joinBounded; `*capped` tells
  /// whether the cap dropped labels.
  ValueId joinBounded(ValueId a, ValueId b, size_t cap, const std::vector<uint8_t> &rank,
                      bool *capped);
  /// What the pool costs, in state entries (about 12 bytes each): labels
  /// plus targets over all distinct values, and kValueOverhead per value
  /// for its vectors, index node and memo slots.
  size_t entries() const { return entries_; }
  static constexpr size_t kValueOverhead = 8;
  size_t size() const { return values_.size(); }
  /// Keeps only the values `live` states refer to, renumbering their ids.
  /// Invalidates every other id and every reference from value().
  void compact(const std::vector<State *> &live);

  static ValuePool &current();
  /// Makes `pool` current on this thread for the scope's lifetime.
  class Scope {
  public:
    explicit Scope(ValuePool &pool);
    ~Scope();
    Scope(const Scope &) = delete;
    Scope &operator=(const Scope &) = delete;

  private:
    ValuePool *saved_;
  };

private:
  std::deque<AbsVal> values_;               // stable references
  std::unordered_multimap<uint64_t, ValueId> index_;  // hash -> ids
  FlatMap64<ValueId> joins_;                          // (a, b), a < b -> join
  struct Bounded {
    ValueId id;
    bool capped;
  };
  FlatMap64<Bounded> bounded_;                        // (a, b), a < b -> capped join
  size_t boundedCap_ = 0;
  size_t entries_ = 0;

  static uint64_t hash(const AbsVal &v);
  template <typename V> ValueId internAny(V &&v);
  static uint64_t pairKey(ValueId a, ValueId b) {
    return a < b ? (uint64_t(a) << 32) | b : (uint64_t(b) << 32) | a;
  }
  void reset();
  /// Caches are only caches: past this many entries they start over.
  static constexpr size_t kMaxMemo = 1u << 20;
};

} // namespace sluice
