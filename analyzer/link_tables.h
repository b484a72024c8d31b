// Shared storage of the link step: atoms interned once, and flow traces as
// immutable ropes over the steps the workers reported.
//
// Traces used to be copied step by step at every call they crossed, so a
// value passed through many calls carried a growing vector to every place
// it reached; on a real interpreter loop that alone was gigabytes. Now a
// trace is a node of a rope: a leaf is a span of a function's own steps
// (owned by the facts), an inner node the concatenation of two traces.
// Concatenation is O(1); length and a content hash are kept per node, so
// "which trace is better" (shorter, then by content) needs no walk, and the
// choice does not depend on the order facts were visited in.
#pragma once

#include "analyzer/facts.h"
#include "analyzer/flat_map.h"

#include <cstdint>
#include <deque>
#include <initializer_list>
#include <string>
#include <unordered_map>
#include <vector>

namespace sluice::link {

using AtomId = uint32_t;
using TraceId = uint32_t;  // 0 = the empty trace

class AtomTable {
public:
  AtomId intern(const facts::Atom &a);
  const facts::Atom &get(AtomId id) const { return atoms_[id]; }
  const std::string &key(AtomId id) const { return keys_[id]; }
  size_t size() const { return atoms_.size(); }

private:
  std::deque<facts::Atom> atoms_;
  std::deque<std::string> keys_;
  std::unordered_map<std::string, AtomId> index_;
};

/// Length and content hash of a trace, without building it.
struct TraceShape {
  uint32_t length = 0;
  uint64_t hash = 0;
  uint64_t power = 1;  // kBase^length, to append in O(1)
  /// Shorter first, then by content hash: a total order on contents.
  bool operator<(const TraceShape &o) const {
    return length != o.length ? length < o.length : hash < o.hash;
  }
};

class TraceTable {
public:
  TraceTable();
  /// A leaf over steps that outlive the table (a function's facts).
  TraceId span(const std::vector<report::FlowStep> &steps);
  /// A leaf of one step the link made (a call or return step); the table
  /// keeps it, interned by content.
  TraceId step(report::FlowStep s);
  /// The traces one after the other.
  TraceId concat(TraceId a, TraceId b);
  TraceId concat(std::initializer_list<TraceId> parts);
  const TraceShape &shape(TraceId t) const { return nodes_[t].shape; }
  static TraceShape combine(const TraceShape &a, const TraceShape &b);
  TraceShape shapeOf(std::initializer_list<TraceId> parts) const;
  /// The steps, source first.
  std::vector<report::FlowStep> steps(TraceId t) const;
  size_t nodes() const { return nodes_.size(); }

private:
  struct Node {
    TraceId left = 0, right = 0;                  // inner node
    const report::FlowStep *first = nullptr;      // leaf: a span
    uint32_t count = 0;
    TraceShape shape;
  };
  std::vector<Node> nodes_;
  std::unordered_map<const void *, TraceId> spans_;
  std::deque<report::FlowStep> owned_;
  std::unordered_map<std::string, TraceId> ownedIndex_;
  /// Concatenations hash-consed: a recursive component re-visited
  /// thousands of times builds the same pairs again (redis).
  FlatMap64<TraceId> pairs_;
  TraceId leaf(const report::FlowStep *first, uint32_t count);
};

} // namespace sluice::link
