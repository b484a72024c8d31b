#include "analyzer/value_pool.h"

#include <algorithm>
#include <utility>

namespace sluice {

namespace {
thread_local ValuePool *currentPool = nullptr;
} // namespace

ValuePool::ValuePool() { reset(); }

void ValuePool::reset() {
  values_.clear();
  index_.clear();
  joins_.clear();
  bounded_.clear();
  entries_ = 0;
  values_.emplace_back();  // id 0: bottom (intern answers it without the index)
}

uint64_t ValuePool::hash(const AbsVal &v) {
  uint64_t h = 1469598103934665603ull;
  auto mix = [&h](uint64_t x) {
    h ^= x + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
  };
  for (const Taint &t : v.labels)
    mix((uint64_t(t.label) << 32) ^ (uint64_t(t.trace) * 31 + t.depth));
  mix(0xfeedfacecafebeefull);
  for (ObjId o : v.targets)
    mix(o);
  return h;
}

template <typename V> ValueId ValuePool::internAny(V &&v) {
  if (v.empty())
    return 0;
  uint64_t h = hash(v);
  auto [lo, hi] = index_.equal_range(h);
  for (auto it = lo; it != hi; ++it)
    if (values_[it->second] == v)
      return it->second;
  ValueId id = static_cast<ValueId>(values_.size());
  entries_ += v.labels.size() + v.targets.size() + kValueOverhead;
  values_.push_back(std::forward<V>(v));
  index_.emplace(h, id);
  return id;
}

ValueId ValuePool::intern(const AbsVal &v) { return internAny(v); }
ValueId ValuePool::intern(AbsVal &&v) { return internAny(std::move(v)); }

ValueId ValuePool::join(ValueId a, ValueId b) {
  if (a == b || b == 0)
    return a;
  if (a == 0)
    return b;
  uint64_t key = pairKey(a, b);
  if (const ValueId *known = joins_.find(key))
    return *known;
  AbsVal r = values_[a];
  ValueId out = r.join(values_[b]) ? intern(std::move(r)) : a;
  if (joins_.size() >= kMaxMemo)
    joins_.clear();
  joins_.insert(key, out);
  return out;
}

ValueId ValuePool::joinBounded(ValueId a, ValueId b, size_t cap,
                               const std::vector<uint8_t> &rank, bool *capped) {
  if (a == b || b == 0)
    return a;
  if (values_[a].labels.size() + values_[b].labels.size() <= cap)
    return join(a, b);
  if (cap != boundedCap_) {
    bounded_.clear();
    boundedCap_ = cap;
  }
  uint64_t key = pairKey(a, b);
  if (const Bounded *known = bounded_.find(key)) {
    if (known->capped && capped)
      *capped = true;
    return known->id;
  }
  AbsVal r = values_[a];
  r.join(values_[b]);
  bool cut = r.labels.size() > cap;
  if (cut)
    capLabels(r, cap, rank);
  ValueId out = intern(std::move(r));
  if (cut && capped)
    *capped = true;
  if (bounded_.size() >= kMaxMemo)
    bounded_.clear();
  bounded_.insert(key, Bounded{out, cut});
  return out;
}

void ValuePool::compact(const std::vector<State *> &live) {
  std::deque<AbsVal> old;
  old.swap(values_);
  reset();
  std::unordered_map<ValueId, ValueId> renumber;
  for (State *s : live)
    for (auto &[obj, id] : s->objects) {
      auto [it, fresh] = renumber.try_emplace(id, 0);
      if (fresh)
        it->second = intern(std::move(old[id]));
      id = it->second;
    }
}

ValuePool &ValuePool::current() {
  if (!currentPool) {
    thread_local ValuePool fallback;
    return fallback;
  }
  return *currentPool;
}

ValuePool::Scope::Scope(ValuePool &pool) : saved_(currentPool) { currentPool = &pool; }
ValuePool::Scope::~Scope() { currentPool = saved_; }

} // namespace sluice
