#include "analyzer/transfer.h"

#include "analyzer/const_eval.h"

#include "clang/AST/Decl.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/Path.h"

#include <algorithm>

namespace sluice {

using namespace clang;

uint64_t siteKey(const SourceManager &sm, SourceLocation loc) {
  return sm.getFileLoc(loc).getRawEncoding();
}

SourceLocation siteLoc(uint64_t key) {
  return SourceLocation::getFromRawEncoding(static_cast<SourceLocation::UIntTy>(key));
}

std::string describeSourceKind(const std::string &kind) {
  if (kind == "env")
    return "environment value";
  if (kind == "file")
    return "file content";
  if (kind == "network")
    return "network data";
  if (kind == "user-input")
    return "user input";
  if (kind == "secret")
    return "secret";
  return kind;
}

namespace {

std::string calleeName(const FunctionDecl *fd) {
  if (const IdentifierInfo *id = fd->getIdentifier())
    return id->getName().str();
  return fd->getNameAsString();
}

bool isShellProgram(const std::string &path) {
  std::string base = llvm::sys::path::filename(path).str();
  for (char &c : base)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static const char *shells[] = {"sh",   "bash", "dash", "zsh",     "ksh",     "csh",
                                 "tcsh", "ash",  "fish", "cmd.exe", "cmd",     "powershell",
                                 "powershell.exe", "pwsh", "busybox"};
  for (const char *s : shells)
    if (base == s)
      return true;
  return false;
}

bool isShellCommandFlag(const std::string &s) {
  return s == "-c" || s == "/c" || s == "/C" || s == "-Command" || s == "-lc" || s == "-ic";
}

} // namespace

uint64_t Transfer::site(const Stmt *s) const {
  return siteKey(ctx_.getSourceManager(), s->getBeginLoc());
}

ObjId Transfer::varObject(const VarDecl *vd) {
  return arena_.var(vd, vd->getNameAsString(), /*summary=*/false);
}

void Transfer::seedEntry(const FunctionDecl *fn, State &st) {
  st.reachable = true;
  if (!fn->isMain() || fn->getNumParams() < 2)
    return;
  const ParmVarDecl *argv = fn->getParamDecl(1);
  ObjId array = arena_.pointee(varObject(argv));
  ObjId strings = arena_.pointee(array);
  uint64_t at = siteKey(ctx_.getSourceManager(), argv->getLocation());
  LabelId l = arena_.label({Label::Source, "user-input", "argv", at});
  TraceId t = arena_.step(0, at, "command-line arguments enter through '" +
                                     argv->getNameAsString() + "'",
                          "source");
  AbsVal v;
  v.addLabel(l, t, arena_.trace(t).depth);
  st.add(strings, v);
}

AbsVal Transfer::addStep(const AbsVal &v, const Expr *at, const std::string &message) {
  AbsVal out;
  out.targets = v.targets;
  for (const Taint &t : v.labels) {
    if (arena_.label(t.label).cls != Label::Source) {
      out.addLabel(t.label, t.trace, t.depth);
      continue;
    }
    TraceId n = arena_.step(t.trace, site(at), message, "propagation");
    out.addLabel(t.label, n, arena_.trace(n).depth);
  }
  return out;
}

void Transfer::store(const std::vector<ObjId> &objs, bool strong, const AbsVal &v, const Expr *at,
                     const std::string &how) {
  for (ObjId o : objs) {
    AbsVal stepped = v.tainted() ? addStep(v, at, how + " '" + arena_.object(o).name + "'") : v;
    if (strong && objs.size() == 1 && !arena_.object(o).summary)
      st_->set(o, std::move(stepped));
    else
      st_->add(o, stepped);
  }
}

void Transfer::declare(const VarDecl *vd) {
  ObjId o = varObject(vd);
  const Expr *init = vd->getInit();
  if (!init) {
    if (!vd->isStaticLocal() && !vd->hasExternalStorage())
      st_->set(o, AbsVal{});  // a fresh local holds nothing yet
    return;
  }
  AbsVal v = rvalue(init);
  if (vd->getType()->isReferenceType()) {
    // A reference names the object it is bound to: keep its targets.
    bool whole = false;
    for (ObjId t : lvalue(init, whole))
      v.addTarget(t);
  }
  // Static locals are initialised once; later entries keep their value.
  store({o}, /*strong=*/!vd->isStaticLocal(), v, init, "assigned to");
}

void Transfer::apply(const Stmt *s, State &st) {
  st_ = &st;
  if (const auto *ds = dyn_cast<DeclStmt>(s)) {
    for (const Decl *d : ds->decls())
      if (const auto *vd = dyn_cast<VarDecl>(d))
        declare(vd);
  } else if (const auto *rs = dyn_cast<ReturnStmt>(s)) {
    if (rs->getRetValue())
      rvalue(rs->getRetValue());
  } else if (const auto *e = dyn_cast<Expr>(s)) {
    rvalue(e);
  }
  st_ = nullptr;
}

AbsVal Transfer::load(const std::vector<ObjId> &objs, QualType t) {
  AbsVal out;
  bool pointer = !t.isNull() && (t->isPointerType() || t->isArrayType());
  for (ObjId o : objs) {
    AbsVal v = st_->get(o);
    if (pointer && v.targets.empty())
      v.addTarget(arena_.pointee(o));  // an unknown pointer: name its target
    out.join(v);
  }
  return out;
}

AbsVal Transfer::contents(const AbsVal &ptr, QualType pointeeType) {
  return load(ptr.targets, pointeeType);
}

std::vector<ObjId> Transfer::lvalue(const Expr *e, bool &whole) {
  whole = false;
  e = e->IgnoreParens();
  if (const auto *ic = dyn_cast<ImplicitCastExpr>(e))
    return lvalue(ic->getSubExpr(), whole);
  if (const auto *dr = dyn_cast<DeclRefExpr>(e)) {
    const auto *vd = dyn_cast<VarDecl>(dr->getDecl());
    if (!vd)
      return {};
    ObjId o = varObject(vd);
    if (vd->getType()->isReferenceType()) {
      // Accessing a reference accesses the object it is bound to.
      AbsVal v = st_->get(o);
      if (!v.targets.empty())
        return v.targets;
      return {arena_.pointee(o)};
    }
    whole = !vd->getType()->isArrayType();
    return {o};
  }
  if (const auto *uo = dyn_cast<UnaryOperator>(e)) {
    if (uo->getOpcode() == UO_Deref) {
      AbsVal p = rvalue(uo->getSubExpr());
      return p.targets;
    }
    if (uo->isIncrementDecrementOp() && uo->isPrefix()) {
      rvalue(uo);
      return lvalue(uo->getSubExpr(), whole);
    }
    return {};
  }
  if (const auto *as = dyn_cast<ArraySubscriptExpr>(e)) {
    rvalue(as->getIdx());
    AbsVal base = rvalue(as->getBase());
    return base.targets;
  }
  if (const auto *me = dyn_cast<MemberExpr>(e)) {
    // Field-insensitive for now: a member stands for its whole object.
    if (me->isArrow())
      return rvalue(me->getBase()).targets;
    bool w = false;
    return lvalue(me->getBase(), w);
  }
  if (const auto *co = dyn_cast<AbstractConditionalOperator>(e)) {
    rvalue(co->getCond());
    bool w1 = false, w2 = false;
    std::vector<ObjId> a = lvalue(co->getTrueExpr(), w1);
    std::vector<ObjId> b = lvalue(co->getFalseExpr(), w2);
    a.insert(a.end(), b.begin(), b.end());
    std::sort(a.begin(), a.end());
    a.erase(std::unique(a.begin(), a.end()), a.end());
    return a;
  }
  if (const auto *bo = dyn_cast<BinaryOperator>(e)) {
    if (bo->isAssignmentOp()) {
      rvalue(bo);
      return lvalue(bo->getLHS(), whole);
    }
    if (bo->getOpcode() == BO_Comma) {
      rvalue(bo->getLHS());
      return lvalue(bo->getRHS(), whole);
    }
    return {};
  }
  if (const auto *ce = dyn_cast<CallExpr>(e))
    return call(ce).targets;  // a call returning a reference
  if (const auto *mt = dyn_cast<MaterializeTemporaryExpr>(e))
    return lvalue(mt->getSubExpr(), whole);
  if (const auto *cl = dyn_cast<CompoundLiteralExpr>(e)) {
    ObjId o = arena_.alloc(cl, "compound literal");
    st_->add(o, rvalue(cl->getInitializer()));
    return {o};
  }
  return {};
}

AbsVal Transfer::rvalue(const Expr *e) {
  if (!e)
    return {};
  e = e->IgnoreParens();

  if (const auto *ic = dyn_cast<ImplicitCastExpr>(e)) {
    switch (ic->getCastKind()) {
    case CK_LValueToRValue: {
      bool whole = false;
      const Expr *sub = ic->getSubExpr();
      AbsVal v = load(lvalue(sub, whole), ic->getType());
      // The standard input stream is a handle of kind stdin.
      if (const auto *dr = dyn_cast<DeclRefExpr>(sub->IgnoreParens()))
        if (const auto *vd = dyn_cast<VarDecl>(dr->getDecl()))
          if (vd->hasGlobalStorage() && vd->getName() == "stdin")
            v.addLabel(arena_.label({Label::Handle, "stdin", "stdin", 0}), 0, 0);
      return v;
    }
    case CK_ArrayToPointerDecay:
    case CK_FunctionToPointerDecay: {
      bool whole = false;
      AbsVal v;
      for (ObjId o : lvalue(ic->getSubExpr(), whole))
        v.addTarget(o);
      return v;
    }
    case CK_NullToPointer:
    case CK_IntegralToBoolean:
    case CK_PointerToBoolean:
      rvalue(ic->getSubExpr());
      return {};
    default:
      return rvalue(ic->getSubExpr());
    }
  }
  if (const auto *ce = dyn_cast<CastExpr>(e))
    return rvalue(ce->getSubExpr());
  if (isa<IntegerLiteral, StringLiteral, CharacterLiteral, FloatingLiteral, UnaryExprOrTypeTraitExpr,
          CXXBoolLiteralExpr, CXXNullPtrLiteralExpr, GNUNullExpr, PredefinedExpr>(e))
    return {};
  if (const auto *dr = dyn_cast<DeclRefExpr>(e)) {
    // A glvalue used directly (C++ references, function names).
    if (isa<VarDecl>(dr->getDecl()) && dr->isGLValue()) {
      bool whole = false;
      return load(lvalue(dr, whole), dr->getType());
    }
    return {};
  }
  if (const auto *uo = dyn_cast<UnaryOperator>(e)) {
    switch (uo->getOpcode()) {
    case UO_AddrOf: {
      bool whole = false;
      AbsVal v;
      for (ObjId o : lvalue(uo->getSubExpr(), whole))
        v.addTarget(o);
      return v;
    }
    case UO_Deref: {
      bool whole = false;
      return load(lvalue(uo, whole), uo->getType());
    }
    case UO_PreInc:
    case UO_PreDec:
    case UO_PostInc:
    case UO_PostDec: {
      // p++ keeps p's targets and labels: store nothing new.
      return rvalue(uo->getSubExpr());
    }
    case UO_LNot:
      rvalue(uo->getSubExpr());
      return {};
    default:
      return rvalue(uo->getSubExpr());
    }
  }
  if (const auto *bo = dyn_cast<BinaryOperator>(e)) {
    if (bo->getOpcode() == BO_Assign) {
      AbsVal v = rvalue(bo->getRHS());
      bool whole = false;
      std::vector<ObjId> objs = lvalue(bo->getLHS(), whole);
      store(objs, whole, v, bo, "assigned to");
      return v;
    }
    if (bo->isCompoundAssignmentOp()) {
      AbsVal v = rvalue(bo->getRHS());
      bool whole = false;
      std::vector<ObjId> objs = lvalue(bo->getLHS(), whole);
      store(objs, /*strong=*/false, v, bo, "combined into");
      return join(load(objs, bo->getType()), v);
    }
    if (bo->getOpcode() == BO_Comma) {
      rvalue(bo->getLHS());
      return rvalue(bo->getRHS());
    }
    AbsVal l = rvalue(bo->getLHS());
    AbsVal r = rvalue(bo->getRHS());
    if (bo->isComparisonOp() || bo->isLogicalOp())
      return {};  // a truth value carries no data
    return join(l, r);
  }
  if (const auto *co = dyn_cast<AbstractConditionalOperator>(e)) {
    rvalue(co->getCond());
    return join(rvalue(co->getTrueExpr()), rvalue(co->getFalseExpr()));
  }
  if (const auto *ce = dyn_cast<CallExpr>(e))
    return call(ce);
  if (isa<ArraySubscriptExpr, MemberExpr>(e) && e->isGLValue()) {
    bool whole = false;
    return load(lvalue(e, whole), e->getType());
  }
  if (const auto *il = dyn_cast<InitListExpr>(e)) {
    AbsVal v;
    for (const Expr *i : il->inits())
      v.join(rvalue(i));
    return v;
  }
  if (const auto *mt = dyn_cast<MaterializeTemporaryExpr>(e))
    return rvalue(mt->getSubExpr());
  if (const auto *fe = dyn_cast<FullExpr>(e))
    return rvalue(fe->getSubExpr());
  if (const auto *bt = dyn_cast<CXXBindTemporaryExpr>(e))
    return rvalue(bt->getSubExpr());
  if (const auto *se = dyn_cast<StmtExpr>(e)) {
    AbsVal last;
    for (const Stmt *s : se->getSubStmt()->body()) {
      if (const auto *x = dyn_cast<Expr>(s))
        last = rvalue(x);
      else if (const auto *ds = dyn_cast<DeclStmt>(s))
        for (const Decl *d : ds->decls())
          if (const auto *vd = dyn_cast<VarDecl>(d))
            declare(vd);
    }
    return last;
  }
  // Anything else: evaluate the children for their effects and let their
  // data through (conservative).
  AbsVal v;
  for (const Stmt *c : e->children())
    if (const auto *x = dyn_cast_or_null<Expr>(c))
      v.join(rvalue(x));
  return v;
}

AbsVal Transfer::call(const CallExpr *ce) {
  auto cached = calls_.find(ce);
  if (cached != calls_.end())
    return cached->second;

  const FunctionDecl *fd = ce->getDirectCallee();
  std::vector<const ModelRow *> rows;
  std::string api;
  if (fd) {
    api = calleeName(fd);
    rows = rules_.rowsFor(fd->getQualifiedNameAsString(), api);
  } else {
    rvalue(ce->getCallee());
  }
  AbsVal result = applyModels(ce, api, rows);
  calls_[ce] = result;
  return result;
}

std::vector<unsigned> Transfer::positions(const Args &a, const AccessPath &p) const {
  std::vector<unsigned> out;
  if (p.isReturn())
    return out;
  unsigned first = static_cast<unsigned>(p.arg);
  unsigned last = p.andLater ? static_cast<unsigned>(a.exprs.size()) : first + 1;
  for (unsigned i = first; i < last && i < a.exprs.size(); ++i)
    out.push_back(i);
  return out;
}

AbsVal Transfer::valueAt(const Args &a, const AccessPath &p, unsigned i) {
  AbsVal v = a.values[i];
  QualType t = a.exprs[i]->getType();
  for (unsigned d = 0; d < p.derefs; ++d) {
    QualType inner = t->isPointerType() ? t->getPointeeType() : QualType();
    v = contents(v, inner);
    t = inner.isNull() ? t : inner;
  }
  return v;
}

std::vector<ObjId> Transfer::objectsAt(const Args &a, const AccessPath &p, unsigned i) {
  if (p.derefs == 0)
    return {};
  AccessPath outer = p;
  outer.derefs = p.derefs - 1;
  return valueAt(a, outer, i).targets;
}

bool Transfer::hasHandle(const AbsVal &v, const std::string &kind) const {
  for (const Taint &t : v.labels) {
    const Label &l = arena_.label(t.label);
    if (l.cls == Label::Handle && l.kind == kind)
      return true;
  }
  return false;
}

std::string Transfer::refineSourceKind(const ModelRow &row, const Args &a) const {
  if (!row.stream || *row.stream >= static_cast<int>(a.exprs.size()))
    return row.kind;
  const AbsVal &v = a.values[*row.stream];
  if (hasHandle(v, "socket"))
    return "network";
  if (hasHandle(v, "stdin"))
    return "user-input";
  auto fdNumber = constInt(a.exprs[*row.stream], ctx_);
  if (fdNumber && *fdNumber == 0)
    return "user-input";  // descriptor 0 is standard input
  return row.kind;
}

bool Transfer::conditionHolds(const ModelRow &row, const Args &a, unsigned argIndex) const {
  if (row.when.empty())
    return true;
  if (row.when == "shell-command") {
    if (a.exprs.empty())
      return false;
    auto program = constString(a.exprs[0], ctx_);
    if (!program || !isShellProgram(*program))
      return false;
    // For argument lists (execl): only positions after the command flag.
    // For argument vectors (execv: **arg1) the flag is inside the array.
    if (row.at.size() == 1 && row.at[0].derefs >= 2)
      return true;
    for (unsigned i = 1; i < argIndex && i < a.exprs.size(); ++i) {
      auto s = constString(a.exprs[i], ctx_);
      if (s && isShellCommandFlag(*s))
        return true;
    }
    return false;
  }
  if (row.when.rfind("handle:", 0) == 0) {
    auto at = row.when.find('@');
    std::string kind = row.when.substr(7, at - 7);
    auto p = AccessPath::parse(row.when.substr(at + 1));
    if (!p || p->arg >= static_cast<int>(a.values.size()))
      return false;
    return hasHandle(a.values[p->arg], kind);
  }
  return false;
}

AbsVal Transfer::applyModels(const CallExpr *ce, const std::string &api,
                             const std::vector<const ModelRow *> &rows) {
  Args a;
  for (const Expr *arg : ce->arguments()) {
    a.exprs.push_back(arg);
    a.values.push_back(rvalue(arg));
  }
  AbsVal result;
  QualType rt = ce->getCallReturnType(ctx_);
  bool returnsPointer = !rt.isNull() && rt->isPointerType();
  auto resultObject = [&]() {
    if (result.targets.empty())
      result.addTarget(arena_.alloc(ce, "memory returned by '" + api + "'"));
    return result.targets;
  };

  // Propagators first, so that a row that also sources or sanitizes sees
  // the propagated value.
  for (const ModelRow *r : rows) {
    if (r->role != ModelRole::Propagator)
      continue;
    AbsVal in;
    for (const AccessPath &p : r->from)
      for (unsigned i : positions(a, p))
        in.join(valueAt(a, p, i));
    for (const AccessPath &p : r->to) {
      if (p.isReturn()) {
        if (p.derefs == 0) {
          result.join(in);
        } else {
          AbsVal contentsOnly;
          contentsOnly.labels = in.labels;
          store(resultObject(), false, contentsOnly, ce, "copied by '" + api + "' into");
        }
        continue;
      }
      for (unsigned i : positions(a, p)) {
        std::vector<ObjId> dest = objectsAt(a, p, i);
        // Overwriting a whole buffer (strcpy(buf, ...)) replaces its content;
        // writing at an offset (strcpy(buf + n, ...)) does not.
        const Expr *arg = a.exprs[i]->IgnoreParenImpCasts();
        bool atStart = isa<DeclRefExpr>(arg);
        AbsVal contentsOnly;
        contentsOnly.labels = in.labels;
        store(dest, r->overwrite && atStart && p.derefs == 1, contentsOnly, ce,
              "copied by '" + api + "' into");
      }
    }
  }

  for (const ModelRow *r : rows) {
    switch (r->role) {
    case ModelRole::Propagator:
      break;
    case ModelRole::Handle:
      for (const AccessPath &p : r->at)
        if (p.isReturn())
          result.addLabel(arena_.label({Label::Handle, r->kind, api, site(ce)}), 0, 0);
      break;
    case ModelRole::Source: {
      std::string kind = refineSourceKind(*r, a);
      LabelId l = arena_.label({Label::Source, kind, api, site(ce)});
      TraceId t = arena_.step(0, site(ce), describeSourceKind(kind) + " enters from '" + api + "'",
                              "source");
      AbsVal v;
      v.addLabel(l, t, arena_.trace(t).depth);
      for (const AccessPath &p : r->at) {
        if (p.isReturn()) {
          if (p.derefs == 0)
            result.join(v);
          else
            for (ObjId o : resultObject())
              st_->add(o, v);
          continue;
        }
        for (unsigned i : positions(a, p))
          for (ObjId o : objectsAt(a, p, i))
            st_->add(o, v);
      }
      break;
    }
    case ModelRole::Sanitizer:
      for (const AccessPath &p : r->at)
        if (p.isReturn() && p.derefs == 0) {
          AbsVal clean;
          for (const Taint &t : result.labels) {
            const Label &l = arena_.label(t.label);
            bool cleared = r->kind == "all" || r->kind.find(l.kind) != std::string::npos;
            if (l.cls != Label::Source || !cleared)
              clean.addLabel(t.label, t.trace, t.depth);
          }
          clean.targets = result.targets;
          result = clean;
        }
      break;
    case ModelRole::Sink:
      if (!observer_)
        break;
      for (const AccessPath &p : r->at)
        for (unsigned i : positions(a, p)) {
          if (!conditionHolds(*r, a, i))
            continue;
          AbsVal v = valueAt(a, p, i);
          if (p.derefs > 0)
            v.join(a.values[i]);  // a tainted pointer is as bad as tainted data
          AbsVal sources;
          for (const Taint &t : v.labels)
            if (arena_.label(t.label).cls == Label::Source)
              sources.addLabel(t.label, t.trace, t.depth);
          if (sources.tainted())
            observer_->onSink(SinkHit{ce, r, api, i, std::move(sources)});
        }
      break;
    }
  }

  // A pointer returned by a function we know nothing more about points to
  // memory of its own.
  if (returnsPointer && result.targets.empty())
    resultObject();
  return result;
}

} // namespace sluice
