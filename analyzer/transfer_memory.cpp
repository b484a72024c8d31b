// Reads of abstract memory: what an object holds, with its members and
// what its enclosing objects hold (loadOwn, loadObject and its memo), the
// member pointees of interface objects (refineMemberPointee), and the parts
// of a value at one and two dereferences (partsHere, levels). The rest of
// the transfer functions are in transfer.cpp, calls in calls.cpp.
#include "analyzer/transfer.h"

#include "clang/AST/Decl.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace sluice {

using namespace clang;

namespace {

/// Member paths in symbolic atoms stop growing here (deeper members fold
/// into their enclosing one, which over-approximates).
constexpr long kMaxPathMembers = 3;
/// (object, member path) pairs partsHere keeps at one level of memory
/// before it keeps the objects alone.
constexpr size_t kMaxLevelParts = 256;
/// Labels one read of an object may carry (its members included); past it
/// the read keeps the first by rank, as joinBounded does at block entries.
constexpr size_t kMaxLoadedLabels = 256;
/// Labels and targets the load and parts memos hold at once.
constexpr size_t kMaxMemoEntries = 2'000'000;

/// Sorts and dedups (object, path id) pairs as single 64-bit keys: on an
/// interpreter loop's flow-insensitive state a level holds hundreds of
/// thousands of them, and the pair comparison was 8 % of sqlite3.c.
void sortUnique(std::vector<std::pair<ObjId, uint32_t>> &v) {
  std::vector<uint64_t> keys;
  keys.reserve(v.size());
  for (const auto &[o, id] : v)
    keys.push_back(uint64_t(o) << 32 | id);
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  v.clear();
  for (uint64_t k : keys)
    v.push_back({static_cast<ObjId>(k >> 32), static_cast<uint32_t>(k)});
}

/// Calls `f(field, path)` for every member of `o`, members of members
/// included, `path` being `at` followed by the member names (".a.b"), in
/// the order a depth-first walk from the last member meets them.
template <typename F> void eachMember(const Arena &arena, ObjId o, const std::string &at, F f) {
  std::vector<std::pair<ObjId, std::string>> work;
  for (ObjId m : arena.fields(o))
    work.push_back({m, at + "." + arena.object(m).field});
  while (!work.empty()) {
    auto [m, path] = work.back();
    work.pop_back();
    f(m, path);
    for (ObjId g : arena.fields(m))
      work.push_back({g, path + "." + arena.object(g).field});
  }
}

} // namespace

AbsVal Transfer::withPath(const AbsVal &v, const std::string &suffix) {
  AbsVal out;
  out.targets = v.targets;
  // Renamed labels lose their order: collect, sort, and keep the best trace
  // of each label (addLabel one by one would be quadratic).
  out.labels.reserve(v.labels.size());
  bool renamed = false;
  for (const Taint &t : v.labels) {
    const Label &l = arena_.label(t.label);
    if (l.cls == Label::Symbolic && !suffix.empty() &&
        std::count(l.path.begin(), l.path.end(), '.') < kMaxPathMembers) {
      out.labels.push_back({arena_.withPath(t.label, suffix), t.trace, t.depth});
      renamed = true;
    } else {
      out.labels.push_back(t);
    }
  }
  if (renamed)
    normalizeLabels(out.labels);
  return out;
}

AbsVal Transfer::loadOwn(ObjId o) {
  AbsVal v = st_->get(o);
  // A field also holds what was stored into its enclosing object as a
  // whole; a symbolic atom read that way names the member below it. A
  // number takes the data but not the addresses: the whole object's
  // pointees are what its pointer members point to, and a `long long`
  // member never does (redis: `server.busy_reply_threshold * 1000` stored
  // in a context made everything `server` points to reachable from it).
  bool number = false;
  if (arena_.object(o).kind == Object::Field && arena_.object(o).key)
    number = holdsNoAddress(static_cast<const FieldDecl *>(arena_.object(o).key)->getType());
  std::string suffix;
  ObjId root = o;
  for (ObjId b = o; arena_.object(b).kind == Object::Field;) {
    suffix = "." + arena_.object(b).field + suffix;
    b = arena_.object(b).base;
    root = b;
    AbsVal whole = withPath(st_->get(b), suffix);
    if (number)
      whole.targets.clear();
    v.join(whole);
  }
  if (root != o)
    refineMemberPointee(o, root, suffix, v);
  return v;
}

bool Transfer::selfReferential(const RecordDecl *rd) {
  rd = rd->getDefinition() ? rd->getDefinition() : rd;
  auto [it, fresh] = selfReferential_.try_emplace(rd, false);
  if (!fresh)
    return it->second;
  for (const FieldDecl *f : rd->fields()) {
    QualType t = f->getType().getCanonicalType();
    if (const ArrayType *at = t->getAsArrayTypeUnsafe())
      t = at->getElementType().getCanonicalType();
    if (!t->isPointerType())
      continue;
    const RecordDecl *to = t->getPointeeType()->getAsRecordDecl();
    if (to && to->getCanonicalDecl() == rd->getCanonicalDecl())
      return it->second = true;
  }
  return false;
}

void Transfer::refineMemberPointee(ObjId field, ObjId root, const std::string &suffix,
                                   AbsVal &v) {
  auto rs = seeds_.find(root);
  if (rs == seeds_.end() || rs->second.next == ~0u)
    return;
  ObjId generic = rs->second.next;
  auto at = std::lower_bound(v.targets.begin(), v.targets.end(), generic);
  if (at == v.targets.end() || *at != generic)
    return;
  const auto *fd = dyn_cast_or_null<FieldDecl>(static_cast<const Decl *>(arena_.object(field).key));
  if (!fd)
    return;
  QualType t = fd->getType();
  if (const ArrayType *at2 = t->getAsArrayTypeUnsafe())
    t = at2->getElementType();
  if (!t->isPointerType() && !t->isReferenceType())
    return;
  // A structure with a member that points to its own kind (`self`, `next`,
  // `parent`) may lead back to the memory a member is read from, at any
  // level: its members keep the generic object, which stands for every
  // level below (a context handed down through its own `self` pointer, the
  // synthetic benchmark's shape, lost every planted flow otherwise).
  if (selfReferential(fd->getParent()))
    return;
  Label l = arena_.label(rs->second.label);
  l.path += suffix + "*";
  ObjId p = arena_.pointee(field);
  if (p == field || std::count(l.path.begin(), l.path.end(), '.') > kMaxPathMembers)
    return;  // too deep to tell apart: the generic object stands for it
  auto gs = seeds_.find(generic);
  if (gs == seeds_.end())
    return;
  const Seed genericSeed = gs->second;  // the emplace below may rehash
  l.derefs = arena_.label(genericSeed.label).derefs;
  LabelId own = arena_.label(l);
  seeds_.try_emplace(p, Seed{own, genericSeed.next});
  // The member's pointee holds what the generic object holds, its entry
  // label renamed; kept current at every read of the member.
  const AbsVal &g = st_->get(generic);
  AbsVal mine;
  mine.targets = g.targets;
  mine.labels.reserve(g.labels.size());
  for (const Taint &x : g.labels)
    mine.labels.push_back(x.label == genericSeed.label ? Taint{own, x.trace, x.depth} : x);
  normalizeLabels(mine.labels);
  st_->add(p, mine);
  st_->add(field, AbsVal{{}, {p}});
  v.targets.erase(at);
  v.addTarget(p);
  work_ += g.labels.size() + g.targets.size() + 1;
}

void Transfer::memoizeLoadsFor(const State *s) {
  loads_.values = {};
  loads_.entries = 0;
  loads_.version = st_ ? st_->version : 0;
  loads_.objects = arena_.objectCount();
  loads_.seeds = seeds_.size();
  loads_.round = s;
  loads_.parts.clear();
}

bool Transfer::inLoadRound() const {
  return loads_.round && loads_.round == st_ && st_->weakOnly;
}

bool Transfer::loadMemoCurrent() const {
  if (inLoadRound())
    return true;
  return loads_.version == st_->version && loads_.objects == arena_.objectCount() &&
         loads_.seeds == seeds_.size();
}

AbsVal Transfer::loadObject(ObjId o) {
  if (!loadMemoCurrent() || loads_.entries > kMaxMemoEntries) {
    // clear() walks every bucket, and a large table keeps its buckets.
    if (loads_.values.bucket_count() > 4096)
      loads_.values = {};
    else if (!loads_.values.empty())
      loads_.values.clear();
    loads_.parts.clear();
    loads_.entries = 0;
    loads_.version = st_->version;
    loads_.objects = arena_.objectCount();
    loads_.seeds = seeds_.size();
  }
  if (auto it = loads_.values.find(o); it != loads_.values.end()) {
    replay(it->second.work, it->second.widened);
    return it->second.value;
  }
  auto [v, work, widened] = measured([&] { return loadObjectUncached(o); });
  if (loadMemoCurrent()) {  // else the load refined the state: not repeatable as is
    loads_.entries += v.labels.size() + v.targets.size() + 1;
    loads_.values.emplace(o, LoadMemo::Loaded{v, work, widened});
  }
  return v;
}

AbsVal Transfer::loadObjectUncached(ObjId o) {
  AbsVal own = loadOwn(o);
  // An object read as a whole includes its fields: joined at once, as a
  // pairwise join per field is quadratic in a wide structure's labels.
  std::vector<const AbsVal *> parts{&own};
  std::vector<ObjId> work = arena_.fields(o);
  while (!work.empty()) {
    ObjId f = work.back();
    work.pop_back();
    if (const AbsVal &held = st_->get(f); !held.empty())
      parts.push_back(&held);
    const auto &sub = arena_.fields(f);
    work.insert(work.end(), sub.begin(), sub.end());
  }
  AbsVal v = parts.size() == 1 ? std::move(own) : joinAll(parts);
  // A struct read whole joins every member: bound what one read may carry.
  if (v.labels.size() > kMaxLoadedLabels) {
    capLabels(v, kMaxLoadedLabels, arena_.labelRanks());
    widened_ = true;
  }
  work_ += v.labels.size() + v.targets.size() + 1;
  return v;
}

AbsVal Transfer::objectValue(State &st, ObjId o) {
  State *saved = st_;
  st_ = &st;
  AbsVal v = loadObject(o);
  st_ = saved;
  return v;
}

void Transfer::valueLevels(State &st, const AbsVal &v, AbsVal (&out)[3]) {
  State *saved = st_;
  st_ = &st;
  levels(v, out);
  st_ = saved;
}

std::vector<std::pair<std::string, AbsVal>> Transfer::partsHere(const AbsVal &v, int derefs) {
  if (!inLoadRound())
    return partsUncached(v, derefs);
  auto key = std::make_pair(derefs, v.targets);
  if (auto it = loads_.parts.find(key); it != loads_.parts.end()) {
    replay(it->second.work, it->second.widened);
    return it->second.value;
  }
  auto [out, work, widened] = measured([&] { return partsUncached(v, derefs); });
  size_t held = 0;
  for (const auto &[path, val] : out)
    held += val.labels.size() + val.targets.size() + 1;
  if (loads_.entries + held <= kMaxMemoEntries) {
    loads_.entries += held;
    loads_.parts.emplace(std::move(key), LoadMemo::Parts{out, work, widened});
  }
  return out;
}

std::vector<std::pair<std::string, AbsVal>> Transfer::partsUncached(const AbsVal &v, int derefs) {
  // The objects at the level read, each with the path of the pointers that
  // led there: each dereference past the first follows what an object
  // holds as a whole (path "" when nothing above is named, else one more
  // '*') and what each of its pointer members holds (".log*"), so that
  // what lies behind different members stays apart.
  // Paths are interned while levels are followed: sorting (object, path
  // string) pairs was a sixth of sqlite3.c's worker time.
  std::vector<std::string> names{std::string()};
  std::unordered_map<std::string, uint32_t> ids{{std::string(), 0}};
  auto intern = [&](std::string path) {
    if (std::count(path.begin(), path.end(), '.') > kMaxPathMembers)
      path.clear();  // too deep to name: the whole level (overlaps every member)
    auto [it, fresh] = ids.try_emplace(path, static_cast<uint32_t>(names.size()));
    if (fresh)
      names.push_back(std::move(path));
    return it->second;
  };
  std::vector<std::pair<ObjId, uint32_t>> objs;
  for (ObjId o : v.targets)
    objs.push_back({o, 0});
  for (int d = 1; d < derefs; ++d) {
    std::vector<std::pair<ObjId, uint32_t>> next;
    for (const auto &[o, preId] : objs) {
      const std::string pre = names[preId];
      uint32_t whole = pre.empty() ? 0 : intern(pre + "*");
      for (ObjId t : loadOwn(o).targets)
        next.push_back({t, whole});
      eachMember(arena_, o, pre, [&](ObjId f, const std::string &path) {
        const AbsVal &held = st_->get(f);
        if (held.targets.empty())
          return;
        uint32_t id = intern(path + "*");
        for (ObjId t : held.targets)
          next.push_back({t, id});
      });
    }
    sortUnique(next);
    if (next.size() > kMaxLevelParts) {
      // Objects reached through many member paths (a recursive structure
      // folded by the arena): keep the objects, not the paths.
      for (auto &[t, id] : next)
        id = 0;
      next.erase(std::unique(next.begin(), next.end()), next.end());
      widened_ = true;
    }
    objs = std::move(next);
  }
  std::map<std::string, std::vector<const AbsVal *>> members;
  members[std::string()];
  for (const auto &[o, atId] : objs) {
    const std::string &at = names[atId];
    if (const AbsVal &whole = st_->get(o); at.empty() || !whole.empty())
      members[at].push_back(&whole);
    // Members, each under its path; deeper members under longer paths.
    eachMember(arena_, o, at, [&](ObjId f, const std::string &path) {
      if (const AbsVal &own = st_->get(f); !own.empty())
        members[path].push_back(&own);
    });
  }
  std::vector<std::pair<std::string, AbsVal>> out;
  out.reserve(members.size());
  for (auto &[path, vals] : members) {
    out.push_back({path, joinAll(vals)});
    work_ += vals.size() + 1;
  }
  return out;
}

std::vector<std::pair<std::string, AbsVal>> Transfer::parts(State &st, const AbsVal &v, int derefs) {
  State *saved = st_;
  st_ = &st;
  auto out = partsHere(v, derefs);
  st_ = saved;
  return out;
}

void Transfer::levels(const AbsVal &v, AbsVal (&out)[3]) {
  out[0] = v;
  out[1] = AbsVal{};
  out[2] = AbsVal{};
  for (ObjId o : v.targets)
    out[1].join(loadObject(o));
  for (ObjId o : out[1].targets)
    out[2].join(loadObject(o));
}

} // namespace sluice
