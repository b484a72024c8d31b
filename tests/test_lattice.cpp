// Laws of the taint lattice (analyzer/taint_lattice.h).
#include "analyzer/flat_map.h"
#include "analyzer/taint_lattice.h"
#include "analyzer/value_pool.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <random>

using namespace sluice;

namespace {

struct Fixture {
  Arena arena;
  LabelId env = arena.label({Label::Source, "env", "getenv", 1});
  LabelId file = arena.label({Label::Source, "file", "fgets", 2});
  ObjId x = arena.var(reinterpret_cast<const void *>(0x10), "x", false);
  ObjId y = arena.var(reinterpret_cast<const void *>(0x20), "y", false);

  AbsVal val(std::initializer_list<std::pair<LabelId, TraceId>> labels,
             std::initializer_list<ObjId> targets = {}) {
    AbsVal v;
    for (auto [l, t] : labels)
      v.addLabel(l, t, t ? arena.trace(t).depth : 0);
    for (ObjId o : targets)
      v.addTarget(o);
    return v;
  }
};

} // namespace

TEST_CASE_METHOD(Fixture, "join is commutative, associative and idempotent", "[lattice]") {
  TraceId shortT = arena.step(0, 5, "enters", "source");
  TraceId longT = arena.step(shortT, 6, "copied", "propagation");
  std::vector<AbsVal> vals = {
      AbsVal{},
      val({{env, shortT}}),
      val({{env, longT}}, {x}),
      val({{file, 0}}, {y}),
      val({{env, longT}, {file, 0}}, {x, y}),
  };
  for (const AbsVal &a : vals) {
    CHECK(join(a, a) == a);
    CHECK(join(a, AbsVal{}) == a);
    for (const AbsVal &b : vals) {
      CHECK(join(a, b) == join(b, a));
      CHECK(leq(a, join(a, b)));
      for (const AbsVal &c : vals)
        CHECK(join(join(a, b), c) == join(a, join(b, c)));
    }
  }
}

TEST_CASE_METHOD(Fixture, "bounded state join keeps sources first and says it widened",
                 "[lattice]") {
  // More symbolic labels than the cap, and one source among them.
  State a, b;
  a.reachable = b.reachable = true;
  AbsVal many;
  for (int i = 0; i < 10; ++i)
    many.addLabel(arena.label({Label::Symbolic, "callret", "", uint64_t(100 + i)}), 0, 0);
  a.set(x, many);
  b.set(x, val({{env, 0}}));
  bool widened = false;
  State c = a;
  std::ptrdiff_t grown = 0;
  CHECK(c.joinBounded(b, 4, arena.labelRanks(), &widened, &grown));
  CHECK(widened);
  CHECK(grown == 0);  // no object was added, only labels (and the cap dropped 7)
  CHECK(c.get(x).labels.size() == 4);
  CHECK(c.get(x).find(env) != nullptr);
  CHECK(std::is_sorted(c.get(x).labels.begin(), c.get(x).labels.end(),
                       [](const Taint &p, const Taint &q) { return p.label < q.label; }));
  // Under the cap it is the plain join, and joining again changes nothing.
  widened = false;
  State d = a;
  grown = 0;
  CHECK(d.joinBounded(b, 64, arena.labelRanks(), &widened, &grown));
  CHECK(grown == 0);
  State fresh;
  grown = 0;
  CHECK(fresh.joinBounded(b, 64, arena.labelRanks(), &widened, &grown));
  CHECK(grown == static_cast<std::ptrdiff_t>(b.size()));
  CHECK_FALSE(widened);
  State e = a;
  e.join(b);
  CHECK(d == e);
  CHECK_FALSE(d.joinBounded(b, 64, arena.labelRanks(), &widened));
}

TEST_CASE_METHOD(Fixture, "join keeps the shorter trace of a label", "[lattice]") {
  TraceId t1 = arena.step(0, 5, "enters", "source");
  TraceId t2 = arena.step(t1, 6, "copied", "propagation");
  AbsVal a = val({{env, t2}});
  AbsVal b = val({{env, t1}});
  REQUIRE(join(a, b).find(env)->trace == t1);
  REQUIRE(join(b, a).find(env)->trace == t1);
  // A join that only offers a longer trace changes nothing.
  AbsVal c = b;
  CHECK_FALSE(c.join(a));
}

TEST_CASE_METHOD(Fixture, "traces are interned and walk back to the source", "[lattice]") {
  TraceId s = arena.step(0, 1, "enters", "source");
  TraceId p = arena.step(s, 2, "copied", "propagation");
  CHECK(arena.step(s, 2, "copied", "propagation") == p);
  auto path = arena.path(p);
  REQUIRE(path.size() == 2);
  CHECK(path[0]->message == "enters");
  CHECK(path[1]->message == "copied");
  CHECK(path[1]->depth == 2);
}

TEST_CASE_METHOD(Fixture, "labels are interned by their full identity", "[lattice]") {
  CHECK(arena.label({Label::Source, "env", "getenv", 1}) == env);
  CHECK(arena.label({Label::Source, "env", "secure_getenv", 1}) != env);
  CHECK(arena.label({Label::Handle, "env", "getenv", 1}) != env);
}

TEST_CASE_METHOD(Fixture, "pointee chains are cut at a fixed depth", "[lattice]") {
  ObjId p = x;
  std::vector<ObjId> seen;
  for (int i = 0; i < 10; ++i) {
    p = arena.pointee(p);
    seen.push_back(p);
  }
  CHECK(arena.object(seen[0]).name == "*x");
  CHECK(seen[9] == seen[2]);  // no new objects past the cut
  CHECK(arena.object(seen[0]).summary);
}

TEST_CASE_METHOD(Fixture, "state join is pointwise and unreachable is bottom", "[lattice]") {
  State bottom;
  State a;
  a.reachable = true;
  a.set(x, val({{env, 0}}));
  State b;
  b.reachable = true;
  b.set(y, val({{file, 0}}));

  State j = a;
  CHECK_FALSE(j.join(bottom));
  CHECK(j == a);
  CHECK(leq(bottom, a));
  CHECK_FALSE(leq(a, bottom));

  CHECK(j.join(b));
  CHECK(leq(a, j));
  CHECK(leq(b, j));
  CHECK(j.get(x).find(env));
  CHECK(j.get(y).find(file));
  CHECK_FALSE(j.join(b));  // idempotent

  State ab = a, ba = b;
  ab.join(b);
  ba.join(a);
  CHECK(ab == ba);
}

TEST_CASE_METHOD(Fixture, "strong and weak updates", "[lattice]") {
  State s;
  s.reachable = true;
  s.set(x, val({{env, 0}}));
  s.add(x, val({{file, 0}}));
  CHECK(s.get(x).labels.size() == 2);
  s.set(x, AbsVal{});  // strong update to bottom removes the entry
  CHECK(s.get(x).empty());
  CHECK_FALSE(s.contains(x));
}

TEST_CASE_METHOD(Fixture, "a state's version changes with its content and only then",
                 "[lattice]") {
  State s;
  s.reachable = true;
  uint64_t v0 = s.version;
  s.set(x, val({{env, 0}}));
  uint64_t v1 = s.version;
  CHECK(v1 != v0);
  s.add(x, val({{env, 0}}));  // already held: no change
  s.set(x, val({{env, 0}}));  // the same value
  s.set(y, AbsVal{});         // bottom where bottom was
  CHECK(s.version == v1);
  State copy = s;  // same content, same version
  CHECK(copy.version == v1);
  copy.add(y, val({{file, 0}}));
  CHECK(copy.version != v1);
  State other = s;
  other.add(x, val({{file, 0}}));
  CHECK(other.version != copy.version);  // never reused by other content
  CHECK_FALSE(s.join(s));
  CHECK(s.version == v1);
  CHECK(s.join(copy));
  CHECK(s.version != v1);
  // Equality is about content, not versions.
  State a, b;
  a.reachable = b.reachable = true;
  a.set(x, val({{env, 0}}));
  b.add(y, val({{env, 0}}));
  b.set(y, AbsVal{});
  b.set(x, val({{env, 0}}));
  CHECK(a.version != b.version);
  CHECK(a == b);
}

TEST_CASE_METHOD(Fixture, "a weak-only state never forgets what it held", "[lattice]") {
  State s;
  s.reachable = true;
  s.set(x, val({{env, 0}}));
  s.weakOnly = true;
  s.set(x, val({{file, 0}}));  // a strong update elsewhere: here it adds
  s.set(x, AbsVal{});          // and "holds nothing" forgets nothing
  REQUIRE(s.get(x).find(env) != nullptr);
  REQUIRE(s.get(x).find(file) != nullptr);
  State strong;
  strong.reachable = true;
  strong.set(x, val({{env, 0}}));
  strong.set(x, val({{file, 0}}));
  REQUIRE(strong.get(x).find(env) == nullptr);
  REQUIRE(s.entries() == 3);  // one object, two labels
}

TEST_CASE_METHOD(Fixture, "labels built out of order are sorted with their best trace",
                 "[lattice]") {
  TraceId shortT = arena.step(0, 1, "read", "source");
  TraceId longT = arena.step(shortT, 2, "copied", "propagation");
  std::vector<Taint> ls{{file, longT, 2}, {env, 0, 0}, {file, shortT, 1}};
  normalizeLabels(ls);
  REQUIRE(ls.size() == 2);
  REQUIRE(std::is_sorted(ls.begin(), ls.end(),
                         [](const Taint &a, const Taint &b) { return a.label < b.label; }));
  const Taint &f = ls[0].label == file ? ls[0] : ls[1];
  REQUIRE(f.trace == shortT);
}

TEST_CASE_METHOD(Fixture, "withPath renames a symbolic label once and remembers it",
                 "[lattice]") {
  LabelId p = arena.label({Label::Symbolic, "param", "", 0, 1, 1});
  LabelId a = arena.withPath(p, ".cfg");
  REQUIRE(arena.label(a).path == ".cfg");
  REQUIRE(arena.withPath(p, ".cfg") == a);
  REQUIRE(arena.withPath(a, ".path") == arena.label({Label::Symbolic, "param", "", 0, 1, 1, "",
                                                     ".cfg.path"}));
}

TEST_CASE_METHOD(Fixture, "the value pool interns exactly and joins by id", "[lattice]") {
  ValuePool pool;
  ValuePool::Scope scope(pool);
  ValueId a = pool.intern(val({{env, 0}}, {x}));
  ValueId b = pool.intern(val({{file, 0}}));
  CHECK(pool.intern(AbsVal{}) == 0);
  CHECK(a != 0);
  CHECK(pool.intern(val({{env, 0}}, {x})) == a);  // equal values, one id
  CHECK(a != b);
  ValueId ab = pool.join(a, b);
  CHECK(pool.value(ab) == join(pool.value(a), pool.value(b)));
  CHECK(pool.join(b, a) == ab);                    // commutative, and remembered
  CHECK(pool.join(ab, a) == ab);                   // nothing new: the same id
  CHECK(pool.join(a, 0) == a);
  // Two states that hold equal values compare equal and share them.
  State s, t;
  s.reachable = t.reachable = true;
  s.set(x, val({{env, 0}}, {x}));
  t.set(x, val({{env, 0}}, {x}));
  CHECK(s == t);
  CHECK(s.objects.front().second == a);
  size_t before = pool.size();
  State u = s;                                     // a copy adds no value
  CHECK(pool.size() == before);
  CHECK(u.get(x) == s.get(x));
}

TEST_CASE_METHOD(Fixture, "compacting the pool keeps what live states hold", "[lattice]") {
  ValuePool pool;
  ValuePool::Scope scope(pool);
  State s;
  s.reachable = true;
  for (int i = 0; i < 50; ++i)  // values overwritten by later stores
    s.set(x, val({{i % 2 ? env : file, 0}}, {static_cast<ObjId>(100 + i)}));
  s.set(y, val({{env, 0}, {file, 0}}));
  AbsVal keptX = s.get(x), keptY = s.get(y);
  size_t before = pool.size();
  pool.compact({&s});
  CHECK(pool.size() == 3);  // bottom and the two live values
  CHECK(pool.size() < before);
  CHECK(s.get(x) == keptX);
  CHECK(s.get(y) == keptY);
  // Interning after compaction still finds the live values.
  CHECK(pool.intern(keptY) == s.objects.back().second);
}

TEST_CASE("joinAll of many values equals their pairwise joins", "[lattice]") {
  // Small joins sort every entry; large ones (past 512 labels or targets)
  // dedup through a slot table. Both must give the pairwise join: each
  // label once with its best (depth, trace), targets sorted and distinct,
  // and a second join on the same thread unaffected by the first.
  std::mt19937 rng(7);
  for (size_t count : {2u, 5u, 40u, 300u}) {
    std::vector<AbsVal> vals(count);
    for (AbsVal &v : vals) {
      std::vector<Taint> labels;
      for (int i = 0; i < 24; ++i)
        labels.push_back(Taint{static_cast<LabelId>(rng() % 900),
                               static_cast<TraceId>(rng() % 5),
                               static_cast<uint32_t>(rng() % 4)});
      normalizeLabels(labels);
      v.labels = labels;
      for (int i = 0; i < 24; ++i)
        v.addTarget(static_cast<ObjId>(rng() % 2000));
    }
    AbsVal folded;
    std::vector<const AbsVal *> ptrs;
    for (const AbsVal &v : vals) {
      folded.join(v);
      ptrs.push_back(&v);
    }
    CHECK(joinAll(ptrs) == folded);
    CHECK(joinAll(ptrs) == folded);  // the slot table was reset
  }
}

TEST_CASE("FlatMap64 agrees with std::map on random keys, the sentinel key included",
          "[lattice][flatmap]") {
  FlatMap64<uint32_t> flat;
  std::map<uint64_t, uint32_t> ref;
  std::mt19937_64 rng(7);
  for (uint32_t i = 0; i < 20000; ++i) {
    // Small ranges collide often; ~0 is the map's empty marker.
    uint64_t key = i % 97 == 0 ? ~uint64_t(0) : (rng() % 5000) << (i % 2 ? 32 : 0);
    bool stored = flat.insert(key, i);
    bool fresh = ref.emplace(key, i).second;
    REQUIRE(stored == fresh);
  }
  REQUIRE(flat.size() == ref.size());
  for (const auto &[k, v] : ref) {
    const uint32_t *got = flat.find(k);
    REQUIRE(got);
    REQUIRE(*got == v);  // the first value stays: insert never overwrites
  }
  REQUIRE(flat.find(12345678ull << 20) == nullptr);
  flat.clear();
  REQUIRE(flat.empty());
  REQUIRE(flat.find(~uint64_t(0)) == nullptr);
  REQUIRE(flat.find(ref.begin()->first) == nullptr);
}
