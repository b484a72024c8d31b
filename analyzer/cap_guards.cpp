#include "analyzer/cap_guards.h"

#include "analyzer/const_eval.h"
#include "analyzer/transfer.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

#include <functional>

namespace sluice {

using namespace clang;

namespace {

/// Calls up from a compared parameter to the arguments that give its
/// origins, and caller arguments looked at per comparison.
constexpr int kMaxCallerHops = 3;
constexpr size_t kMaxCallerArgs = 64;
/// Finders being built at once (a helper's helpers): deeper ones are not
/// looked into.
constexpr size_t kMaxNesting = 8;

/// Seconds since the epoch of 2000-01-01: a clock compared with a number
/// at least this large is compared with a date, not with a duration.
constexpr int64_t kDateThreshold = 946684800;
/// Calendar fields of struct tm and SYSTEMTIME: comparing them with
/// constants picks a date.
bool isDateField(const std::string &name) {
  static const char *fields[] = {"tm_year", "tm_mon", "tm_mday", "tm_yday", "tm_wday",
                                 "wYear",   "wMonth", "wDay",    "wDayOfWeek"};
  for (const char *f : fields)
    if (name == f)
      return true;
  return false;
}

/// True when `e` reads a calendar field (tm->tm_year + 1900 >= 2027).
bool readsDateField(const Stmt *e, int depth = 0) {
  if (!e || depth > 8)
    return false;
  if (const auto *me = dyn_cast<MemberExpr>(e))
    if (isDateField(me->getMemberDecl()->getNameAsString()))
      return true;
  for (const Stmt *c : e->children())
    if (readsDateField(c, depth + 1))
      return true;
  return false;
}

bool isComparison(BinaryOperatorKind op) {
  return op == BO_EQ || op == BO_NE || op == BO_LT || op == BO_GT || op == BO_LE || op == BO_GE;
}

/// "counter", and "counter-persisted" for a run counter kept in a file.
bool isCounter(const std::string &kind) {
  return kind == "counter" || kind == "counter-persisted";
}

void eraseCounters(std::set<std::string> &k) {
  k.erase("counter");
  k.erase("counter-persisted");
}

/// A condition kept as a value: a comparison, a logical operator or
/// negation, or a call to a comparison function (`strcmp(a, b) == 0` is a
/// comparison already).
bool truthValue(const Expr *e) {
  e = e->IgnoreParenImpCasts();
  if (const auto *bo = dyn_cast<BinaryOperator>(e))
    return isComparison(bo->getOpcode()) || bo->isLogicalOp();
  if (const auto *uo = dyn_cast<UnaryOperator>(e))
    return uo->getOpcode() == UO_LNot;
  return false;
}

template <typename K, typename V>
void addOnce(std::map<K, std::vector<V>> &m, const K &k, std::type_identity_t<V> v) {
  std::vector<V> &list = m[k];
  if (std::find(list.begin(), list.end(), v) == list.end())
    list.push_back(v);
}

const VarDecl *baseVar(const Expr *e) {
  for (int i = 0; e && i < 8; ++i) {
    e = e->IgnoreParenImpCasts();
    if (const auto *dr = dyn_cast<DeclRefExpr>(e))
      return dyn_cast<VarDecl>(dr->getDecl());
    if (const auto *me = dyn_cast<MemberExpr>(e))
      e = me->getBase();
    else if (const auto *as = dyn_cast<ArraySubscriptExpr>(e))
      e = as->getBase();
    else if (const auto *uo = dyn_cast<UnaryOperator>(e);
             uo && (uo->getOpcode() == UO_AddrOf || uo->getOpcode() == UO_Deref))
      e = uo->getSubExpr();
    else
      return nullptr;
  }
  return nullptr;
}

/// N of a "param:N" placeholder; nullopt for any other kind (a user
/// model's kind may start the same way).
std::optional<unsigned> paramIndex(const std::string &kind) {
  if (kind.rfind("param:", 0) != 0 || kind.size() == 6 || kind.size() > 12)
    return std::nullopt;
  unsigned n = 0;
  for (size_t i = 6; i < kind.size(); ++i) {
    if (kind[i] < '0' || kind[i] > '9')
      return std::nullopt;
    n = n * 10 + static_cast<unsigned>(kind[i] - '0');
  }
  return n;
}

/// N and KIND of a "stream-param:N:KIND" placeholder: what a read from the
/// descriptor the caller passes as argument N gives.
std::optional<std::pair<unsigned, std::string>> streamParam(const std::string &kind) {
  static const std::string prefix = "stream-param:";
  if (kind.rfind(prefix, 0) != 0)
    return std::nullopt;
  size_t colon = kind.find(':', prefix.size());
  if (colon == std::string::npos)
    return std::nullopt;
  auto n = paramIndex("param:" + kind.substr(prefix.size(), colon - prefix.size()));
  if (!n)
    return std::nullopt;
  return std::make_pair(*n, kind.substr(colon + 1));
}

/// True when `k` holds a file's content, read here or through a descriptor
/// a caller passes.
bool holdsFileContent(const std::set<std::string> &k) {
  for (const std::string &x : k)
    if (x == "file" || (streamParam(x) && streamParam(x)->second == "file"))
      return true;
  return false;
}

/// What `kind` read from a descriptor holding `held` is.
GuardFinder::Kinds readFrom(const GuardFinder::Kinds &held, const std::string &kind) {
  GuardFinder::Kinds out;
  bool other = held.empty();
  for (const std::string &h : held) {
    if (h == "handle:socket")
      out.insert("network");
    else if (auto n = paramIndex(h))
      out.insert("stream-param:" + std::to_string(*n) + ":" + kind);
    else
      other = true;
  }
  if (other || out.empty())
    out.insert(kind);
  return out;
}

/// True when `e` is a constant (its truth is fixed: `return 0;`).
bool constTruthOf(const Expr *e, const ASTContext &ctx) {
  e = e->IgnoreParenImpCasts();
  return isa<CXXBoolLiteralExpr>(e) || constInt(e, ctx).has_value();
}

/// An argument that hands a callee a variable's own storage: `&x`, or an
/// array (`buf`, which decays to a pointer to it).
bool passesStorage(const Expr *a) {
  const Expr *x = a->IgnoreParenImpCasts();
  const auto *uo = dyn_cast<UnaryOperator>(x);
  return (uo && uo->getOpcode() == UO_AddrOf) || x->getType()->isArrayType() ||
         (isa<DeclRefExpr>(x) && a->getType()->isPointerType() &&
          cast<DeclRefExpr>(x)->getType()->isArrayType());
}

/// The expressions a model row's position names at a call: for a member
/// function argument 0 is the object and the declared arguments follow
/// (rules/models convention); `arg1..` is every argument from 1 on.
std::vector<const Expr *> modelArgs(const CallExpr *ce, const AccessPath &p) {
  std::vector<const Expr *> out;
  if (p.isReturn() || p.isState())
    return out;
  const auto *mc = dyn_cast<CXXMemberCallExpr>(ce);
  unsigned count = ce->getNumArgs() + (mc ? 1 : 0);
  for (unsigned i = static_cast<unsigned>(p.arg); i < count; ++i) {
    const Expr *e = mc ? (i == 0 ? mc->getImplicitObjectArgument() : ce->getArg(i - 1))
                       : ce->getArg(i);
    if (e)
      out.push_back(e);
    if (!p.andLater)
      break;
  }
  return out;
}

/// True when `s` always leaves the enclosing block: return, exit(), abort(),
/// break, continue, goto, or a block that ends in one of those.
bool leaves(const Stmt *s) {
  if (!s)
    return false;
  if (isa<ReturnStmt, BreakStmt, ContinueStmt, GotoStmt, CXXThrowExpr>(s))
    return true;
  if (const auto *cs = dyn_cast<CompoundStmt>(s))
    return !cs->body_empty() && leaves(cs->body_back());
  if (const auto *ce = dyn_cast<CallExpr>(s))
    if (const FunctionDecl *fd = ce->getDirectCallee())
      return fd->isNoReturn() || fd->hasAttr<NoReturnAttr>() || fd->hasAttr<CXX11NoReturnAttr>();
  return false;
}

} // namespace

GuardFinder::GuardFinder(ASTContext &ctx, const RuleSet &rules, const FunctionDecl *fn,
                         GuardUnit *unit)
    : ctx_(ctx), rules_(rules), fn_(fn), unit_(unit) {
  if (fn && fn->getBody())
    scanOrigins();
}

GuardFinder::Kinds GuardFinder::writtenThrough(unsigned index) const {
  if (!fn_ || index >= fn_->getNumParams())
    return {};
  auto it = vars_.find(fn_->getParamDecl(index));
  if (it == vars_.end())
    return {};
  Kinds k = it->second;
  k.erase("param:" + std::to_string(index));  // what the caller passed in
  return k;
}

GuardFinder::Kinds GuardFinder::resolved(const Expr *e, int hops) {
  return resolve(origins(e), hops);
}

GuardFinder::Kinds GuardFinder::resolve(const Kinds &k, int hops) {
  // Each argument the unit's callers pass for parameter `index`, within
  // the hop and argument budgets; false when none was looked at.
  auto callerArgs = [&](unsigned index, const auto &each) {
    bool asked = false;
    if (!unit_ || hops >= kMaxCallerHops)
      return false;
    for (const GuardUnit::Call &c : unit_->callersOf(fn_)) {
      unsigned at = index + c.firstArg;
      if (at >= c.call->getNumArgs() || unit_->budget >= kMaxCallerArgs)
        continue;
      ++unit_->budget;
      if (GuardFinder *caller = unit_->finder(c.caller)) {
        asked = true;
        each(*caller, c.call->getArg(at));
      }
    }
    return asked;
  };
  Kinds out;
  for (const std::string &x : k) {
    Kinds got;
    if (auto sp = streamParam(x)) {
      // A read from a descriptor the callers pass: what they pass decides.
      if (!callerArgs(sp->first, [&](GuardFinder &caller, const Expr *arg) {
            Kinds k2 = caller.resolve(caller.streamKinds(arg, sp->second), hops + 1);
            got.insert(k2.begin(), k2.end());
          }))
        got.insert(sp->second);
    } else if (auto pi = paramIndex(x)) {
      callerArgs(*pi, [&](GuardFinder &caller, const Expr *arg) {
        Kinds k2 = caller.resolved(arg, hops + 1);
        got.insert(k2.begin(), k2.end());
      });
    } else {
      got.insert(x);
    }
    out.insert(got.begin(), got.end());
  }
  return out;
}

GuardFinder::Kinds GuardFinder::callOrigins(const CallExpr *ce, int write, int depth) {
  Kinds out;
  const FunctionDecl *fd = ce->getDirectCallee();
  if (!unit_ || !fd || !rowsOf(ce).empty())
    return out;
  GuardFinder *callee = unit_->finder(fd);
  if (!callee || callee == this)
    return out;
  unsigned first = isa<CXXOperatorCallExpr>(ce) && isa<CXXMethodDecl>(fd) ? 1 : 0;
  Kinds k = write < 0 ? callee->returned()
                      : callee->writtenThrough(static_cast<unsigned>(write) - first);
  for (const std::string &x : k) {
    if (auto sp = streamParam(x)) {
      unsigned at = sp->first + first;
      Kinds r = at < ce->getNumArgs() ? streamKinds(ce->getArg(at), sp->second)
                                      : Kinds{sp->second};
      out.insert(r.begin(), r.end());
      continue;
    }
    auto pi = paramIndex(x);
    if (!pi) {
      out.insert(x);
      continue;
    }
    unsigned at = *pi + first;
    if (at < ce->getNumArgs() && static_cast<int>(at) != write) {
      Kinds a = origins(ce->getArg(at), depth + 1);
      out.insert(a.begin(), a.end());
    }
  }
  return out;
}

GuardFinder::Kinds GuardFinder::streamKinds(const Expr *stream, const std::string &kind) {
  const Expr *e = stream->IgnoreParenImpCasts();
  if (const auto *dr = dyn_cast<DeclRefExpr>(e)) {
    llvm::StringRef name = dr->getDecl()->getName();
    if (name == "stdin" || name == "cin" || name == "wcin")
      return {"user-input"};
  }
  // read(0, ...), read(STDIN_FILENO, ...): standard input.
  if (e->getType()->isIntegerType())
    if (auto v = constInt(e, ctx_); v && *v == 0)
      return {"user-input"};
  return readFrom(origins(stream), kind);
}

std::vector<const ModelRow *> GuardFinder::rowsOf(const CallExpr *ce) const {
  // Operators have no identifier but may have rows (`std::cin >> s`).
  const FunctionDecl *fd = ce->getDirectCallee();
  if (!fd)
    return {};
  return modelRowsFor(rules_, fd);
}

/// What a value may hold, in guard terms: source kinds from source rows,
/// "clock", "random" and "identity" from capability rows, "clock-elapsed"
/// for a difference of clock values, "counter" for counters.
GuardFinder::Kinds GuardFinder::origins(const Expr *e, int depth) {
  Kinds out;
  if (!e || depth > 12)
    return out;
  e = e->IgnoreParenImpCasts();
  if (const auto *dr = dyn_cast<DeclRefExpr>(e)) {
    if (const auto *vd = dyn_cast<VarDecl>(dr->getDecl()))
      if (auto it = vars_.find(vd); it != vars_.end())
        out = it->second;
    // A parameter holds what the callers pass (resolved when a guard asks).
    if (const auto *pv = dyn_cast<ParmVarDecl>(dr->getDecl());
        pv && unit_ && pv->getDeclContext() == fn_)
      out.insert("param:" + std::to_string(pv->getFunctionScopeIndex()));
    return out;
  }
  auto unite = [&](const Kinds &k) { out.insert(k.begin(), k.end()); };
  // lt->tm_year of a clock: a calendar field, kept when it is copied
  // (`int year = lt->tm_year + 1900; if (year > 2026)`).
  if (const auto *me = dyn_cast<MemberExpr>(e)) {
    unite(origins(me->getBase(), depth + 1));
    if (out.count("clock") && isDateField(me->getMemberDecl()->getNameAsString()))
      out.insert("clock-calendar");
    return out;
  }
  if (const auto *ce = dyn_cast<CallExpr>(e)) {
    // A helper of the unit: what it returns, in terms of these arguments.
    if (const FunctionDecl *fd = ce->getDirectCallee(); unit_ && fd && rowsOf(ce).empty())
      if (GuardFinder *f = unit_->finder(fd); f && f != this)
        return callOrigins(ce, -1, depth);
    for (const ModelRow *r : rowsOf(ce)) {
      bool atRet = false;
      for (const AccessPath &p : r->at)
        atRet |= p.isReturn();
      if (r->role == ModelRole::Source && atRet)
        out.insert(r->kind);
      // accept(): a socket, so that what is read from it is network data
      // (streamKinds). Conditional handle rows (popen of a downloader) are
      // not evaluated here.
      if (r->role == ModelRole::Handle && atRet && r->when.empty())
        out.insert("handle:" + r->kind);
      if (r->role == ModelRole::Capability &&
          (r->kind == "clock" || r->kind == "random" || r->kind == "identity") &&
          (atRet || r->at.empty()))
        out.insert(r->kind);
    }
    // Library conversions (localtime, difftime, atoi, strlen) keep what
    // their arguments hold; a difference of times is a duration.
    std::string name = ce->getDirectCallee() && ce->getDirectCallee()->getIdentifier()
                           ? ce->getDirectCallee()->getName().str()
                           : "";
    for (const Expr *a : ce->arguments())
      unite(origins(a, depth + 1));
    // token.data(), s.c_str(), line.substr(0, 8): what the object holds.
    if (const auto *mc = dyn_cast<CXXMemberCallExpr>(ce))
      unite(origins(mc->getImplicitObjectArgument(), depth + 1));
    if (name == "difftime" && out.count("clock"))
      out.insert("clock-elapsed");
    return out;
  }
  if (const auto *bo = dyn_cast<BinaryOperator>(e)) {
    unite(origins(bo->getLHS(), depth + 1));
    unite(origins(bo->getRHS(), depth + 1));
    if (bo->getOpcode() == BO_Sub && out.count("clock")) {
      // now - K or K - now with K an absolute date: the time since or until
      // that date (compared with 0, a date check); else a duration.
      auto date = [&](const Expr *x) -> std::optional<int64_t> {
        if (!constantText(x))
          return std::nullopt;
        auto v = constInt(x, ctx_);
        if (!v)
          v = fixedCalendarTime(x, ctx_);
        return v && *v >= kDateThreshold ? v : std::nullopt;
      };
      if (auto k = date(bo->getRHS()))
        out.insert("clock-minus-date:" + std::to_string(*k));
      else if (auto k2 = date(bo->getLHS()))
        out.insert("date-minus-clock:" + std::to_string(*k2));
      else
        out.insert("clock-elapsed");
    }
    if (bo->getOpcode() == BO_Rem && out.count("clock"))
      out.insert("clock-elapsed");  // time % period: a schedule, not a date
    return out;
  }
  for (const Stmt *c : e->children())
    if (const auto *ce = dyn_cast_or_null<Expr>(c))
      unite(origins(ce, depth + 1));
  return out;
}

void GuardFinder::addVar(const Expr *lhs, const Kinds &k, bool &changed) {
  const VarDecl *vd = baseVar(lhs);
  if (!vd || k.empty())
    return;
  Kinds &dst = vars_[vd];
  size_t before = dst.size();
  // Kinds are kept per variable: a count stored into one field
  // (`item->number = ++number`) would make every field of `item` a counter.
  bool whole = isa<DeclRefExpr>(lhs->IgnoreParenImpCasts());
  for (const std::string &x : k)
    if (whole || !isCounter(x))
      dst.insert(x);
  changed |= dst.size() != before;
}

void GuardFinder::scanOrigins() {
  // Flow-insensitive and bounded: a few passes reach chains of assignments.
  struct Scan : RecursiveASTVisitor<Scan> {
    GuardFinder &g;
    bool changed = false;
    std::set<const Stmt *> loopIncrements;
    std::vector<bool> loops;  // enclosing loops: true when it never ends by its condition
    explicit Scan(GuardFinder &g) : g(g) {}
    bool endless(const Expr *cond) {
      if (!cond)
        return true;
      auto v = constInt(cond, g.ctx_);
      return v && *v != 0;
    }
    bool inLoop(bool forever, const std::function<bool()> &f) {
      loops.push_back(forever);
      bool r = f();
      loops.pop_back();
      return r;
    }
    bool TraverseForStmt(ForStmt *s) {
      return inLoop(endless(s->getCond()), [&] { return RecursiveASTVisitor::TraverseForStmt(s); });
    }
    bool TraverseWhileStmt(WhileStmt *s) {
      return inLoop(endless(s->getCond()),
                    [&] { return RecursiveASTVisitor::TraverseWhileStmt(s); });
    }
    bool TraverseDoStmt(DoStmt *s) {
      return inLoop(endless(s->getCond()), [&] { return RecursiveASTVisitor::TraverseDoStmt(s); });
    }
    bool TraverseCXXForRangeStmt(CXXForRangeStmt *s) {
      return inLoop(false, [&] { return RecursiveASTVisitor::TraverseCXXForRangeStmt(s); });
    }
    static bool readsTable(const Stmt *e) {
      if (!e)
        return false;
      if (isa<ArraySubscriptExpr>(e))
        return true;
      for (const Stmt *c : e->children())
        if (readsTable(c))
          return true;
      return false;
    }
    /// A run counter: a variable that outlives the call (static or global)
    /// or one counted up in a loop that never ends by its condition (a
    /// service's main loop). An item count in a bounded loop is not one.
    /// Its kinds: "counter", with "counter-persisted" for a count read from
    /// a file and counted up (a threshold on it is a trigger too: a count
    /// loaded by a call may be a size or a line count, one parsed from a
    /// file and counted up is how runs are counted across runs).
    Kinds counts(const Expr *target) {
      // A variable of its own: `item->uses++` counts the item's uses, and
      // would make every field of `item` look like a counter.
      if (!isa<DeclRefExpr>(target->IgnoreParenImpCasts()))
        return {};
      const VarDecl *vd = baseVar(target);
      if (!vd)
        return {};
      if (fromFile(vd))
        return {"counter", "counter-persisted"};
      if (vd->hasGlobalStorage() || (loops.empty() && loaded.count(vd)) ||
          std::find(loops.begin(), loops.end(), true) != loops.end())
        return {"counter"};
      return {};
    }
    bool fromFile(const VarDecl *vd) const {
      auto it = g.vars_.find(vd);
      return it != g.vars_.end() && holdsFileContent(it->second);
    }
    /// `int runs = load_runs() + 1;` outside any loop: a count loaded by a
    /// call (persisted when it was read from a file), counted up once.
    Kinds countedUp(const Expr *value) {
      const auto *bo = dyn_cast<BinaryOperator>(value->IgnoreParenImpCasts());
      if (!loops.empty() || !bo || bo->getOpcode() != BO_Add)
        return {};
      const Expr *step = bo->getRHS(), *count = bo->getLHS();
      if (!constInt(step, g.ctx_))
        std::swap(step, count);
      auto n = constInt(step, g.ctx_);
      if (!n || *n <= 0 || *n > 16)
        return {};
      count = count->IgnoreParenImpCasts();
      if (holdsFileContent(g.origins(count)))
        return {"counter", "counter-persisted"};
      return isa<CallExpr>(count) ? Kinds{"counter"} : Kinds{};
    }
    /// for (const auto &r : requests): each element holds what the range
    /// holds.
    bool VisitCXXForRangeStmt(CXXForRangeStmt *fr) {
      if (const VarDecl *vd = fr->getLoopVariable(); vd && fr->getRangeInit())
        holds(vd, g.origins(fr->getRangeInit()));
      return true;
    }
    /// `vd` may hold `k` as well (the whole variable, not one field).
    void holds(const VarDecl *vd, const Kinds &k) {
      Kinds &dst = g.vars_[vd];
      size_t before = dst.size();
      dst.insert(k.begin(), k.end());
      changed |= dst.size() != before;
    }
    bool VisitForStmt(ForStmt *fs) {
      if (fs->getInc())
        loopIncrements.insert(fs->getInc()->IgnoreParens());
      control(fs->getCond());
      return true;
    }
    bool VisitWhileStmt(WhileStmt *ws) {
      control(ws->getCond());
      return true;
    }
    bool VisitDoStmt(DoStmt *ds) {
      control(ds->getCond());
      return true;
    }
    /// Variables a loop's condition reads are its control variables
    /// (attempts < 3), not run counters.
    void control(const Stmt *cond) {
      if (!cond)
        return;
      if (const auto *dr = dyn_cast<DeclRefExpr>(cond))
        if (const auto *vd = dyn_cast<VarDecl>(dr->getDecl()))
          g.loopControl_.insert(vd);
      for (const Stmt *c : cond->children())
        control(c);
    }
    std::set<const VarDecl *> loaded;  // initialised or assigned from a call
    bool VisitVarDecl(VarDecl *vd) {
      if (vd->getInit() && isa<CallExpr>(vd->getInit()->IgnoreParenImpCasts()))
        loaded.insert(vd);
      if (vd->getInit() && truthValue(vd->getInit()))
        addOnce(g.flags_, static_cast<const VarDecl *>(vd), vd->getInit());
      if (vd->getInit()) {
        Kinds k = g.origins(vd->getInit());
        Kinds c = countedUp(vd->getInit());
        k.insert(c.begin(), c.end());
        holds(vd, k);
      }
      return true;
    }
    bool VisitBinaryOperator(BinaryOperator *bo) {
      if (bo->getOpcode() == BO_Assign && isa<CallExpr>(bo->getRHS()->IgnoreParenImpCasts()))
        if (const VarDecl *vd = baseVar(bo->getLHS()))
          loaded.insert(vd);
      // A variable set from a table lookup is a state (a parser's or a
      // scanner's: yyn = yypact[yystate]), never a run counter.
      if (bo->getOpcode() == BO_Assign && readsTable(bo->getRHS()))
        if (const VarDecl *vd = baseVar(bo->getLHS()))
          g.loopControl_.insert(vd);
      if (bo->getOpcode() == BO_Assign && truthValue(bo->getRHS())) {
        const Expr *lhs = bo->getLHS()->IgnoreParenImpCasts();
        if (const auto *dr = dyn_cast<DeclRefExpr>(lhs)) {
          if (const auto *vd = dyn_cast<VarDecl>(dr->getDecl()))
            addOnce(g.flags_, vd, bo->getRHS());
        } else if (const auto *me = dyn_cast<MemberExpr>(lhs)) {
          const auto *field = dyn_cast<FieldDecl>(me->getMemberDecl());
          if (const VarDecl *vd = baseVar(me->getBase()); vd && field)
            addOnce(g.fieldFlags_, std::make_pair(vd, field), bo->getRHS());
        }
      }
      if (bo->isAssignmentOp()) {
        Kinds k = g.origins(bo->getRHS());
        if (bo->isCompoundAssignmentOp() && (bo->getOpcode() == BO_AddAssign ||
                                             bo->getOpcode() == BO_SubAssign) &&
            !loopIncrements.count(bo) && constInt(bo->getRHS(), g.ctx_)) {
          Kinds c = counts(bo->getLHS());
          k.insert(c.begin(), c.end());
        }
        if (bo->getOpcode() == BO_Assign && isa<DeclRefExpr>(bo->getLHS()->IgnoreParenImpCasts())) {
          Kinds c = countedUp(bo->getRHS());
          k.insert(c.begin(), c.end());
        }
        g.addVar(bo->getLHS(), k, changed);
      }
      return true;
    }
    bool VisitUnaryOperator(UnaryOperator *uo) {
      if (uo->isIncrementDecrementOp() && !loopIncrements.count(uo))
        g.addVar(uo->getSubExpr(), counts(uo->getSubExpr()), changed);
      return true;
    }
    bool VisitCallExpr(CallExpr *ce) {
      // localtime_r(&now, &tm), gmtime_r, strptime: a library call that
      // writes through a pointer argument passes on what its other
      // arguments hold.
      const FunctionDecl *fd = ce->getDirectCallee();
      bool library = fd && (!fd->hasBody() || (g.unit_ && !g.unit_->owns(fd)));
      std::vector<const ModelRow *> rows = library ? g.rowsOf(ce) : std::vector<const ModelRow *>{};
      // strcpy(buf, name), line.append(s), list.push_back(x): what the
      // models say the call copies into an argument or the object.
      for (const ModelRow *r : rows) {
        if (r->role != ModelRole::Propagator)
          continue;
        Kinds in;
        for (const AccessPath &p : r->from)
          for (const Expr *a : modelArgs(ce, p)) {
            Kinds k = g.origins(a);
            in.insert(k.begin(), k.end());
          }
        eraseCounters(in);
        if (!in.empty())
          for (const AccessPath &p : r->to)
            if (!p.isReturn() && p.derefs >= 1)
              for (const Expr *a : modelArgs(ce, p))
                g.addVar(a, in, changed);
      }
      if (library && rows.empty()) {
        Kinds in;
        for (const Expr *a : ce->arguments())
          if (!isa<StringLiteral>(a->IgnoreParenImpCasts())) {
            Kinds k = g.origins(a);
            in.insert(k.begin(), k.end());
          }
        // Concrete origins only: a parameter's placeholder would give every
        // array a printing call names (`log_msg("%s", name, buf)`) what
        // the callers pass. (Library calls without models only.)
        eraseCounters(in);
        for (auto it = in.begin(); it != in.end();)
          it = paramIndex(*it) ? in.erase(it) : std::next(it);
        if (!in.empty())
          for (const Expr *a : ce->arguments())
            if (passesStorage(a))
              g.addVar(a, in, changed);
      }
      // read_line(prompt, buf, n) of this unit: what the helper writes
      // through its pointer parameters, into a variable's own storage
      // (`buf`, `&n`, `out` by reference). Not into what a pointer
      // variable points to: flow-insensitive, that would give the kinds to
      // every use of the pointer.
      if (fd && fd->hasBody() && g.rowsOf(ce).empty() && g.unit_) {
        unsigned first = isa<CXXOperatorCallExpr>(ce) && isa<CXXMethodDecl>(fd) ? 1 : 0;
        for (unsigned i = first; i < ce->getNumArgs() && i - first < fd->getNumParams(); ++i) {
          QualType t = fd->getParamDecl(i - first)->getType();
          if (t->isPointerType() || t->isReferenceType())
            if (const VarDecl *vd = baseVar(ce->getArg(i)))
              addOnce(g.passed_, vd, std::make_pair(static_cast<const CallExpr *>(ce), i - first));
          if ((t->isPointerType() && passesStorage(ce->getArg(i))) ||
              (t->isReferenceType() && !t.getNonReferenceType().isConstQualified()))
            g.addVar(ce->getArg(i), g.callOrigins(ce, static_cast<int>(i), 0), changed);
        }
      }
      // time(&t), gethostname(buf, n), fgets(buf, n, stdin): what the call
      // writes through an argument.
      for (const ModelRow *r : g.rowsOf(ce)) {
        bool sourceLike = r->role == ModelRole::Source ||
                          (r->role == ModelRole::Capability &&
                           (r->kind == "clock" || r->kind == "random" || r->kind == "identity"));
        if (!sourceLike)
          continue;
        // fgets(buf, n, stdin), read(sock, ...): what the stream is decides
        // (standard input gives user input, a socket network data).
        Kinds kinds{r->kind};
        if (r->role == ModelRole::Source && r->stream &&
            *r->stream < static_cast<int>(ce->getNumArgs()))
          kinds = g.streamKinds(ce->getArg(static_cast<unsigned>(*r->stream)), r->kind);
        for (const AccessPath &p : r->at)
          if (!p.isReturn() && p.derefs >= 1 && p.arg < static_cast<int>(ce->getNumArgs()))
            g.addVar(ce->getArg(static_cast<unsigned>(p.arg)), kinds, changed);
      }
      return true;
    }
  };
  // main's arguments are the user's input.
  if (fn_->isMain() && fn_->getNumParams() >= 2)
    vars_[fn_->getParamDecl(1)].insert("argument");
  for (int pass = 0; pass < 4; ++pass) {
    Scan s(*this);
    s.TraverseStmt(const_cast<Stmt *>(fn_->getBody()));
    if (pass > 0 && !s.changed)
      break;
  }
  for (const VarDecl *vd : loopControl_)
    if (auto it = vars_.find(vd); it != vars_.end())
      eraseCounters(it->second);
  if (!unit_)
    return;
  // What the function returns, for its callers.
  struct Returns : RecursiveASTVisitor<Returns> {
    GuardFinder &g;
    explicit Returns(GuardFinder &g) : g(g) {}
    bool TraverseLambdaExpr(LambdaExpr *) { return true; }  // another function's returns
    bool VisitReturnStmt(ReturnStmt *rs) {
      if (rs->getRetValue()) {
        Kinds k = g.origins(rs->getRetValue());
        g.returned_.insert(k.begin(), k.end());
        g.returns_.push_back(rs->getRetValue());
      }
      return true;
    }
  } r(*this);
  r.TraverseStmt(const_cast<Stmt *>(fn_->getBody()));
}

// ---- The unit's functions ---------------------------------------------------

GuardUnit::GuardUnit(ASTContext &ctx, const RuleSet &rules,
                     const std::vector<const FunctionDecl *> &fns)
    : ctx_(ctx), rules_(rules) {
  struct Calls : RecursiveASTVisitor<Calls> {
    GuardUnit &u;
    const FunctionDecl *caller = nullptr;
    explicit Calls(GuardUnit &u) : u(u) {}
    bool VisitCallExpr(CallExpr *ce) {
      const FunctionDecl *fd = ce->getDirectCallee();
      if (!fd)
        return true;
      unsigned first = isa<CXXOperatorCallExpr>(ce) && isa<CXXMethodDecl>(fd) ? 1 : 0;
      u.callers_[fd->getCanonicalDecl()].push_back({caller, ce, first});
      return true;
    }
  } calls(*this);
  std::set<const FunctionDecl *> seen;
  for (const FunctionDecl *fd : fns)
    if (fd->getBody() && seen.insert(fd).second) {
      own_.insert(fd);
      calls.caller = fd;
      calls.TraverseStmt(fd->getBody());
    }
}

GuardUnit::~GuardUnit() = default;

GuardFinder *GuardUnit::finder(const FunctionDecl *fd) {
  const FunctionDecl *def = nullptr;
  if (!fd || !fd->hasBody(def) || !def || !own_.count(def))
    return nullptr;  // a library's inline code is not looked into
  if (auto it = finders_.find(def); it != finders_.end())
    return it->second.get();
  if (building_.count(def) || building_.size() >= kMaxNesting)
    return nullptr;  // recursion, or a helper's helpers too deep
  building_.insert(def);
  auto f = std::make_unique<GuardFinder>(ctx_, rules_, def, this);
  building_.erase(def);
  return (finders_[def] = std::move(f)).get();
}

bool GuardUnit::owns(const FunctionDecl *fd) const {
  const FunctionDecl *def = nullptr;
  return fd && fd->hasBody(def) && def && own_.count(def);
}

const std::vector<GuardUnit::Call> &GuardUnit::callersOf(const FunctionDecl *fd) const {
  static const std::vector<Call> none;
  auto it = callers_.find(fd->getCanonicalDecl());
  return it == callers_.end() ? none : it->second;
}

std::string GuardFinder::sourceText(const Expr *e) const {
  const SourceManager &sm = ctx_.getSourceManager();
  CharSourceRange r = sm.getExpansionRange(e->getSourceRange());
  std::string t = Lexer::getSourceText(r, sm, ctx_.getLangOpts()).str();
  std::string out;
  for (char c : t)
    if (c != '\n' && c != '\r' && !(c == ' ' && !out.empty() && out.back() == ' '))
      out += c == '\t' ? ' ' : c;
  return out.size() > 60 ? out.substr(0, 57) + "..." : out;
}

std::optional<std::string> GuardFinder::constantText(const Expr *e) {
  if (!e)
    return std::nullopt;
  if (auto s = constString(e, ctx_))
    return "\"" + *s + "\"";
  const Expr *x = e->IgnoreParenImpCasts();
  if (isa<DeclRefExpr>(x) && !isa<EnumConstantDecl>(cast<DeclRefExpr>(x)->getDecl()) &&
      !cast<DeclRefExpr>(x)->getType().isConstQualified())
    return std::nullopt;  // a variable, even when its current value is known
  if (auto v = constInt(e, ctx_))
    return std::to_string(*v);
  if (auto t = fixedCalendarTime(e, ctx_))
    return std::to_string(*t);  // mktime of constant calendar fields: a date
  return std::nullopt;
}

namespace {

/// The comparison that holds on the branch taken: `op` itself, or its
/// negation when the action runs where the condition is false.
BinaryOperatorKind effective(BinaryOperatorKind op, bool holds) {
  if (holds)
    return op;
  switch (op) {
  case BO_EQ: return BO_NE;
  case BO_NE: return BO_EQ;
  case BO_LT: return BO_GE;
  case BO_GE: return BO_LT;
  case BO_GT: return BO_LE;
  case BO_LE: return BO_GT;
  default: return op;
  }
}

/// `const OP x` read as `x OP' const`.
BinaryOperatorKind mirrored(BinaryOperatorKind op) {
  switch (op) {
  case BO_LT: return BO_GT;
  case BO_GT: return BO_LT;
  case BO_LE: return BO_GE;
  case BO_GE: return BO_LE;
  default: return op;
  }
}

/// Guard constants are shown in messages: one line, control characters
/// escaped.
std::string printableConstant(const std::string &text) {
  std::string out;
  for (char c : text) {
    if (c == '\n')
      out += "\\n";
    else if (c == '\t')
      out += "\\t";
    else if (c == '\r')
      out += "\\r";
    else if (static_cast<unsigned char>(c) < 0x20)
      out += "?";
    else
      out += c;
  }
  return out;
}

/// Magic numbers: a number this large compared with input is a code, not a
/// count (argc == 2, fscanf(...) == 1).
constexpr int64_t kMagicNumber = 256;
/// The smallest count a run counter is taken to trigger on (see compare).
constexpr int64_t kMinCountTrigger = 10;

} // namespace

void GuardFinder::compare(const Expr *subject, const Expr *constant, const Expr *cond,
                          std::vector<FoundGuard> &out, BinaryOperatorKind op) {
  auto text = constantText(constant);
  if (!text)
    return;
  if (unit_)
    unit_->budget = 0;  // one question's share of caller arguments
  Kinds k = resolve(origins(subject), 0);
  if (k.empty())
    return;
  auto add = [&](const std::string &kind) {
    out.push_back({kind, printableConstant(*text), cond->getBeginLoc(), sourceText(subject)});
  };
  bool isString = (*text)[0] == '"';
  // K - now <= 0, now - K >= 0 with K a date: the date has come (or, the
  // other way, not yet). Shown with the date, not the 0.
  if (auto small = constInt(constant, ctx_); small && *small > -kDateThreshold &&
                                             *small < kDateThreshold)
    for (const std::string &x : k) {
      bool until = x.rfind("date-minus-clock:", 0) == 0;
      if (!until && x.rfind("clock-minus-date:", 0) != 0)
        continue;
      std::string date = x.substr(x.find(':') + 1);
      BinaryOperatorKind o = until ? mirrored(op) : op;
      if (o == BO_GT || o == BO_GE)
        out.push_back({"clock-date", date, cond->getBeginLoc(), sourceText(subject)});
      else if (o == BO_LT || o == BO_LE)
        out.push_back({"clock-before", date, cond->getBeginLoc(), sourceText(subject)});
    }
  if (k.count("clock")) {
    bool field = readsDateField(subject) || k.count("clock-calendar");
    bool date = field;
    auto v = constInt(constant, ctx_);
    if (!v)
      v = fixedCalendarTime(constant, ctx_);
    if (v && *v >= kDateThreshold)
      date = true;
    if (k.count("clock-elapsed") && !field)
      date = false;
    // A date guard triggers once the date has come (clock >= date, or a
    // calendar field equal to a value); before it, the code expires.
    if (!date)
      add("clock-elapsed");
    else if (op == BO_GT || op == BO_GE || op == BO_EQ)
      add("clock-date");
    else if (op == BO_LT || op == BO_LE)
      add("clock-before");
  }
  // A counter or random number hitting one exact value is a trigger; a
  // threshold is a limit or a sampling rate. A counter's trigger is a count
  // that takes a while to reach: one that hits 0 is a reference count
  // (`if (--refs == 0) unlink(tmp)`), one compared with a small number or a
  // character is a protocol's or a parser's state (`spooling == 7`,
  // `match == '+'`), and a pointer is no count at all.
  auto count = constInt(constant, ctx_);
  bool countTrigger = count && *count >= kMinCountTrigger &&
                      !isa<CharacterLiteral>(constant->IgnoreParenImpCasts()) &&
                      subject->getType()->isIntegerType();
  // A run counter kept in a file also triggers past a threshold (the 250th
  // run and every one after it).
  bool reached = op == BO_EQ ||
                 (k.count("counter-persisted") && (op == BO_GT || op == BO_GE));
  if (k.count("counter") && reached && countTrigger)
    out.push_back({"counter", (op == BO_GT ? ">" : op == BO_GE ? ">=" : "") + printableConstant(*text),
                   cond->getBeginLoc(), sourceText(subject)});
  if (k.count("random") && op == BO_EQ)
    add("random");
  // Input, the environment and identities unlock something when they equal
  // a constant string (a magic value, a host name) or a large number (a PIN,
  // a magic word); counts and lengths compared with small numbers are not.
  bool magic = op == BO_EQ || op == BO_NE;
  if (!isString)
    if (auto v = constInt(constant, ctx_); !v || *v < kMagicNumber)
      magic = false;
  // The other side of such a test ("not-identity") is kept too: it tells
  // the branches of one condition apart.
  for (const char *kind : {"identity", "env", "file", "network", "user-input", "secret", "argument"})
    if (k.count(kind) && magic)
      add(op == BO_EQ ? std::string(kind) : "not-" + std::string(kind));
}

bool GuardFinder::equalityCall(const CallExpr *ce, bool &equalWhenZero) const {
  // A comparison function the models know as a check (strcmp, strncmp,
  // memcmp: equal when it returns zero).
  // Comparisons: strcmp and its relatives, and prefix compares (strncmp,
  // memcmp: "MAGIC:" at the start); character searches (strpbrk, strchr:
  // validate rows with rejects:) are not.
  for (const ModelRow *r : rowsOf(ce))
    if (r->role == ModelRole::Validator && r->passesWhen == "zero" &&
        r->when.rfind("rejects:", 0) != 0) {
      equalWhenZero = r->passesWhen != "nonzero";
      return true;
    }
  return false;
}

void GuardFinder::classify(const Expr *cond, bool holds, std::vector<FoundGuard> &out, int depth) {
  if (!cond || depth > 8)
    return;
  cond = cond->IgnoreParenImpCasts();
  if (const auto *uo = dyn_cast<UnaryOperator>(cond); uo && uo->getOpcode() == UO_LNot)
    return classify(uo->getSubExpr(), !holds, out, depth + 1);
  if (const auto *bo = dyn_cast<BinaryOperator>(cond)) {
    if (bo->getOpcode() == BO_LAnd || bo->getOpcode() == BO_LOr) {
      // Where a && b holds both hold; where a || b fails both fail.
      // Otherwise nothing is known about either side.
      if ((bo->getOpcode() == BO_LAnd) == holds) {
        classify(bo->getLHS(), holds, out, depth + 1);
        classify(bo->getRHS(), holds, out, depth + 1);
      }
      return;
    }
    if (isComparison(bo->getOpcode())) {
      const Expr *l = bo->getLHS(), *r = bo->getRHS();
      BinaryOperatorKind op = effective(bo->getOpcode(), holds);
      // strcmp(x, "magic") == 0: the comparison is inside the call.
      if (const auto *ce = dyn_cast<CallExpr>(l->IgnoreParenImpCasts())) {
        bool zeroEq = true;
        auto zero = constInt(r, ctx_);
        if (zero && *zero == 0 && equalityCall(ce, zeroEq) && (op == BO_EQ || op == BO_NE)) {
          bool equal = (op == BO_EQ) == zeroEq;
          classifyCall(ce, equal, cond, out);
          return;
        }
      }
      if (constantText(r))
        compare(l, r, cond, out, op);
      else if (constantText(l))
        compare(r, l, cond, out, mirrored(op));
      return;
    }
  }
  if (const auto *oc = dyn_cast<CXXOperatorCallExpr>(cond);
      oc && oc->getNumArgs() == 2 &&
      (oc->getOperator() == OO_EqualEqual || oc->getOperator() == OO_ExclaimEqual)) {
    // std::string == "magic"
    bool eq = (oc->getOperator() == OO_EqualEqual) == holds;
    BinaryOperatorKind op = eq ? BO_EQ : BO_NE;
    if (constantText(oc->getArg(1)))
      compare(oc->getArg(0), oc->getArg(1), cond, out, op);
    else if (constantText(oc->getArg(0)))
      compare(oc->getArg(1), oc->getArg(0), cond, out, op);
    return;
  }
  if (isa<DeclRefExpr, MemberExpr>(cond)) {
    classifyFlag(cond, holds, out, depth);
    return;
  }
  if (const auto *ce = dyn_cast<CallExpr>(cond)) {
    // if (strcmp(a, "x")) - true when they differ.
    bool zeroEq = true;
    if (equalityCall(ce, zeroEq)) {
      classifyCall(ce, holds != zeroEq, cond, out);
      return;
    }
    // if (dayHasCome()) with a predicate of the unit: the call holds where
    // one of the conditions it returns holds (`return day >= 15;`).
    const FunctionDecl *fd = ce->getDirectCallee();
    if (!unit_ || !fd || !rowsOf(ce).empty() ||
        !(fd->getReturnType()->isBooleanType() || fd->getReturnType()->isIntegerType()))
      return;
    GuardFinder *helper = unit_->finder(fd);
    if (!helper || helper == this || inPredicate_ || helper->inPredicate_)
      return;  // one level: a predicate's own predicates are not expanded
    helper->inPredicate_ = true;
    for (const Expr *v : helper->returns_)
      if (!constTruthOf(v, ctx_))
        helper->classify(v, holds, out, depth + 1);
    helper->inPredicate_ = false;
  }
}

void GuardFinder::classifyFlag(const Expr *cond, bool holds, std::vector<FoundGuard> &out,
                               int depth) {
  // A flag read while its own stored conditions are classified (`ok = ok
  // && check(x)`, repeated) adds nothing they do not: it is not expanded
  // again, which would multiply the work by the number of its assignments
  // at every level.
  auto expand = [&](const VarDecl *var, const FieldDecl *field,
                    const std::vector<const Expr *> &stored) {
    auto key = std::make_tuple(var, field, holds);
    if (!expanding_.insert(key).second)
      return;
    for (const Expr *e : stored)
      classify(e, holds, out, depth + 1);
    expanding_.erase(key);
  };
  if (const auto *dr = dyn_cast<DeclRefExpr>(cond)) {
    if (const auto *vd = dyn_cast<VarDecl>(dr->getDecl()))
      if (auto it = flags_.find(vd); it != flags_.end())
        expand(vd, nullptr, it->second);
    return;
  }
  const auto *me = cast<MemberExpr>(cond);
  const auto *field = dyn_cast<FieldDecl>(me->getMemberDecl());
  const VarDecl *vd = baseVar(me->getBase());
  if (!field || !vd)
    return;
  if (auto it = fieldFlags_.find({vd, field}); it != fieldFlags_.end())
    expand(vd, field, it->second);
  // evaluate(&st); if (st.expired): what the helper stored into the field
  // through its parameter. One level, as for predicates.
  auto passes = passed_.find(vd);
  if (!unit_ || passes == passed_.end() || inPredicate_)
    return;
  for (const auto &[call, index] : passes->second) {
    GuardFinder *helper = unit_->finder(call->getDirectCallee());
    if (!helper || helper == this || helper->inPredicate_ || !helper->fn_ ||
        index >= helper->fn_->getNumParams())
      continue;
    auto it = helper->fieldFlags_.find({helper->fn_->getParamDecl(index), field});
    if (it == helper->fieldFlags_.end())
      continue;
    helper->inPredicate_ = true;
    for (const Expr *e : it->second)
      helper->classify(e, holds, out, depth + 1);
    helper->inPredicate_ = false;
  }
}

bool GuardFinder::successLeaves(const Expr *call) {
  if (!fn_ || !fn_->getBody() || !call)
    return false;
  if (!parents_)
    parents_ = std::make_unique<ParentMap>(fn_->getBody());
  // Up through casts and parentheses to `call == 0` or `!call`.
  const Stmt *s = call, *p = parents_->getParent(s);
  while (p && (isa<ImplicitCastExpr, ParenExpr>(p))) {
    s = p;
    p = parents_->getParent(p);
  }
  const Stmt *cond = nullptr;
  if (const auto *bo = dyn_cast_or_null<BinaryOperator>(p);
      bo && bo->getOpcode() == BO_EQ && isa<IntegerLiteral>(bo->getRHS()->IgnoreParenImpCasts()) &&
      constInt(bo->getRHS(), ctx_) == 0 && bo->getLHS()->IgnoreParenImpCasts() == call)
    cond = bo;
  else if (const auto *uo = dyn_cast_or_null<UnaryOperator>(p); uo && uo->getOpcode() == UO_LNot)
    cond = uo;
  if (!cond)
    return false;
  for (const Stmt *q = parents_->getParent(cond); q; cond = q, q = parents_->getParent(q)) {
    if (isa<ParenExpr, ImplicitCastExpr>(q))
      continue;
    // `return setuid(0) == 0 ? -1 : 0;`: success returns a failure.
    if (const auto *co = dyn_cast<ConditionalOperator>(q); co && co->getCond() == cond) {
      auto v = constInt(co->getTrueExpr(), ctx_);
      const Stmt *up = parents_->getParent(co);
      while (up && isa<ParenExpr, ImplicitCastExpr>(up))
        up = parents_->getParent(up);
      return v && *v < 0 && isa_and_nonnull<ReturnStmt>(up);
    }
    const auto *is = dyn_cast<IfStmt>(q);
    return is && is->getCond() == cond && reportsAndFails(is->getThen());
  }
  return false;
}

bool GuardFinder::reportsAndFails(const Stmt *s) const {
  // An error path: messages, then `return <negative constant>`, exit() or
  // abort(). Anything else (a shell, `return 1` or `return 0` still as
  // root) is not.
  std::vector<const Stmt *> body;
  if (const auto *cs = dyn_cast_or_null<CompoundStmt>(s))
    body.assign(cs->body_begin(), cs->body_end());
  else if (s)
    body.push_back(s);
  if (body.empty())
    return false;
  auto named = [](const Stmt *x, std::initializer_list<const char *> names) {
    const auto *ce = dyn_cast<CallExpr>(x);
    const FunctionDecl *fd = ce ? ce->getDirectCallee() : nullptr;
    if (!fd || !fd->getIdentifier())
      return false;
    for (const char *n : names)
      if (fd->getName() == n)
        return true;
    return false;
  };
  for (size_t i = 0; i + 1 < body.size(); ++i)
    if (!named(body[i], {"perror", "fprintf", "printf", "puts", "fputs", "syslog", "warn",
                         "warnx", "dprintf"}))
      return false;
  const Stmt *last = body.back();
  if (named(last, {"exit", "_exit", "_Exit", "abort", "err", "errx"}))
    return true;
  const auto *rs = dyn_cast<ReturnStmt>(last);
  if (!rs || !rs->getRetValue())
    return false;
  auto v = constInt(rs->getRetValue(), ctx_);
  return v && *v < 0;
}

std::vector<FoundGuard> GuardFinder::conditionGuards(const Expr *cond, bool holds) {
  std::vector<FoundGuard> out;
  classify(cond, holds, out);
  return out;
}

void GuardFinder::classifyCall(const CallExpr *ce, bool equal, const Expr *cond,
                               std::vector<FoundGuard> &out) {
  const Expr *lit = nullptr;
  for (const Expr *a : ce->arguments())
    if (constString(a, ctx_))
      lit = a;
  if (!lit)
    return;
  for (const Expr *a : ce->arguments())
    if (a != lit && !constantText(a))
      compare(a, lit, cond, out, equal ? BO_EQ : BO_NE);
}

std::vector<FoundGuard> GuardFinder::guardsOf(const Stmt *s) {
  std::vector<FoundGuard> out;
  if (!fn_ || !fn_->getBody() || !s)
    return out;
  if (!parents_)
    parents_ = std::make_unique<ParentMap>(fn_->getBody());
  const Stmt *child = s;
  for (const Stmt *p = parents_->getParent(s); p; child = p, p = parents_->getParent(p)) {
    if (const auto *is = dyn_cast<IfStmt>(p)) {
      if (child == is->getThen())
        classify(is->getCond(), true, out);
      else if (child == is->getElse())
        classify(is->getCond(), false, out);
    } else if (const auto *co = dyn_cast<ConditionalOperator>(p)) {
      if (child == co->getTrueExpr())
        classify(co->getCond(), true, out);
      else if (child == co->getFalseExpr())
        classify(co->getCond(), false, out);
    } else if (const auto *bo = dyn_cast<BinaryOperator>(p)) {
      // a && s: s runs where a holds; a || s: where a fails.
      if ((bo->getOpcode() == BO_LAnd || bo->getOpcode() == BO_LOr) && child == bo->getRHS())
        classify(bo->getLHS(), bo->getOpcode() == BO_LAnd, out);
    } else if (const auto *ws = dyn_cast<WhileStmt>(p)) {
      if (child == ws->getBody())
        classify(ws->getCond(), true, out);
    } else if (const auto *block = dyn_cast<CompoundStmt>(p)) {
      const auto *sw = dyn_cast_or_null<SwitchStmt>(parents_->getParent(block));
      const CaseStmt *label = nullptr;
      std::vector<FoundGuard> early;
      for (const Stmt *sib : block->body()) {
        // switch (x) { case C: ...; s; }: the statements after a label run
        // for that case (until a break); early exits of other cases do not
        // apply to them.
        const Stmt *inner = sib;
        bool labelled = false;
        while (const auto *cs = dyn_cast<CaseStmt>(inner)) {
          label = cs;
          labelled = true;
          inner = cs->getSubStmt();
        }
        if (const auto *ds = dyn_cast<DefaultStmt>(inner)) {
          label = nullptr;
          labelled = true;
          inner = ds->getSubStmt();
        }
        if (sw && labelled)
          early.clear();
        if (isa<BreakStmt>(inner))
          label = nullptr;
        if (sib == child)
          break;
        // if (cond) return; ... s: s runs only where cond failed.
        if (const auto *ex = dyn_cast<IfStmt>(inner); ex && leaves(ex->getThen()) && !ex->getElse())
          classify(ex->getCond(), false, early);
      }
      out.insert(out.end(), early.begin(), early.end());
      if (sw && label)
        compare(sw->getCond(), label->getLHS(), sw->getCond(), out, BO_EQ);
    }
    if (p == fn_->getBody())
      break;
  }
  return out;
}

} // namespace sluice
