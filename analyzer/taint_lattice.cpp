#include "analyzer/taint_lattice.h"

#include "analyzer/value_pool.h"

#include <algorithm>
#include <atomic>
#include <iterator>

namespace sluice {

namespace {
constexpr unsigned kMaxPointeeDepth = 3;
const AbsVal kBottom{};

bool better(const Taint &a, const Taint &b) {
  return std::tie(a.depth, a.trace) < std::tie(b.depth, b.trace);
}
} // namespace

Arena::Arena() {
  // Trace 0 is "no trace" so that a default TraceId means none.
  traces_.push_back(TraceStep{});
}

LabelId Arena::label(const Label &l) {
  auto [it, inserted] = labelIndex_.emplace(l.key(), static_cast<LabelId>(labels_.size()));
  if (inserted) {
    labels_.push_back(l);
    ranks_.push_back(l.cls != Label::Symbolic                    ? 0
                     : l.kind == "param" || l.kind == "global"   ? 1
                                                                 : 2);
  }
  return it->second;
}

LabelId Arena::withPath(LabelId id, const std::string &suffix) {
  // find before emplace: emplace builds a node (a copy of the suffix) even
  // when the suffix is known, which is nearly always.
  auto sit = suffixIds_.find(suffix);
  if (sit == suffixIds_.end())
    sit = suffixIds_.emplace(suffix, static_cast<uint32_t>(suffixIds_.size())).first;
  uint64_t key = (uint64_t(id) << 32) | sit->second;
  if (const LabelId *known = withPath_.find(key))
    return *known;
  Label l = labels_[id];
  l.path += suffix;
  LabelId out = label(l);
  withPath_.insert(key, out);
  return out;
}

TraceId Arena::step(TraceId parent, uint64_t site, std::string message, std::string kind) {
  auto key = std::make_tuple(parent, site, message, kind);
  auto it = traceIndex_.find(key);
  if (it != traceIndex_.end())
    return it->second;
  TraceId id = static_cast<TraceId>(traces_.size());
  uint32_t depth = parent ? traces_[parent].depth + 1 : 1;
  traces_.push_back(TraceStep{parent, depth, site, std::move(message), std::move(kind)});
  traceIndex_.emplace(std::move(key), id);
  return id;
}

std::vector<const TraceStep *> Arena::path(TraceId id) const {
  std::vector<const TraceStep *> out;
  for (TraceId t = id; t; t = traces_[t].parent)
    out.push_back(&traces_[t]);
  std::reverse(out.begin(), out.end());
  return out;
}

ObjId Arena::intern(Object o) {
  auto [it, inserted] = objectIndex_.emplace(std::make_tuple(int(o.kind), o.key, o.base),
                                             static_cast<ObjId>(objects_.size()));
  if (inserted) {
    if (o.kind == Object::Field)
      fields_[o.base].push_back(it->second);
    objects_.push_back(std::move(o));
  }
  return it->second;
}

ObjId Arena::var(const void *decl, std::string name, bool summary) {
  return intern(Object{Object::Var, decl, 0, std::move(name), summary});
}

ObjId Arena::pointee(ObjId base) {
  unsigned depth = 0;
  for (ObjId b = base; objects_[b].kind == Object::Pointee || objects_[b].kind == Object::Field;
       b = objects_[b].base)
    depth += objects_[b].kind == Object::Pointee;
  if (depth >= kMaxPointeeDepth)
    return base;  // deeper levels fold into the deepest one we keep
  return intern(Object{Object::Pointee, nullptr, base, "*" + objects_[base].name, true});
}

ObjId Arena::alloc(const void *site, std::string name, unsigned slot) {
  return intern(Object{Object::Alloc, site, slot, std::move(name), true});
}

ObjId Arena::field(ObjId base, const void *field, const std::string &fieldName) {
  // Recursive structures (p->next->next) fold: a field already on the path
  // from the root, or a path longer than the cut, reuses an existing object.
  unsigned depth = 0;
  for (ObjId b = base; objects_[b].kind == Object::Pointee || objects_[b].kind == Object::Field;
       b = objects_[b].base, ++depth)
    if (objects_[b].kind == Object::Field && objects_[b].key == field)
      return b;
  if (depth >= 2 * kMaxPointeeDepth)
    return base;
  return intern(Object{Object::Field, field, base, objects_[base].name + "." + fieldName,
                       objects_[base].summary, fieldName});
}

ObjId Arena::function(const void *decl, std::string name) {
  return intern(Object{Object::Func, decl, 0, std::move(name), false});
}

ObjId Arena::thisObject(const void *method) {
  return intern(Object{Object::This, method, 0, "this", false});
}

const std::vector<ObjId> &Arena::fields(ObjId o) const {
  static const std::vector<ObjId> none;
  auto it = fields_.find(o);
  return it == fields_.end() ? none : it->second;
}

void AbsVal::addLabel(LabelId l, TraceId t, uint32_t depth) {
  Taint n{l, t, depth};
  auto it = std::lower_bound(labels.begin(), labels.end(), l,
                             [](const Taint &x, LabelId y) { return x.label < y; });
  if (it == labels.end() || it->label != l)
    labels.insert(it, n);
  else if (better(n, *it))
    *it = n;
}

void AbsVal::addTarget(ObjId o) {
  auto it = std::lower_bound(targets.begin(), targets.end(), o);
  if (it == targets.end() || *it != o)
    targets.insert(it, o);
}

const Taint *AbsVal::find(LabelId l) const {
  auto it = std::lower_bound(labels.begin(), labels.end(), l,
                             [](const Taint &x, LabelId y) { return x.label < y; });
  return it != labels.end() && it->label == l ? &*it : nullptr;
}

namespace {
/// Merges sorted `add` into sorted `into` in place: one pass to count what
/// is new (no allocation when nothing is), then a merge from the back.
bool mergeLabels(std::vector<Taint> &into, const std::vector<Taint> &add) {
  if (add.empty())
    return false;
  if (into.empty()) {
    into = add;
    return true;
  }
  size_t fresh = 0;
  bool improved = false;
  for (size_t i = 0, j = 0; j < add.size();) {
    if (i == into.size() || add[j].label < into[i].label) {
      ++fresh, ++j;
    } else if (into[i].label < add[j].label) {
      ++i;
    } else {
      if (better(add[j], into[i])) {
        into[i] = add[j];
        improved = true;
      }
      ++i, ++j;
    }
  }
  if (fresh == 0)
    return improved;
  size_t i = into.size(), j = add.size(), k = into.size() + fresh;
  into.resize(k);
  while (j > 0) {
    if (i > 0 && add[j - 1].label < into[i - 1].label)
      into[--k] = into[--i];
    else if (i > 0 && add[j - 1].label == into[i - 1].label)
      into[--k] = into[--i], --j;  // the better trace is already in place
    else
      into[--k] = add[--j];
  }
  return true;
}

bool mergeTargets(std::vector<ObjId> &into, const std::vector<ObjId> &add) {
  if (add.empty() || std::includes(into.begin(), into.end(), add.begin(), add.end()))
    return false;
  std::vector<ObjId> ts;
  ts.reserve(into.size() + add.size());
  std::set_union(into.begin(), into.end(), add.begin(), add.end(), std::back_inserter(ts));
  into = std::move(ts);
  return true;
}
} // namespace

bool AbsVal::join(const AbsVal &o) {
  if (o.empty())
    return false;
  bool changed = mergeLabels(labels, o.labels);
  return mergeTargets(targets, o.targets) || changed;
}

namespace {
/// Where each label id or object id sits in a join being built (0: not
/// yet), per thread and reset after each use: a join of many values then
/// costs one pass over their entries plus a sort of the distinct ones, not
/// a sort of all of them (partsHere over an interpreter's flow-insensitive
/// state joins thousands of values of up to 256 labels each).
std::vector<uint32_t> &slots() {
  thread_local std::vector<uint32_t> at;
  return at;
}

constexpr size_t kSortJoinBelow = 512;  // entries; fewer are sorted directly
} // namespace

AbsVal joinAll(const std::vector<const AbsVal *> &vals) {
  AbsVal out;
  if (vals.size() == 1)
    return *vals.front();
  size_t nLabels = 0, nTargets = 0;
  for (const AbsVal *v : vals)
    nLabels += v->labels.size(), nTargets += v->targets.size();
  std::vector<uint32_t> &at = slots();
  if (nLabels < kSortJoinBelow) {
    for (const AbsVal *v : vals)
      out.labels.insert(out.labels.end(), v->labels.begin(), v->labels.end());
    normalizeLabels(out.labels);
  } else {
    for (const AbsVal *v : vals)
      for (const Taint &t : v->labels) {
        if (t.label >= at.size())
          at.resize(std::max<size_t>(t.label + 1, at.size() * 2), 0);
        uint32_t &slot = at[t.label];
        if (slot == 0) {
          out.labels.push_back(t);
          slot = static_cast<uint32_t>(out.labels.size());
        } else if (better(t, out.labels[slot - 1])) {
          out.labels[slot - 1] = t;
        }
      }
    for (const Taint &t : out.labels)
      at[t.label] = 0;
    std::sort(out.labels.begin(), out.labels.end(),
              [](const Taint &a, const Taint &b) { return a.label < b.label; });
  }
  if (nTargets < kSortJoinBelow) {
    for (const AbsVal *v : vals)
      out.targets.insert(out.targets.end(), v->targets.begin(), v->targets.end());
    std::sort(out.targets.begin(), out.targets.end());
    out.targets.erase(std::unique(out.targets.begin(), out.targets.end()), out.targets.end());
  } else {
    for (const AbsVal *v : vals)
      for (ObjId o : v->targets) {
        if (o >= at.size())
          at.resize(std::max<size_t>(o + 1, at.size() * 2), 0);
        if (at[o] == 0) {
          at[o] = 1;
          out.targets.push_back(o);
        }
      }
    for (ObjId o : out.targets)
      at[o] = 0;
    std::sort(out.targets.begin(), out.targets.end());
  }
  return out;
}

void normalizeLabels(std::vector<Taint> &labels) {
  std::sort(labels.begin(), labels.end(), [](const Taint &a, const Taint &b) {
    return std::tie(a.label, a.depth, a.trace) < std::tie(b.label, b.depth, b.trace);
  });
  labels.erase(std::unique(labels.begin(), labels.end(),
                           [](const Taint &a, const Taint &b) { return a.label == b.label; }),
               labels.end());
}

AbsVal join(const AbsVal &a, const AbsVal &b) {
  AbsVal r = a;
  r.join(b);
  return r;
}

bool leq(const AbsVal &a, const AbsVal &b) { return join(a, b) == b; }

namespace {
using Entry = std::pair<ObjId, ValueId>;
auto findObject(const std::vector<Entry> &objects, ObjId o) {
  return std::lower_bound(objects.begin(), objects.end(), o,
                          [](const Entry &e, ObjId k) { return e.first < k; });
}
} // namespace

const AbsVal &State::get(ObjId o) const {
  auto it = findObject(objects, o);
  return it == objects.end() || it->first != o ? kBottom
                                               : ValuePool::current().value(it->second);
}

bool State::contains(ObjId o) const {
  auto it = findObject(objects, o);
  return it != objects.end() && it->first == o;
}

void State::changed() {
  static std::atomic<uint64_t> next{0};
  version = next.fetch_add(1, std::memory_order_relaxed) + 1;
}

void State::set(ObjId o, AbsVal v) {
  if (weakOnly) {
    add(o, v);
    return;
  }
  auto it = objects.begin() + (findObject(objects, o) - objects.cbegin());
  bool present = it != objects.end() && it->first == o;
  ValueId id = ValuePool::current().intern(std::move(v));
  if (id == 0) {
    if (present) {
      objects.erase(it);
      changed();
    }
  } else if (present) {
    if (it->second != id) {
      it->second = id;
      changed();
    }
  } else {
    objects.insert(it, {o, id});
    changed();
  }
}

void State::add(ObjId o, const AbsVal &v) {
  if (v.empty())
    return;
  ValuePool &pool = ValuePool::current();
  auto it = objects.begin() + (findObject(objects, o) - objects.cbegin());
  if (it != objects.end() && it->first == o) {
    ValueId id = pool.join(it->second, pool.intern(v));
    if (id != it->second) {
      it->second = id;
      changed();
    }
  } else {
    objects.insert(it, {o, pool.intern(v)});
    changed();
  }
}

bool State::join(const State &o) { return joinWith(o, 0, nullptr, nullptr, nullptr); }

bool State::joinBounded(const State &o, size_t cap, const std::vector<uint8_t> &rank,
                        bool *widened, std::ptrdiff_t *grown) {
  return joinWith(o, cap, &rank, widened, grown);
}

bool State::joinWith(const State &o, size_t cap, const std::vector<uint8_t> *rank,
                     bool *widened, std::ptrdiff_t *grown) {
  if (!o.reachable)
    return false;
  bool changed = !reachable;
  reachable = true;
  ValuePool &pool = ValuePool::current();
  auto joinIds = [&](ValueId a, ValueId b) {
    return rank ? pool.joinBounded(a, b, cap, *rank, widened) : pool.join(a, b);
  };
  // In place while `o` adds no object; a merge into a new vector otherwise.
  size_t added = 0;
  for (size_t i = 0, j = 0; j < o.objects.size();) {
    if (i == objects.size() || o.objects[j].first < objects[i].first) {
      ++added, ++j;
    } else if (objects[i].first < o.objects[j].first) {
      ++i;
    } else {
      ValueId id = joinIds(objects[i].second, o.objects[j].second);
      changed |= id != objects[i].second;
      objects[i].second = id;
      ++i, ++j;
    }
  }
  if (added) {
    std::vector<Entry> merged;
    merged.reserve(objects.size() + added);
    size_t i = 0, j = 0;
    while (i < objects.size() || j < o.objects.size()) {
      if (j == o.objects.size() || (i < objects.size() && objects[i].first < o.objects[j].first))
        merged.push_back(objects[i++]);
      else if (i == objects.size() || o.objects[j].first < objects[i].first)
        merged.push_back(o.objects[j++]);
      else
        merged.push_back(objects[i++]), ++j;  // joined above
    }
    objects = std::move(merged);
    changed = true;
    if (grown)
      *grown += static_cast<std::ptrdiff_t>(added);
  }
  if (changed)
    this->changed();
  return changed;
}

void capLabels(AbsVal &v, size_t cap, const std::vector<uint8_t> &rank) {
  if (v.labels.size() <= cap)
    return;
  auto key = [&](const Taint &t) {
    return std::make_pair(t.label < rank.size() ? rank[t.label] : uint8_t(2), t.label);
  };
  std::stable_sort(v.labels.begin(), v.labels.end(),
                   [&](const Taint &a, const Taint &b) { return key(a) < key(b); });
  v.labels.resize(cap);
  std::sort(v.labels.begin(), v.labels.end(),
            [](const Taint &a, const Taint &b) { return a.label < b.label; });
}

bool State::capLabels(size_t cap, const std::vector<uint8_t> &rank) {
  ValuePool &pool = ValuePool::current();
  bool cut = false;
  for (auto &[obj, id] : objects)
    if (pool.value(id).labels.size() > cap) {
      AbsVal v = pool.value(id);
      sluice::capLabels(v, cap, rank);
      id = pool.intern(std::move(v));
      cut = true;
    }
  if (cut)
    changed();
  return cut;
}

size_t State::entries() const {
  const ValuePool &pool = ValuePool::current();
  size_t n = objects.size();
  for (const auto &[obj, id] : objects)
    n += pool.value(id).labels.size() + pool.value(id).targets.size();
  return n;
}

bool leq(const State &a, const State &b) {
  if (!a.reachable)
    return true;
  if (!b.reachable)
    return false;
  for (const auto &[obj, id] : a.objects)
    if (!leq(a.get(obj), b.get(obj)))
      return false;
  return true;
}

} // namespace sluice
