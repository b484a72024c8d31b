#include "analyzer/taint_lattice.h"

#include <algorithm>
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
  auto [sit, fresh] = suffixIds_.emplace(suffix, static_cast<uint32_t>(suffixIds_.size()));
  uint64_t key = (uint64_t(id) << 32) | sit->second;
  auto it = withPath_.find(key);
  if (it != withPath_.end())
    return it->second;
  Label l = labels_[id];
  l.path += suffix;
  LabelId out = label(l);
  withPath_.emplace(key, out);
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

bool AbsVal::join(const AbsVal &o) {
  if (o.empty())
    return false;
  // Both sides are sorted: one linear merge each for labels and targets.
  bool changed = false;
  std::vector<Taint> ls;
  ls.reserve(labels.size() + o.labels.size());
  size_t i = 0, j = 0;
  while (i < labels.size() || j < o.labels.size()) {
    if (j == o.labels.size() || (i < labels.size() && labels[i].label < o.labels[j].label)) {
      ls.push_back(labels[i++]);
    } else if (i == labels.size() || o.labels[j].label < labels[i].label) {
      ls.push_back(o.labels[j++]);
      changed = true;
    } else {
      bool take = better(o.labels[j], labels[i]);
      ls.push_back(take ? o.labels[j] : labels[i]);
      changed |= take;
      ++i, ++j;
    }
  }
  if (changed)
    labels = std::move(ls);
  std::vector<ObjId> ts;
  ts.reserve(targets.size() + o.targets.size());
  std::set_union(targets.begin(), targets.end(), o.targets.begin(), o.targets.end(),
                 std::back_inserter(ts));
  if (ts.size() != targets.size()) {
    targets = std::move(ts);
    changed = true;
  }
  return changed;
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

const AbsVal &State::get(ObjId o) const {
  auto it = objects.find(o);
  return it == objects.end() ? kBottom : it->second;
}

void State::set(ObjId o, AbsVal v) {
  if (weakOnly)
    add(o, v);
  else if (v.empty())
    objects.erase(o);
  else
    objects[o] = std::move(v);
}

void State::add(ObjId o, const AbsVal &v) {
  if (!v.empty())
    objects[o].join(v);
}

bool State::join(const State &o) {
  if (!o.reachable)
    return false;
  bool changed = !reachable;
  reachable = true;
  for (const auto &[obj, val] : o.objects)
    changed |= objects[obj].join(val);
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
  bool cut = false;
  for (auto &[obj, val] : objects)
    if (val.labels.size() > cap) {
      sluice::capLabels(val, cap, rank);
      cut = true;
    }
  return cut;
}

size_t State::entries() const {
  size_t n = objects.size();
  for (const auto &[obj, val] : objects)
    n += val.labels.size() + val.targets.size();
  return n;
}

bool State::joinBounded(const State &o, size_t cap, const std::vector<uint8_t> &rank,
                        bool *widened) {
  if (!o.reachable)
    return false;
  bool changed = !reachable;
  reachable = true;
  for (const auto &[obj, val] : o.objects) {
    AbsVal &mine = objects[obj];
    if (mine.labels.size() + val.labels.size() <= cap) {
      changed |= mine.join(val);
      continue;
    }
    AbsVal before = mine;
    if (!mine.join(val) || mine.labels.size() <= cap) {
      changed |= !(mine == before);
      continue;
    }
    sluice::capLabels(mine, cap, rank);
    if (widened)
      *widened = true;
    changed |= !(mine == before);
  }
  return changed;
}

bool leq(const State &a, const State &b) {
  if (!a.reachable)
    return true;
  if (!b.reachable)
    return false;
  for (const auto &[obj, val] : a.objects)
    if (!leq(val, b.get(obj)))
      return false;
  return true;
}

} // namespace sluice
