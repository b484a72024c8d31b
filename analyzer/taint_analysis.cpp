#include "analyzer/taint_analysis.h"
#include "analyzer/member_kinds.h"

#include "analyzer/cap_guards.h"

#include "analyzer/const_eval.h"
#include "analyzer/process_memory.h"
#include "analyzer/transfer.h"
#include "analyzer/value_pool.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Analysis/CFG.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <fmt/format.h>

#include <chrono>
#include <cstdio>
#include <set>

namespace sluice {

using namespace clang;

std::string reportPath(const std::string &file, const std::string &root) {
  llvm::SmallString<256> abs(file);
  llvm::sys::fs::make_absolute(abs);
  llvm::sys::path::remove_dots(abs, /*remove_dot_dot=*/true);
  std::string a(abs.str());
  if (!root.empty() && a.size() > root.size() && a.compare(0, root.size(), root) == 0 &&
      a[root.size()] == '/')
    return a.substr(root.size() + 1);
  return a;
}

namespace {

/// Upper bound on block visits per function, as a multiple of its blocks:
/// the lattice has finite height, so this only guards against bugs.
constexpr unsigned kVisitsPerBlock = 64;
/// Labels an object may hold at a block entry (State::joinBounded).
constexpr size_t kMaxLabelsPerObject = 64;
/// Per-function budgets of the flow-sensitive fixpoint, in state entries:
/// an (object, value) pair held at a block entry, or a label or pointer
/// target of a distinct value in the function's ValuePool. The first bounds
/// what block states and the pool hold at once, the second what block
/// visits copy in total. Past either, the function is analyzed
/// flow-insensitively (one state).
constexpr size_t kMaxStateEntries = 8'000'000;
constexpr size_t kMaxCopiedEntries = 100'000'000;
/// The pool keeps every value a statement ever stored; past this many
/// entries (and twice what was live after the last time) it is compacted
/// to the values block states still hold.
constexpr size_t kCompactPoolEntries = 1'000'000;
/// Per-function budget of Transfer::work() for the flow-sensitive fixpoint,
/// and again for the flow-insensitive rounds.
constexpr size_t kMaxTransferWork = 100'000'000;
/// Rounds of the flow-insensitive fallback before it reports non-convergence.
constexpr unsigned kFlowInsensitiveRounds = 32;

/// Turns source positions into report locations.
class Locator {
public:
  Locator(ASTContext &ctx, const std::string &root)
      : ctx_(ctx), sm_(ctx.getSourceManager()), root_(root) {}

  report::Location at(SourceLocation loc, SourceLocation end = {}) const {
    report::Location out;
    loc = sm_.getFileLoc(loc);
    if (loc.isInvalid())
      return out;
    out.file = reportPath(sm_.getFilename(loc).str(), root_);
    out.line = sm_.getSpellingLineNumber(loc);
    out.column = sm_.getSpellingColumnNumber(loc);
    if (end.isValid()) {
      end = sm_.getFileLoc(end);
      end = Lexer::getLocForEndOfToken(end, 0, sm_, ctx_.getLangOpts());
      if (end.isValid() && sm_.getFileID(end) == sm_.getFileID(loc)) {
        out.endLine = sm_.getSpellingLineNumber(end);
        out.endColumn = sm_.getSpellingColumnNumber(end);
      }
    }
    bool invalid = false;
    llvm::StringRef buf = sm_.getBufferData(sm_.getFileID(loc), &invalid);
    if (!invalid) {
      unsigned off = sm_.getFileOffset(loc);
      size_t start = buf.rfind('\n', off);
      start = start == llvm::StringRef::npos ? 0 : start + 1;
      size_t stop = buf.find('\n', off);
      out.snippet = buf.slice(start, stop).trim().str();
    }
    return out;
  }

private:
  ASTContext &ctx_;
  const SourceManager &sm_;
  const std::string &root_;
};

class FunctionAnalyzer : public FactObserver {
public:
  FunctionAnalyzer(ASTContext &ctx, const RuleSet &rules, const Locator &locate, Arena &arena,
                   ConstantFolder &folder, GuardUnit &guardUnit, TUAnalysis &out)
      : ctx_(ctx), rules_(rules), locate_(locate), arena_(arena), folder_(folder),
        guardUnit_(guardUnit), out_(out) {}
  ~FunctionAnalyzer() override {
    if (guards_)
      guards_->release();
  }

  void run(const FunctionDecl *fd) {
    fn_ = fd;
    // Values of this function's states; released when it is done.
    ValuePool pool;
    ValuePool::Scope poolScope(pool);
    liveAfterCompact_ = 0;
    facts_.usr = usrOf(fd);
    if (facts_.usr.empty())
      return;
    facts_.name = fd->getQualifiedNameAsString();
    facts_.location = locate_.at(fd->getLocation());
    facts_.location.snippet.clear();
    facts_.signature = fd->getType().getCanonicalType().getAsString();
    if (const auto *md = dyn_cast<CXXMethodDecl>(fd))
      collectOverrides(md);
    if (fd->isMain())
      facts_.entry = "main";
    else if (fd->hasAttr<ConstructorAttr>())
      facts_.entry = "constructor";
    facts_.isStatic = !fd->isExternallyVisible();
    guards_ = guardUnit_.finder(fd);

    CFG::BuildOptions bo;
    bo.PruneTriviallyFalseEdges = true;
    bo.AddImplicitDtors = true;
    bo.AddInitializers = true;
    bo.AddCXXDefaultInitExprInCtors = true;
    std::unique_ptr<CFG> cfg = CFG::buildCFG(fd, fd->getBody(), &ctx_, bo);
    if (!cfg) {
      notify("cfg-failed", "could not build a control-flow graph for '" + facts_.name +
                               "'; the function was skipped");
      return;
    }
    ++out_.functionsAnalyzed;
    Transfer tr(ctx_, rules_, arena_, fd, &folder_);
    std::vector<FoundObfuscation> hidden = findObfuscation(ctx_, fd);
    {
      std::map<const Expr *, std::string> stores;
      for (const FoundObfuscation &o : hidden)
        for (const Expr *e : o.stores)
          stores.emplace(e, o.kind == "decode-loop" ? "decoding loop"
                                                    : "string built character by character");
      tr.setDecodingStores(std::move(stores));
    }
    unsigned n = cfg->getNumBlockIDs();
    std::vector<const CFGBlock *> blocks(n, nullptr);
    for (const CFGBlock *b : *cfg)
      blocks[b->getBlockID()] = b;
    std::vector<unsigned> order = reversePostOrder(*cfg);
    std::vector<unsigned> rank(n, ~0u);
    for (unsigned i = 0; i < order.size(); ++i)
      rank[order[i]] = i;

    std::vector<State> in(n);
    unsigned entryId = cfg->getEntry().getBlockID();
    tr.seedEntry(in[entryId]);
    facts_.variadicIndex = tr.variadicIndex();
    auto started = std::chrono::steady_clock::now();
    auto elapsedMs = [&started] {
      return static_cast<long long>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                        std::chrono::steady_clock::now() - started)
                                        .count());
    };
    Cost cost;
    bool precise = false;
    if (forceFlowInsensitive())
      cost.reason = "forced by SLUICE_FLOW_INSENSITIVE";
    else
      precise = flowSensitive(tr, blocks, order, rank, in, cost);
    // Too large for a state per block: one state for the whole function.
    State all;
    if (!precise && traceFunctions())
      std::fprintf(stderr,
                   "sluice: function %s gave up per-block: %s (rss-mib=%zu, pool %zu entries "
                   "in %zu values, ms=%lld)\n",
                   facts_.name.c_str(), cost.reason.c_str(), residentMiB(), pool.entries(),
                   pool.size(),
                   elapsedMs());
    if (!precise) {
      all = std::move(in[entryId]);  // the entry block has no predecessors
      in.clear();
      in.shrink_to_fit();
      flowInsensitive(tr, blocks, order, all, cost);
      facts_.widened = true;
      notify("function-flow-insensitive",
             fmt::format("'{}' is too large to analyze block by block ({} blocks; {}); it was "
                         "analyzed flow-insensitively, so its findings may include flows a "
                         "path through it rules out",
                         facts_.name, n, cost.reason));
    }
    if (traceFunctions())
      std::fprintf(stderr, "sluice: function %s blocks=%u visits=%u peak-entries=%zu "
                           "copied=%zu work=%zu arena-objects=%zu arena-labels=%zu "
                           "arena-traces=%zu rss-mib=%zu mode=%s ms=%lld\n",
                   facts_.name.c_str(), n, cost.visits, cost.peakEntries, cost.copied, cost.work,
                   arena_.objectCount(), arena_.labelCount(), arena_.traceCount(), residentMiB(),
                   precise ? "per-block" : "flow-insensitive",
                   elapsedMs());

    // Facts are recorded over the converged states, apart from transfer.
    std::map<const VarDecl *, std::string> decoded;
    for (const FoundObfuscation &o : hidden)
      if (o.var && !o.value.empty())
        decoded[o.var] = o.value;
    tr.setDecodedText(std::move(decoded));
    tr.setObserver(this);
    tr.setWorkLimit(tr.work() + kMaxTransferWork);
    bool complete = true;
    if (precise) {
      for (const CFGBlock *b : *cfg) {
        State s = in[b->getBlockID()];
        if (s.reachable && !(complete = runBlock(tr, *b, s)))
          break;
        compactPool(pool, in, nullptr);
      }
      if (complete)
        exitOutputs(tr, in[cfg->getExit().getBlockID()]);
    } else {
      std::vector<State> none;
      tr.memoizeLoadsFor(&all);
      for (unsigned id : order) {
        if (!(complete = runBlock(tr, *blocks[id], all)))
          break;
        compactPool(pool, none, &all);
      }
      tr.memoizeLoadsFor(nullptr);
      if (complete)
        exitOutputs(tr, all);
    }
    if (traceFunctions())
      std::fprintf(stderr, "sluice: function %s recorded ms=%lld\n", facts_.name.c_str(),
                   elapsedMs());
    if (!complete)
      notify("fixpoint-budget",
             fmt::format("recording the facts of '{}' passed its work budget; its findings "
                         "may be incomplete",
                         facts_.name));
    // connect() has no literal peer of its own: the address named in the
    // same function (inet_addr("203.0.113.9"), getaddrinfo("host")) is it.
    std::set<std::string> peers;
    for (const facts::Capability &c : facts_.capabilities)
      if (c.kind == "net-address" && !c.value.empty())
        peers.insert(c.value);
    // Only where that pairing is unambiguous: one address, one connect, and
    // no listening socket whose port could be the one named.
    size_t connects = 0, servers = 0;
    for (const facts::Capability &c : facts_.capabilities) {
      connects += c.kind == "net-connect";
      servers += c.kind == "net-listen" || c.kind == "net-accept";
    }
    std::set<int64_t> ports = findPorts(ctx_, fd);
    std::string peer = peers.size() == 1 && connects == 1 ? *peers.begin() : std::string();
    if (!peer.empty() && ports.size() == 1 && servers == 0)
      peer += ":" + std::to_string(*ports.begin());
    if (!peer.empty())
      for (facts::Capability &c : facts_.capabilities)
        if (c.kind == "net-connect" && c.value.empty())
          c.value = peer;
    // Access granted on a hard-coded credential: the comparison is its
    // guard (what encloses the granting statement is added).
    if (guards_)
      for (const FoundGrant &g : findAccessGrants(ctx_, fd, *guards_)) {
        facts::Capability c;
        c.kind = "access-grant";
        c.api = facts_.name;
        c.value = g.outcome;
        c.location = locate_.at(g.stmt->getBeginLoc(), g.stmt->getEndLoc());
        c.guards = guards(g.stmt);
        facts::Guard own{g.guard.kind, g.guard.constant, locate_.at(g.guard.loc),
                         g.guard.subject};
        // The credential's comparison first: it is the one to show.
        c.guards.erase(std::remove(c.guards.begin(), c.guards.end(), own), c.guards.end());
        c.guards.insert(c.guards.begin(), std::move(own));
        facts_.capabilities.push_back(std::move(c));
      }
    for (const FoundObfuscation &o : hidden) {
      facts::Capability c;
      c.kind = o.kind;
      c.api = o.kind == "decode-loop" ? "decoding loop" : "character stores";
      c.value = o.value;
      c.location = locate_.at(o.loc);
      facts_.capabilities.push_back(std::move(c));
    }
    facts_.widened |= tr.widened();
    std::sort(facts_.capabilities.begin(), facts_.capabilities.end(),
              [](const facts::Capability &a, const facts::Capability &b) {
                return std::tie(a.location.line, a.location.column, a.kind, a.api, a.value) <
                       std::tie(b.location.line, b.location.column, b.kind, b.api, b.value);
              });
    facts::boundFlows(facts_);
    out_.facts.functions.push_back(std::move(facts_));
  }

  /// What the fixpoint spent, and why it gave up on per-block states.
  struct Cost {
    unsigned visits = 0;
    size_t entries = 0;      // (object, value) pairs over all block states
    size_t peakEntries = 0;
    size_t copied = 0;       // pairs copied into block visits so far
    size_t work = 0;         // Transfer::work() spent by the fixpoint
    std::string reason;
  };

  /// The flow-sensitive fixpoint: one state per block entry, blocks in
  /// reverse post-order. False when the function outgrows its budgets;
  /// `in` then holds a partial result the caller discards.
  bool flowSensitive(Transfer &tr, const std::vector<const CFGBlock *> &blocks,
                     const std::vector<unsigned> &order, const std::vector<unsigned> &rank,
                     std::vector<State> &in, Cost &cost) {
    const size_t n = blocks.size();
    std::set<unsigned> work;  // ranks, so blocks run in reverse post-order
    work.insert(0);
    for (const State &s : in)
      cost.entries += s.size();
    const size_t visitBudget = kVisitsPerBlock * n + 64;
    tr.setWorkLimit(tr.work() + kMaxTransferWork);
    ValuePool &pool = ValuePool::current();
    while (!work.empty()) {
      unsigned id = order[*work.begin()];
      work.erase(work.begin());
      if (++cost.visits > visitBudget) {
        cost.reason = fmt::format("no fixpoint within {} block visits", visitBudget);
        return false;
      }
      cost.copied += in[id].size();
      if (cost.copied > kMaxCopiedEntries) {
        cost.reason = fmt::format("{} state entries copied into block visits", cost.copied);
        return false;
      }
      const CFGBlock *b = blocks[id];
      State s = in[id];
      size_t w0 = tr.work();
      bool within = runBlock(tr, *b, s);
      cost.work += tr.work() - w0;
      if (!within) {
        cost.reason = fmt::format("more than {} units of transfer work", kMaxTransferWork);
        return false;
      }
      std::optional<bool> branch = constantBranch(*b);
      const Expr *cond = b->succ_size() == 2 ? b->getLastCondition() : nullptr;
      unsigned k = 0;
      for (const CFGBlock::AdjacentBlock &succ : b->succs()) {
        unsigned idx = k++;
        const CFGBlock *t = succ.getReachableBlock();
        if (!t || (branch && idx == (*branch ? 1u : 0u)))
          continue;  // an edge the condition's constant value rules out
        State &target = in[t->getBlockID()];
        std::ptrdiff_t grown = 0;
        bool changed;
        if (cond && !isa_and_nonnull<SwitchStmt>(b->getTerminatorStmt())) {
          cost.copied += s.size();
          State edge = s;
          tr.applyGuard(cond, idx == 0, edge);
          changed = target.joinBounded(edge, kMaxLabelsPerObject, arena_.labelRanks(),
                                       &facts_.widened, &grown);
        } else {
          changed = target.joinBounded(s, kMaxLabelsPerObject, arena_.labelRanks(),
                                       &facts_.widened, &grown);
        }
        if (!changed)
          continue;
        cost.entries += grown;
        size_t held = cost.entries + pool.entries();
        cost.peakEntries = std::max(cost.peakEntries, held);
        if (held > kMaxStateEntries) {
          cost.reason = fmt::format("{} state entries over its blocks and values", held);
          return false;
        }
        work.insert(rank[t->getBlockID()]);
      }
      compactPool(pool, in, nullptr);
    }
    return true;
  }

  /// Drops the values no block state holds any more (they were stored by
  /// statements and overwritten since), once the pool has grown enough for
  /// it to pay.
  void compactPool(ValuePool &pool, std::vector<State> &in, State *also) {
    if (pool.entries() < std::max(kCompactPoolEntries, 2 * liveAfterCompact_))
      return;
    std::vector<State *> live;
    for (State &s : in)
      live.push_back(&s);
    if (also)
      live.push_back(also);
    pool.compact(live);
    liveAfterCompact_ = pool.entries();
  }

  /// The flow-insensitive fallback: every block runs on one state with weak
  /// updates only, in rounds until nothing grows. Sound for the flows
  /// (a superset of the per-block ones) in memory linear in the objects;
  /// guards and strong updates are lost.
  void flowInsensitive(Transfer &tr, const std::vector<const CFGBlock *> &blocks,
                       const std::vector<unsigned> &order, State &all, Cost &cost) {
    all.weakOnly = true;
    all.reachable = true;
    size_t size = all.entries();
    size_t workBefore = cost.work;
    tr.setWorkLimit(tr.work() + kMaxTransferWork);
    std::vector<State> none;
    for (unsigned round = 0; round < kFlowInsensitiveRounds; ++round) {
      size_t w0 = tr.work();
      bool within = true;
      tr.memoizeLoadsFor(&all);
      for (unsigned id : order) {
        if (!(within = runBlock(tr, *blocks[id], all)))
          break;
        // Every weak update interns a grown value and leaves the old one
        // behind: without this, sqlite3VdbeExec's rounds took 1.8 GiB.
        compactPool(ValuePool::current(), none, &all);
      }
      tr.memoizeLoadsFor(nullptr);
      cost.work += tr.work() - w0;
      cost.visits += static_cast<unsigned>(order.size());
      if (all.capLabels(kMaxLabelsPerObject, arena_.labelRanks()))
        facts_.widened = true;
      compactPool(ValuePool::current(), none, &all);
      size_t now = all.entries();
      cost.peakEntries = std::max(cost.peakEntries, now);
      if (within && now == size)
        return;  // weak updates only add: an unchanged size is a fixpoint
      size = now;
      if (!within) {
        notify("fixpoint-budget",
               fmt::format("the flow-insensitive analysis of '{}' stopped after {} rounds "
                           "({} units of transfer work) before its fixpoint; its findings "
                           "may be incomplete",
                           facts_.name, round + 1, cost.work - workBefore));
        return;
      }
    }
    notify("fixpoint-budget",
           fmt::format("the flow-insensitive analysis of '{}' did not converge within {} "
                       "rounds; its findings may be incomplete",
                       facts_.name, kFlowInsensitiveRounds));
  }

  /// Every function takes the flow-insensitive fallback: a testing aid
  /// (`run_corpus.py --flow-insensitive`, CTest corpus-flow-insensitive),
  /// as only functions far larger than a test's reach it otherwise.
  static bool forceFlowInsensitive() {
    static const bool on = std::getenv("SLUICE_FLOW_INSENSITIVE") != nullptr;
    return on;
  }

  static bool traceFunctions() {
    static const bool on = std::getenv("SLUICE_TRACE_FUNCTIONS") != nullptr;  // a debugging aid
    return on;
  }

  // ---- FactObserver --------------------------------------------------------

  void onSink(const SinkHit &hit) override {
    for (const Taint &t : hit.value.labels) {
      facts::SinkFact s;
      if (!atom(t.label, s.from) || s.from.excludes(hit.row->kind))
        continue;
      s.sinkKind = hit.row->kind;
      s.api = hit.api;
      s.location = locate_.at(hit.call->getBeginLoc(), hit.call->getEndLoc());
      s.argLocation = locate_.at(hit.arg->getBeginLoc(), hit.arg->getEndLoc());
      s.steps = steps(t.trace);
      s.requiredHandle = hit.requiredHandle;
      for (const Taint &h : hit.handleValue.labels) {
        facts::Atom x;
        if (atom(h.label, x))
          s.handleFrom.push_back(std::move(x));
      }
      facts_.sinks.push_back(std::move(s));
    }
  }

  void onCall(const ProgramCall &pc) override {
    if (facts_.calls.size() <= static_cast<size_t>(pc.index))
      facts_.calls.resize(static_cast<size_t>(pc.index) + 1);
    facts::CallSite &c = facts_.calls[static_cast<size_t>(pc.index)];
    c.callees = pc.callees;
    std::sort(c.callees.begin(), c.callees.end());
    c.callees.erase(std::unique(c.callees.begin(), c.callees.end()), c.callees.end());
    c.virtualMethod = pc.virtualMethod;
    c.indirectSignature = pc.indirectSignature;
    c.calleeName = pc.calleeName;
    c.location = locate_.at(pc.loc);
    c.argText = pc.argText;
    c.secretNames = pc.secretNames;
    c.argCount = static_cast<int>(pc.args.size());
    c.calleeParam = pc.calleeParam;
    c.calleeField = pc.calleeField;
    c.passed = pc.passed;
    if (pc.expr)
      c.guards = guards(pc.expr);
    for (size_t i = 0; i < pc.args.size(); ++i) {
      facts::Output o;
      o.kind = facts::Output::CallArg;
      o.call = pc.index;
      o.index = static_cast<int>(i);
      flows(pc.args[i].value, o);
      for (int d = 1; d < 3; ++d)
        for (const auto &[path, v] : coarsen(pc.args[i].level[d - 1])) {
          o.derefs = d;
          o.path = path;
          flows(v, o);
        }
    }
  }

  void onReturn(const Stmt *, const Parts (&levels)[3]) override {
    for (int d = 0; d < 3; ++d)
      for (const auto &[path, v] : coarsen(levels[d])) {
        facts::Output o;
        o.kind = facts::Output::Return;
        o.derefs = d;
        o.path = path;
        flows(v, o);
      }
  }

  void onCapture(const VarDecl *, const std::string &key, const AbsVal (&levels)[3]) override {
    for (int d = 0; d < 3; ++d) {
      facts::Output o;
      o.kind = facts::Output::GlobalOut;
      o.global = key;
      o.derefs = d;
      flows(levels[d], o);
    }
  }

  void onCapability(const Expr *call, const std::string &kind, const std::string &api,
                    const std::string &value, int valueParam,
                    const std::string &requiredHandle, const AbsVal &handle) override {
    // `if (setuid(0) == 0) return -1;` checks that root cannot be regained:
    // the program goes on only where the change failed.
    if (kind == "priv-change" && value == "0" && guards_ && guards_->successLeaves(call))
      return;
    facts::Capability c;
    c.kind = kind;
    c.api = api;
    c.value = value;
    c.location = locate_.at(call->getBeginLoc(), call->getEndLoc());
    c.requiredHandle = requiredHandle;
    c.valueParam = valueParam;
    // The same call seen again (a block visited twice) adds nothing; the
    // same call with another value (one of several texts) adds a use.
    bool callSeen = false;
    for (const facts::Capability &x : facts_.capabilities)
      if (x.kind == c.kind && x.api == c.api && x.location.line == c.location.line &&
          x.location.column == c.location.column) {
        if (x.value == c.value)
          return;
        callSeen = true;
      }
    if (!requiredHandle.empty() && !callSeen) {
      // The link step settles the handle like a sink's: a sink fact whose
      // data is the capability itself.
      facts::SinkFact s;
      s.from.kind = facts::Atom::Source;
      s.from.sourceKind = "capability";
      s.from.api = kind;
      s.from.loc = c.location;
      s.sinkKind = "capability:" + kind;
      s.api = api;
      s.location = c.location;
      s.argLocation = c.location;
      s.requiredHandle = requiredHandle;
      for (const Taint &h : handle.labels) {
        facts::Atom x;
        if (atom(h.label, x))
          s.handleFrom.push_back(std::move(x));
      }
      if (s.handleFrom.empty())
        return;
      facts_.sinks.push_back(std::move(s));
    }
    c.guards = guards(call);
    facts_.capabilities.push_back(std::move(c));
  }

  void onAddressTaken(const FunctionDecl *fd) override {
    std::string u = usrOf(fd);
    if (!u.empty())
      out_.facts.addressTaken.push_back(u);
  }

private:
  std::vector<facts::Guard> guards(const Stmt *s) {
    std::vector<facts::Guard> out;
    if (!guards_)
      return out;
    for (const FoundGuard &g : guards_->guardsOf(s)) {
      facts::Guard x{g.kind, g.constant, locate_.at(g.loc), g.subject};
      if (std::find(out.begin(), out.end(), x) == out.end())
        out.push_back(std::move(x));
    }
    return out;
  }

  void collectOverrides(const CXXMethodDecl *md) {
    std::vector<const CXXMethodDecl *> work(md->begin_overridden_methods(),
                                            md->end_overridden_methods());
    std::set<const CXXMethodDecl *> seen;
    while (!work.empty()) {
      const CXXMethodDecl *m = work.back();
      work.pop_back();
      if (!seen.insert(m).second)
        continue;
      facts_.overrides.push_back(usrOf(m));
      work.insert(work.end(), m->begin_overridden_methods(), m->end_overridden_methods());
    }
    std::sort(facts_.overrides.begin(), facts_.overrides.end());
  }

  /// What the function leaves behind its parameters and in globals.
  void exitOutputs(Transfer &tr, State &exit) {
    if (!exit.reachable)
      return;
    // What the caller's memory holds on return: the object each parameter
    // pointed to on entry and whatever that object now points to, member by
    // member; likewise for globals (level 0 is the global's own storage).
    for (const Interface::Slot &p : tr.interface().params)
      for (int d = 1; d < 3; ++d)
        interfaceFlows(tr, exit, AbsVal{{}, {p.level[1]}}, d, facts::Output::ParamOut, p.index,
                       "", d);
    for (const Interface::Global &g : tr.interface().globals)
      for (int d = 0; d < 3; ++d)
        interfaceFlows(tr, exit, AbsVal{{}, {g.var}}, d + 1, facts::Output::GlobalOut, 0, g.key,
                       d);
  }

  /// Flows into one interface output, member by member, leaving out the
  /// location's own initial value (it says nothing).
  void interfaceFlows(Transfer &tr, State &exit, const AbsVal &at, int partsDepth,
                      facts::Output::Kind kind, int index,
                      const std::string &global, int derefs) {
    facts::Output o;
    o.kind = kind;
    o.index = index;
    o.global = global;
    o.derefs = derefs;
    // Members still holding only what they held on entry say nothing, and
    // do not count towards the paths coarsen() merges: a function that
    // reads forty members of a global and writes two keeps those two apart
    // (redis: processInputBuffer's writes to `server` had made its whole
    // level hold the client's input, reaching `*server.logfile`).
    FactObserver::Parts changed;
    for (auto &[path, v] : tr.parts(exit, at, partsDepth)) {
      o.path = path;
      bool news = std::any_of(v.labels.begin(), v.labels.end(), [&](const Taint &t) {
        facts::Atom a;
        return atom(t.label, a) && !facts::ownEntryValue(a, o);
      });
      if (news)
        changed.push_back({path, std::move(v)});
    }
    for (const auto &[path, v] : coarsen(changed)) {
      o.path = path;
      flows(v, o, /*skipOwn=*/true);
    }
  }

  /// The member parts of one output, at most kMaxPathsPerOutput of them:
  /// past that, parts are merged into their first member, and then into
  /// the whole object (a prefix stands for everything below it, so this
  /// only loses precision). A context pointer passed to every call (a
  /// scanner's or interpreter's state struct) would otherwise repeat each
  /// of its labels once per member at every call.
  FactObserver::Parts coarsen(const FactObserver::Parts &parts) {
    if (parts.size() <= facts::kMaxPathsPerOutput)
      return parts;
    facts_.widened = true;
    auto mergeBy = [](const FactObserver::Parts &in, auto keyOf) {
      std::map<std::string, AbsVal> m;
      for (const auto &[path, v] : in)
        m[keyOf(path)].join(v);
      return FactObserver::Parts(m.begin(), m.end());
    };
    FactObserver::Parts first =
        mergeBy(parts, [](const std::string &p) { return facts::firstMember(p); });
    if (first.size() <= facts::kMaxPathsPerOutput)
      return first;
    return mergeBy(first, [](const std::string &) { return std::string(); });
  }

  /// One flow per label of `v` into output `o`. A value that mixes more
  /// than kMaxAtomsPerOutput labels (a parser's value stack, an
  /// interpreter's registers) keeps the most direct ones: sources and
  /// handles, then parameters and globals, then call results; the function
  /// is marked widened, which the report names.
  void flows(const AbsVal &v, const facts::Output &o, bool skipOwn = false) {
    std::vector<std::pair<facts::Flow, const Taint *>> out;
    for (const Taint &t : v.labels) {
      facts::Flow f;
      if (!atom(t.label, f.from))
        continue;
      if (skipOwn && facts::ownEntryValue(f.from, o))
        continue;  // a location holding (part of) its own initial value says nothing
      f.to = o;
      out.push_back({std::move(f), &t});
    }
    if (out.size() > facts::kMaxAtomsPerOutput) {
      const std::vector<uint8_t> &rank = arena_.labelRanks();
      std::stable_sort(out.begin(), out.end(), [&](const auto &a, const auto &b) {
        return rank[a.second->label] < rank[b.second->label];
      });
      out.resize(facts::kMaxAtomsPerOutput);
      facts_.widened = true;
    }
    for (auto &[f, t] : out) {
      f.steps = steps(t->trace);
      facts_.flows.push_back(std::move(f));
    }
  }

  bool atom(LabelId id, facts::Atom &a) const {
    const Label &l = arena_.label(id);
    switch (l.cls) {
    case Label::Handle:
      a.kind = facts::Atom::Handle;
      a.sourceKind = l.kind;
      a.api = l.api;
      if (l.site)
        a.loc = locate_.at(siteLoc(l.site));
      a.loc.snippet.clear();
      return true;
    case Label::Source:
      a.cleared = l.cleared;
      a.kind = facts::Atom::Source;
      a.sourceKind = l.kind;
      a.api = l.api;
      a.loc = locate_.at(siteLoc(l.site));
      a.loc.snippet.clear();
      return true;
    case Label::Symbolic:
      a.cleared = l.cleared;
      a.path = l.path;
      a.derefs = l.derefs;
      a.index = l.index;
      if (l.kind == "param") {
        a.kind = facts::Atom::Param;
      } else if (l.kind == "global") {
        a.kind = facts::Atom::Global;
        a.global = l.api;
      } else if (l.kind == "callret") {
        a.kind = facts::Atom::CallRet;
        a.call = static_cast<int>(l.site);
      } else if (l.kind == "callout") {
        a.kind = facts::Atom::CallOut;
        a.call = static_cast<int>(l.site);
      } else {
        return false;
      }
      return true;
    }
    return false;
  }

  std::vector<report::FlowStep> steps(TraceId t) const {
    std::vector<report::FlowStep> out;
    for (const TraceStep *s : arena_.path(t))
      out.push_back({locate_.at(siteLoc(s->site)), s->message, s->kind});
    return out;
  }

  /// The branch a block's condition always takes, if it is constant:
  /// true -> only the first successor, false -> only the second.
  std::optional<bool> constantBranch(const CFGBlock &b) {
    if (b.succ_size() != 2)
      return std::nullopt;
    const Stmt *term = b.getTerminatorStmt();
    if (!term || isa<SwitchStmt>(term))
      return std::nullopt;
    const Expr *cond = b.getLastCondition();
    if (!cond)
      return std::nullopt;
    auto v = folder_.value(cond);
    if (!v)
      return std::nullopt;
    return *v != 0;
  }

  /// Runs the elements of `b` on `s`; false when the transfer passed its
  /// work limit (the block was cut off after the element that did).
  bool runBlock(Transfer &tr, const CFGBlock &b, State &s) {
    tr.beginBlock();
    for (const CFGElement &el : b) {
      if (tr.overBudget())
        return false;
      if (auto cs = el.getAs<CFGStmt>())
        tr.apply(cs->getStmt(), s);
      else if (auto dt = el.getAs<CFGAutomaticObjDtor>())
        tr.applyAutomaticDtor(dt->getVarDecl(), dt->getDestructorDecl(ctx_), s);
      else if (auto dd = el.getAs<CFGDeleteDtor>())
        tr.applyDeleteDtor(dd->getDeleteExpr(), dd->getDestructorDecl(ctx_), s);
      else if (auto init = el.getAs<CFGInitializer>())
        tr.applyInitializer(init->getInitializer(), s);
    }
    return !tr.overBudget();
  }

  static std::vector<unsigned> reversePostOrder(const CFG &cfg) {
    std::vector<unsigned> post;
    std::vector<char> seen(cfg.getNumBlockIDs(), 0);
    std::vector<std::pair<const CFGBlock *, CFGBlock::const_succ_iterator>> stack;
    const CFGBlock *entry = &cfg.getEntry();
    seen[entry->getBlockID()] = 1;
    stack.push_back({entry, entry->succ_begin()});
    while (!stack.empty()) {
      auto &[b, it] = stack.back();
      if (it == b->succ_end()) {
        post.push_back(b->getBlockID());
        stack.pop_back();
        continue;
      }
      const CFGBlock *s = it->getReachableBlock();
      ++it;
      if (s && !seen[s->getBlockID()]) {
        seen[s->getBlockID()] = 1;
        stack.push_back({s, s->succ_begin()});
      }
    }
    std::vector<unsigned> order(post.rbegin(), post.rend());
    for (const CFGBlock *b : cfg)
      if (!seen[b->getBlockID()])
        order.push_back(b->getBlockID());
    return order;
  }

  void notify(const std::string &id, const std::string &msg) {
    report::Notification n;
    n.id = id;
    n.level = report::Level::Warning;
    n.message = msg;
    n.location = locate_.at(fn_->getLocation());
    n.location.snippet.clear();
    out_.notifications.push_back(std::move(n));
  }

  ASTContext &ctx_;
  const RuleSet &rules_;
  const Locator &locate_;
  Arena &arena_;
  size_t liveAfterCompact_ = 0;  // pool entries after its last compaction
  ConstantFolder &folder_;
  GuardUnit &guardUnit_;
  TUAnalysis &out_;
  const FunctionDecl *fn_ = nullptr;
  facts::FunctionFacts facts_;
  GuardFinder *guards_ = nullptr;  // the unit's, for this function
};

class Visitor : public RecursiveASTVisitor<Visitor> {
public:
  explicit Visitor(std::vector<const FunctionDecl *> &fns, const SourceManager &sm)
      : fns_(fns), sm_(sm) {}
  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitImplicitCode() const { return false; }

  bool VisitFunctionDecl(FunctionDecl *fd) {
    add(fd);
    return true;
  }
  bool VisitLambdaExpr(LambdaExpr *le) {
    add(le->getCallOperator());
    return true;
  }

private:
  void add(const FunctionDecl *fd) {
    if (!fd || !fd->doesThisDeclarationHaveABody() || fd->isDependentContext() ||
        fd->isInvalidDecl())
      return;
    SourceLocation loc = sm_.getFileLoc(fd->getLocation());
    if (loc.isInvalid() || sm_.isInSystemHeader(loc))
      return;
    fns_.push_back(fd);
  }
  std::vector<const FunctionDecl *> &fns_;
  const SourceManager &sm_;
};

/// Functions whose address is taken anywhere in the unit (global tables,
/// callbacks): the possible targets of unresolved indirect calls. A call by
/// name decays the function to a pointer too (`f(x)`, `(f)(x)`, `(*f)(x)`,
/// `(&f)(x)`); that pointer is called at once and escapes nowhere, so the
/// callee position of a call does not count.
/// Function pointers stored into struct members (FieldStore): assignments,
/// initializer lists (global tables), constructor initializers; a member
/// whose address is taken is stored into by unknown means.
class FieldStores : public RecursiveASTVisitor<FieldStores> {
public:
  std::vector<facts::FieldStore> &out;
  explicit FieldStores(std::vector<facts::FieldStore> &o) : out(o) {}
  bool shouldVisitTemplateInstantiations() const { return true; }

  bool TraverseFunctionDecl(FunctionDecl *fd) { return within(fd, [&] { return RecursiveASTVisitor::TraverseFunctionDecl(fd); }); }
  bool TraverseCXXMethodDecl(CXXMethodDecl *fd) { return within(fd, [&] { return RecursiveASTVisitor::TraverseCXXMethodDecl(fd); }); }
  bool TraverseCXXConstructorDecl(CXXConstructorDecl *fd) {
    return within(fd, [&] { return RecursiveASTVisitor::TraverseCXXConstructorDecl(fd); });
  }

  bool VisitBinaryOperator(BinaryOperator *bo) {
    if (bo->getOpcode() == BO_Assign)
      if (const FieldDecl *f = member(bo->getLHS()))
        add(f, bo->getRHS());
    if (bo->isAssignmentOp())
      changed(bo->getLHS());
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator *uo) {
    if (uo->getOpcode() == UO_AddrOf)
      if (const FieldDecl *f = member(uo->getSubExpr()))
        add(f, nullptr);  // written through a pointer: unknown
    if (uo->getOpcode() == UO_AddrOf || uo->isIncrementDecrementOp())
      changed(uo->getSubExpr());
    return true;
  }
  /// After the traversal: a parameter stored into a member stands for its
  /// callers' argument only if the function never changes it.
  void finish() {
    for (auto [i, pv] : passedParams_)
      if (changedParams_.count(pv)) {
        out[i].value.params.clear();
        out[i].value.other = true;
      }
  }
  bool VisitInitListExpr(InitListExpr *ile) {
    // The visitor may see the syntactic form only: read the semantic one
    // (designators resolved, fields in order), once.
    if (InitListExpr *sem = ile->getSemanticForm())
      ile = sem;
    if (!seenLists_.insert(ile).second)
      return true;
    const RecordDecl *rd = ile->getType()->getAsRecordDecl();
    if (!rd)
      return true;
    if (rd->isUnion()) {
      if (const FieldDecl *f = ile->getInitializedFieldInUnion(); f && ile->getNumInits() > 0 &&
                                                                 pointerToFunction(f))
        add(f, ile->getInit(0));
      return true;
    }
    unsigned i = 0;
    for (const FieldDecl *f : rd->fields()) {
      if (i >= ile->getNumInits())
        break;
      if (pointerToFunction(f))
        add(f, ile->getInit(i));
      ++i;
    }
    return true;
  }
  bool VisitCXXConstructorDecl(CXXConstructorDecl *cd) {
    for (const CXXCtorInitializer *init : cd->inits())
      if (const FieldDecl *f = init->getMember(); f && pointerToFunction(f))
        add(f, init->getInit());
    return true;
  }

private:
  const FunctionDecl *fn_ = nullptr;
  std::vector<std::pair<size_t, const ParmVarDecl *>> passedParams_;  // (store, parameter)
  std::set<const ParmVarDecl *> changedParams_;
  std::set<const InitListExpr *> seenLists_;

  void changed(const Expr *e) {
    if (const auto *dr = dyn_cast<DeclRefExpr>(e->IgnoreParenImpCasts()))
      if (const auto *pv = dyn_cast<ParmVarDecl>(dr->getDecl()))
        changedParams_.insert(pv);
  }

  template <typename F> bool within(const FunctionDecl *fd, F traverse) {
    const FunctionDecl *outer = fn_;
    fn_ = fd;
    bool r = traverse();
    fn_ = outer;
    return r;
  }
  static bool pointerToFunction(const FieldDecl *f) { return f->getType()->isFunctionPointerType(); }
  static const FieldDecl *member(const Expr *e) {
    const auto *me = dyn_cast<MemberExpr>(e->IgnoreParenImpCasts());
    const auto *f = me ? dyn_cast<FieldDecl>(me->getMemberDecl()) : nullptr;
    return f && pointerToFunction(f) ? f : nullptr;
  }
  /// What `e` stores: functions named, the enclosing function's parameters
  /// passed on, or something else.
  void classify(const Expr *e, facts::PassedFunctions &v) {
    if (!e) {
      v.other = true;
      return;
    }
    e = e->IgnoreParenCasts();
    if (e->isNullPointerConstant(ctx(), Expr::NPC_ValueDependentIsNull))
      return;
    if (isa<ImplicitValueInitExpr>(e))
      return;
    if (const auto *uo = dyn_cast<UnaryOperator>(e); uo && uo->getOpcode() == UO_AddrOf)
      e = uo->getSubExpr()->IgnoreParenCasts();
    if (const auto *co = dyn_cast<ConditionalOperator>(e)) {
      classify(co->getTrueExpr(), v);
      classify(co->getFalseExpr(), v);
      return;
    }
    if (const auto *dr = dyn_cast<DeclRefExpr>(e)) {
      if (const auto *fd = dyn_cast<FunctionDecl>(dr->getDecl())) {
        std::string u = usrOf(fd);
        if (!u.empty()) {
          v.functions.push_back(u);
          return;
        }
      }
      if (const auto *pv = dyn_cast<ParmVarDecl>(dr->getDecl()); pv && fn_ &&
                                                                 pv->getDeclContext() == fn_) {
        const auto *md = dyn_cast<CXXMethodDecl>(fn_);
        v.params.push_back(static_cast<int>(pv->getFunctionScopeIndex()) +
                           (md && md->isInstance() ? 1 : 0));
        passedParams_.push_back({out.size(), pv});
        return;
      }
    }
    v.other = true;
  }
  ASTContext &ctx() const { return *ctx_; }
  void add(const FieldDecl *f, const Expr *value) {
    if (!ctx_)
      ctx_ = &f->getASTContext();
    facts::FieldStore s;
    s.field = usrOf(f);
    if (s.field.empty())
      return;
    if (fn_)
      s.function = usrOf(fn_);
    classify(value, s.value);
    out.push_back(std::move(s));
  }
  ASTContext *ctx_ = nullptr;
};

class AddressTaken : public RecursiveASTVisitor<AddressTaken> {
public:
  std::vector<std::string> &out;
  explicit AddressTaken(std::vector<std::string> &o) : out(o) {}
  bool shouldVisitTemplateInstantiations() const { return true; }
  void take(const Expr *e) {
    if (calleeParts_.count(e))
      return;
    if (const auto *dr = dyn_cast<DeclRefExpr>(e->IgnoreParens()))
      if (const auto *fd = dyn_cast<FunctionDecl>(dr->getDecl())) {
        std::string u = usrOf(fd);
        if (!u.empty())
          out.push_back(u);
      }
  }
  bool VisitCallExpr(CallExpr *ce) {
    // Visited before its children: mark the chain from the callee down to
    // the function's name.
    const Expr *e = ce->getCallee();
    while (e) {
      e = e->IgnoreParens();
      calleeParts_.insert(e);
      if (const auto *ic = dyn_cast<ImplicitCastExpr>(e))
        e = ic->getSubExpr();
      else if (const auto *uo = dyn_cast<UnaryOperator>(e);
               uo && (uo->getOpcode() == UO_Deref || uo->getOpcode() == UO_AddrOf))
        e = uo->getSubExpr();
      else
        break;
    }
    return true;
  }
  bool VisitImplicitCastExpr(ImplicitCastExpr *ic) {
    if (ic->getCastKind() == CK_FunctionToPointerDecay && !calleeParts_.count(ic))
      take(ic->getSubExpr());
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator *uo) {
    if (uo->getOpcode() == UO_AddrOf && !calleeParts_.count(uo))
      take(uo->getSubExpr());
    return true;
  }

private:
  std::set<const Expr *> calleeParts_;
};

class Consumer : public ASTConsumer {
public:
  Consumer(const RuleSet &rules, std::string root, TUAnalysis &out)
      : rules_(rules), root_(std::move(root)), out_(out) {}

  void HandleTranslationUnit(ASTContext &ctx) override {
    std::vector<const FunctionDecl *> fns;
    Visitor v(fns, ctx.getSourceManager());
    v.TraverseDecl(ctx.getTranslationUnitDecl());
    Arena arena;
    ConstantFolder folder(ctx);
    Locator locate(ctx, root_);
    GuardUnit guardUnit(ctx, rules_, fns);
    std::set<const FunctionDecl *> done;
    for (const FunctionDecl *fd : fns) {
      if (!done.insert(fd).second)
        continue;
      FunctionAnalyzer fa(ctx, rules_, locate, arena, folder, guardUnit, out_);
      fa.run(fd);
    }
    AddressTaken taken(out_.facts.addressTaken);
    taken.TraverseDecl(ctx.getTranslationUnitDecl());
    FieldStores stores(out_.facts.fieldStores);
    stores.TraverseDecl(ctx.getTranslationUnitDecl());
    stores.finish();
    classifyPathMembers(ctx, out_.facts);
    auto &at = out_.facts.addressTaken;
    std::sort(at.begin(), at.end());
    at.erase(std::unique(at.begin(), at.end()), at.end());
  }

private:
  const RuleSet &rules_;
  std::string root_;
  TUAnalysis &out_;
};

} // namespace

std::unique_ptr<ASTConsumer> makeTaintConsumer(const RuleSet &rules, std::string root,
                                               TUAnalysis &out) {
  return std::make_unique<Consumer>(rules, std::move(root), out);
}

} // namespace sluice
