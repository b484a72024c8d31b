#include "analyzer/link_tables.h"

namespace sluice::link {

namespace {

constexpr uint64_t kBase = 1099511628211ull;  // FNV prime; arithmetic mod 2^64

uint64_t fnv(const std::string &s, uint64_t h = 14695981039346656037ull) {
  for (unsigned char c : s) {
    h ^= c;
    h *= kBase;
  }
  return h;
}

/// One step's hash, from what a reader sees of it.
uint64_t stepHash(const report::FlowStep &s) {
  uint64_t h = fnv(s.location.file);
  h = fnv(std::to_string(s.location.line) + ":" + std::to_string(s.location.column), h);
  return fnv(s.message, h) | 1;
}

} // namespace

AtomId AtomTable::intern(const facts::Atom &a) {
  std::string k = a.key();
  if (auto it = index_.find(k); it != index_.end())
    return it->second;
  // Stored before it is indexed: a throw leaves no index entry to a
  // missing atom (the link goes on after std::bad_alloc).
  AtomId id = static_cast<AtomId>(atoms_.size());
  atoms_.push_back(a);
  keys_.push_back(k);
  index_.emplace(std::move(k), id);
  return id;
}

TraceTable::TraceTable() { nodes_.push_back(Node{}); }

TraceShape TraceTable::combine(const TraceShape &a, const TraceShape &b) {
  TraceShape s;
  s.length = a.length + b.length;
  s.hash = a.hash * b.power + b.hash;
  s.power = a.power * b.power;
  return s;
}

TraceShape TraceTable::shapeOf(std::initializer_list<TraceId> parts) const {
  TraceShape s;
  for (TraceId p : parts)
    s = combine(s, nodes_[p].shape);
  return s;
}

TraceId TraceTable::leaf(const report::FlowStep *first, uint32_t count) {
  Node n;
  n.first = first;
  n.count = count;
  for (uint32_t i = 0; i < count; ++i) {
    TraceShape one;
    one.length = 1;
    one.hash = stepHash(first[i]);
    one.power = kBase;
    n.shape = combine(n.shape, one);
  }
  nodes_.push_back(n);
  return static_cast<TraceId>(nodes_.size() - 1);
}

TraceId TraceTable::span(const std::vector<report::FlowStep> &steps) {
  if (steps.empty())
    return 0;
  if (auto it = spans_.find(&steps); it != spans_.end())
    return it->second;
  TraceId id = leaf(steps.data(), static_cast<uint32_t>(steps.size()));
  spans_.emplace(&steps, id);
  return id;
}

TraceId TraceTable::step(report::FlowStep s) {
  std::string k = s.location.file + ":" + std::to_string(s.location.line) + ":" +
                  std::to_string(s.location.column) + "|" + s.kind + "|" + s.message;
  auto it = ownedIndex_.find(k);
  if (it != ownedIndex_.end())
    return it->second;
  owned_.push_back(std::move(s));
  TraceId id = leaf(&owned_.back(), 1);
  ownedIndex_.emplace(std::move(k), id);
  return id;
}

TraceId TraceTable::concat(TraceId a, TraceId b) {
  if (!a)
    return b;
  if (!b)
    return a;
  uint64_t key = uint64_t(a) << 32 | b;
  if (const TraceId *known = pairs_.find(key))
    return *known;
  Node n;
  n.left = a;
  n.right = b;
  n.shape = combine(nodes_[a].shape, nodes_[b].shape);
  nodes_.push_back(n);  // before the index: a throw leaves no entry behind
  TraceId id = static_cast<TraceId>(nodes_.size() - 1);
  pairs_.insert(key, id);
  return id;
}

TraceId TraceTable::concat(std::initializer_list<TraceId> parts) {
  TraceId t = 0;
  for (TraceId p : parts)
    t = concat(t, p);
  return t;
}

std::vector<report::FlowStep> TraceTable::steps(TraceId t) const {
  std::vector<report::FlowStep> out;
  std::vector<TraceId> stack = {t};
  while (!stack.empty()) {
    TraceId id = stack.back();
    stack.pop_back();
    if (!id)
      continue;
    const Node &n = nodes_[id];
    if (n.first) {
      out.insert(out.end(), n.first, n.first + n.count);
    } else {
      stack.push_back(n.right);  // left first
      stack.push_back(n.left);
    }
  }
  return out;
}

} // namespace sluice::link
