// Validators on branches: when a block ends in a check such as
// `strpbrk(s, ";|&`$") != NULL` or `strcmp(s, "start") == 0`, the edge on
// which the check passed carries `s` without the kinds the check rules out.
// Checks come from validate rows in the models; a call of a small helper of
// this unit is looked through when its body is `return <check>;`, or a
// series of early exits `if (<check>) return K;` that all return one
// constant and end in `return L;` with another (`is_safe(name)` that
// returns 0 when the name has '/' or "..", else 1): where the helper
// returned L, every early check failed.
#include "analyzer/const_eval.h"
#include "analyzer/facts.h"
#include "analyzer/transfer.h"

#include "clang/AST/Decl.h"

#include <algorithm>
#include <optional>

namespace sluice {

using namespace clang;

namespace {

constexpr int kMaxHelperDepth = 3;

/// `return <expr>;` as the whole body of a function defined in this unit.
const Expr *singleReturn(const FunctionDecl *fd) {
  const FunctionDecl *def = nullptr;
  if (!fd || !fd->hasBody(def) || !def)
    return nullptr;
  const auto *body = dyn_cast_or_null<CompoundStmt>(def->getBody());
  if (!body || body->size() != 1)
    return nullptr;
  const auto *rs = dyn_cast<ReturnStmt>(body->body_front());
  return rs ? rs->getRetValue() : nullptr;
}

bool isZero(const Expr *e, const ASTContext &ctx) {
  if (isNullPointer(e, ctx))
    return true;
  auto v = constInt(e, ctx);
  return v && *v == 0;
}

/// A returned constant's truth: 0 / false / NULL is false; other integer
/// and boolean constants true; anything else unknown.
std::optional<bool> constTruth(const Expr *e, const ASTContext &ctx) {
  if (!e)
    return std::nullopt;
  e = e->IgnoreParenImpCasts();
  if (const auto *b = dyn_cast<CXXBoolLiteralExpr>(e))
    return b->getValue();
  if (isNullPointer(e, ctx))
    return false;
  if (auto v = constInt(e, ctx))
    return *v != 0;
  return std::nullopt;
}

/// The return of `s` when it is `return E;` or `{ return E; }`.
const ReturnStmt *onlyReturn(const Stmt *s) {
  if (const auto *cs = dyn_cast_or_null<CompoundStmt>(s))
    s = cs->size() == 1 ? cs->body_front() : nullptr;
  return dyn_cast_or_null<ReturnStmt>(s);
}

bool hasReturn(const Stmt *s) {
  if (!s)
    return false;
  if (isa<ReturnStmt>(s))
    return true;
  for (const Stmt *c : s->children())
    if (hasReturn(c))
      return true;
  return false;
}

/// A helper made of early exits: `if (C1) return K; ... if (Cn) return K;
/// return L;` with constants K and L of opposite truth (other statements
/// may come between, without returns). The conditions, and L's truth.
struct EarlyExits {
  std::vector<const Expr *> conditions;
  bool finalTruth = false;
};
std::optional<EarlyExits> earlyExits(const FunctionDecl *fd, const ASTContext &ctx) {
  const FunctionDecl *def = nullptr;
  if (!fd || !fd->hasBody(def) || !def)
    return std::nullopt;
  const auto *body = dyn_cast_or_null<CompoundStmt>(def->getBody());
  if (!body || body->size() < 2)
    return std::nullopt;
  const auto *last = dyn_cast<ReturnStmt>(body->body_back());
  std::optional<bool> final = last ? constTruth(last->getRetValue(), ctx) : std::nullopt;
  if (!final)
    return std::nullopt;
  EarlyExits out;
  out.finalTruth = *final;
  for (const Stmt *st : body->body()) {
    if (st == last)
      break;
    const auto *is = dyn_cast<IfStmt>(st);
    const ReturnStmt *rs = is && !is->getElse() && !is->getInit() && !is->getConditionVariable()
                               ? onlyReturn(is->getThen())
                               : nullptr;
    if (!rs) {
      if (hasReturn(st))
        return std::nullopt;  // some other way out: not this shape
      continue;
    }
    std::optional<bool> t = constTruth(rs->getRetValue(), ctx);
    if (!t || *t == *final)
      return std::nullopt;
    out.conditions.push_back(is->getCond());
  }
  if (out.conditions.empty())
    return std::nullopt;
  return out;
}

} // namespace

bool Transfer::isConstantText(const Expr *e) const {
  if (constString(e, ctx_))
    return true;
  // An element of a constant table of string literals.
  const InitListExpr *init = constantTable(e, ctx_, nullptr);
  if (!init)
    return false;
  for (const Expr *i : init->inits())
    if (!constString(i, ctx_) && !isNullPointer(i, ctx_))
      return false;
  return true;
}

bool Transfer::validatorHolds(const ModelRow &row, const std::vector<const Expr *> &args,
                              unsigned subject) {
  // The same `when:` evaluation as every other row: a list must all hold,
  // '!' negates.
  Args a;
  a.exprs = args;
  for (const Expr *e : args) {
    a.values.push_back(e ? rvalue(e) : AbsVal{});
    a.types.push_back(e ? e->getType() : QualType());
  }
  return conditionHolds(row, a, subject);
}

void Transfer::collectGuards(const Expr *e, bool truth, std::vector<Guard> &out, int depth,
                             const std::map<const ParmVarDecl *, const Expr *> &actuals) {
  if (!e || depth > kMaxHelperDepth)
    return;
  e = e->IgnoreParenImpCasts();
  if (const auto *dr = dyn_cast<DeclRefExpr>(e)) {
    // Inside a helper: a parameter stands for the caller's argument.
    if (const auto *pv = dyn_cast<ParmVarDecl>(dr->getDecl())) {
      auto it = actuals.find(pv);
      if (it != actuals.end() && it->second != e)
        collectGuards(it->second, truth, out, depth, {});
    }
    return;
  }
  if (const auto *uo = dyn_cast<UnaryOperator>(e)) {
    if (uo->getOpcode() == UO_LNot)
      collectGuards(uo->getSubExpr(), !truth, out, depth, actuals);
    return;
  }
  if (const auto *bo = dyn_cast<BinaryOperator>(e)) {
    switch (bo->getOpcode()) {
    case BO_EQ:
    case BO_NE: {
      const Expr *other = nullptr;
      if (isZero(bo->getRHS(), ctx_))
        other = bo->getLHS();
      else if (isZero(bo->getLHS(), ctx_))
        other = bo->getRHS();
      if (other)
        collectGuards(other, bo->getOpcode() == BO_EQ ? !truth : truth, out, depth, actuals);
      return;
    }
    case BO_LAnd:
      if (truth) {
        collectGuards(bo->getLHS(), true, out, depth, actuals);
        collectGuards(bo->getRHS(), true, out, depth, actuals);
      }
      return;
    case BO_LOr:
      if (!truth) {
        collectGuards(bo->getLHS(), false, out, depth, actuals);
        collectGuards(bo->getRHS(), false, out, depth, actuals);
      }
      return;
    default:
      return;
    }
  }
  const auto *ce = dyn_cast<CallExpr>(e);
  const FunctionDecl *fd = ce ? ce->getDirectCallee() : nullptr;
  if (!fd)
    return;
  std::vector<const Expr *> args;
  for (const Expr *a : ce->arguments()) {
    // Arguments of a call inside a helper refer to the helper's parameters.
    const Expr *x = a;
    if (const auto *dr = dyn_cast<DeclRefExpr>(a->IgnoreParenImpCasts()))
      if (const auto *pv = dyn_cast<ParmVarDecl>(dr->getDecl())) {
        auto it = actuals.find(pv);
        if (it != actuals.end())
          x = it->second;
      }
    args.push_back(x);
  }
  bool found = false;
  for (const ModelRow *r : modelRowsFor(rules_, fd)) {
    if (r->role != ModelRole::Validator)
      continue;
    found = true;
    bool passes = r->passesWhen == "zero" ? !truth : truth;
    if (!passes)
      continue;
    for (const AccessPath &p : r->at)
      if (!p.isReturn() && static_cast<size_t>(p.arg) < args.size() &&
          validatorHolds(*r, args, static_cast<unsigned>(p.arg)))
      {
        out.push_back(Guard{args[static_cast<size_t>(p.arg)], p.derefs, r->kind});
        recordCoverage(*r, ce, /*always=*/true);  // guards run during the fixpoint
      }
  }
  if (found || !isProgramFunction(fd))
    return;
  if (const Expr *body = singleReturn(fd)) {
    std::map<const ParmVarDecl *, const Expr *> inner;
    for (unsigned i = 0; i < fd->getNumParams() && i < args.size(); ++i)
      inner[fd->getParamDecl(i)] = args[i];
    // The helper's definition may be a different declaration than the callee.
    const FunctionDecl *def = nullptr;
    fd->hasBody(def);
    if (def && def != fd)
      for (unsigned i = 0; i < def->getNumParams() && i < args.size(); ++i)
        inner[def->getParamDecl(i)] = args[i];
    collectGuards(body, truth, out, depth + 1, inner);
  } else if (auto exits = earlyExits(fd, ctx_); exits && truth == exits->finalTruth) {
    // The helper returned its final constant: none of its early exits was
    // taken, so each of their conditions was false.
    std::map<const ParmVarDecl *, const Expr *> inner;
    const FunctionDecl *def = nullptr;
    fd->hasBody(def);
    for (const FunctionDecl *d : {fd, def})
      if (d)
        for (unsigned i = 0; i < d->getNumParams() && i < args.size(); ++i)
          inner[d->getParamDecl(i)] = args[i];
    for (const Expr *c : exits->conditions)
      collectGuards(c, false, out, depth + 1, inner);
  }
}

AbsVal Transfer::sanitized(const ModelRow &row, const AbsVal &v) const {
  // A fresh value: no labels the row clears, no memory.
  AbsVal clean;
  for (const Taint &t : v.labels) {
    const Label &l = arena_.label(t.label);
    // Symbolic atoms may stand for any kind: only `all` clears them.
    bool cleared = row.kind == "all" ||
                   (l.cls == Label::Source && row.kind.find(l.kind) != std::string::npos);
    if (l.cls == Label::Handle || !cleared)
      clean.addLabel(t.label, t.trace, t.depth);
  }
  return clean;
}

AbsVal Transfer::clearKinds(const AbsVal &v, const std::string &kinds) {
  // The value keeps its labels (it is still what it was), marked safe for
  // the validated sink kinds.
  AbsVal out;
  out.targets = v.targets;
  for (const Taint &t : v.labels) {
    Label l = arena_.label(t.label);
    if (l.cls == Label::Handle) {
      out.addLabel(t.label, t.trace, t.depth);
      continue;
    }
    l.cleared = facts::mergeCleared(l.cleared, kinds);
    out.addLabel(arena_.label(l), t.trace, t.depth);
  }
  return out;
}

void Transfer::applyGuard(const Expr *cond, bool truth, State &st) {
  st_ = &st;
  std::vector<Guard> guards;
  collectGuards(cond, truth, guards, 0, {});
  for (const Guard &g : guards) {
    // The checked value itself, and the memory it points to.
    bool whole = false;
    std::vector<ObjId> holders = g.derefs ? std::vector<ObjId>{} : lvalue(g.subject, whole);
    AbsVal v = rvalue(g.subject);
    std::vector<ObjId> objs = g.derefs ? v.targets : holders;
    // Only a check on one concrete object says something about it; a
    // summary (all of argv's strings, every element of an array) stays.
    if (objs.size() != 1 || arena_.object(objs[0]).summary)
      continue;
    for (ObjId o : objs)
      st_->set(o, clearKinds(st_->get(o), g.kinds));
    if (g.derefs)
      for (ObjId o : lvalue(g.subject, whole))
        st_->set(o, clearKinds(st_->get(o), g.kinds));
  }
  st_ = nullptr;
}

} // namespace sluice
