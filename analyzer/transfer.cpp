// Transfer functions for values, lvalues and statements. Reads of memory
// (loads, their memo, parts of a value) are in transfer_memory.cpp, calls
// in calls.cpp.
#include "analyzer/transfer.h"

#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Index/USRGeneration.h"

#include <algorithm>

namespace sluice {

using namespace clang;

uint64_t siteKey(const SourceManager &sm, SourceLocation loc) {
  return sm.getFileLoc(loc).getRawEncoding();
}

SourceLocation siteLoc(uint64_t key) {
  return SourceLocation::getFromRawEncoding(static_cast<SourceLocation::UIntTy>(key));
}

std::vector<const ModelRow *> modelRowsFor(const RuleSet &rules, const FunctionDecl *fd) {
  std::string q = modelName(fd);
  const DeclContext *dc = fd->getDeclContext();
  while (dc && isa<LinkageSpecDecl>(dc))
    dc = dc->getParent();
  bool global = dc && dc->isTranslationUnit();
  // libstdc++ declares C++ overloads of some C functions in std
  // (std::wcsstr, std::strchr for const arguments): still the C function.
  // Templates in std (the std::remove algorithm) are not.
  if (const auto *ns = dyn_cast_or_null<NamespaceDecl>(dc);
      ns && ns->isStdNamespace() && !fd->isTemplateInstantiation() &&
      !fd->getDescribedFunctionTemplate() && !isa<CXXMethodDecl>(fd))
    global = true;
  std::string plain = global && fd->getIdentifier() ? fd->getName().str() : q;
  return rules.rowsFor(q, plain);
}

std::string modelName(const NamedDecl *d) {
  std::string name = d->getNameAsString();
  if (isa<CXXConstructorDecl>(d))
    name = cast<CXXConstructorDecl>(d)->getParent()->getNameAsString();
  else if (isa<CXXDestructorDecl>(d))
    name = "~" + cast<CXXDestructorDecl>(d)->getParent()->getNameAsString();
  for (const DeclContext *dc = d->getDeclContext(); dc; dc = dc->getParent()) {
    if (const auto *ns = dyn_cast<NamespaceDecl>(dc)) {
      if (ns->isInline() || ns->isAnonymousNamespace())
        continue;
      name = ns->getNameAsString() + "::" + name;
    } else if (const auto *rd = dyn_cast<RecordDecl>(dc)) {
      if (!rd->getIdentifier())
        continue;
      name = rd->getNameAsString() + "::" + name;
    } else if (isa<LinkageSpecDecl>(dc)) {
      continue;
    } else {
      break;
    }
  }
  return name;
}

std::string usrOf(const Decl *d) {
  llvm::SmallString<128> buf;
  if (index::generateUSRForDecl(d, buf))
    return "";
  return std::string(buf.str());
}

std::string captureKey(const VarDecl *vd) {
  const Decl *owner = dyn_cast_or_null<Decl>(vd->getParentFunctionOrMethod());
  std::string base = owner ? usrOf(owner) : std::string("?");
  return "capture:" + base + "#" + vd->getNameAsString() + "#" +
         std::to_string(vd->getLocation().getRawEncoding());
}

namespace {

/// Types whose values lead to other memory: pointers, references, records
/// (which may hold pointers) and arrays of those.
bool leadsToMemory(QualType t) {
  if (t.isNull())
    return false;
  t = t.getCanonicalType();
  if (t->isPointerType() || t->isReferenceType() || t->isRecordType() || t->isBlockPointerType())
    return true;
  if (const auto *at = t->getAsArrayTypeUnsafe())
    return leadsToMemory(at->getElementType());
  return false;
}

/// Globals and lambda captures a function body refers to.
class GlobalUses : public RecursiveASTVisitor<GlobalUses> {
public:
  std::vector<const VarDecl *> found;
  std::vector<SourceLocation> firstUse;  // per found variable
  bool VisitDeclRefExpr(DeclRefExpr *e) {
    if (const auto *vd = dyn_cast<VarDecl>(e->getDecl()))
      if (std::find(found.begin(), found.end(), vd) == found.end()) {
        found.push_back(vd);
        firstUse.push_back(e->getLocation());
      }
    return true;
  }
  bool TraverseLambdaExpr(LambdaExpr *) { return true; }  // analyzed on its own
};

/// The C library's process environment (`environ` and its aliases): every
/// variable's "NAME=value" text. A source here, not a global of the program.
/// The source row of a library's array of strings (`variables:` in the
/// models: `environ`): an extern global `T **` declared at file scope.
const ModelRow *sourceVariable(const VarDecl *vd, const RuleSet &rules) {
  if (!vd->hasGlobalStorage() || !vd->getDeclContext()->getRedeclContext()->isTranslationUnit() ||
      !vd->hasExternalStorage() || !vd->getType()->isPointerType() ||
      !vd->getType()->getPointeeType()->isPointerType() || !vd->getIdentifier())
    return nullptr;
  std::string key = sourceVariableName(vd->getName().str());
  for (const ModelRow *r : rules.rowsFor(key, key))
    if (r->role == ModelRole::Source)
      return r;
  return nullptr;
}

} // namespace

bool holdsNoAddress(QualType t) {
  for (const auto *td = t->getAs<TypedefType>(); td;
       td = td->getDecl()->getUnderlyingType()->getAs<TypedefType>()) {
    llvm::StringRef name = td->getDecl()->getName();
    if (name == "intptr_t" || name == "uintptr_t")
      return false;
  }
  QualType c = t.getCanonicalType();
  if (const auto *at = c->getAs<AtomicType>())  // redisAtomic time_t unixtime
    return holdsNoAddress(at->getValueType());
  return c->isArithmeticType();
}

uint64_t Transfer::site(const Stmt *s) const {
  return siteKey(ctx_.getSourceManager(), s->getBeginLoc());
}

bool Transfer::isCapturedHere(const VarDecl *vd) const {
  const auto *md = dyn_cast<CXXMethodDecl>(fn_);
  if (!md || !md->getParent()->isLambda() || !vd->isLocalVarDeclOrParm())
    return false;
  return vd->getParentFunctionOrMethod() != fn_;
}

ObjId Transfer::varObject(const VarDecl *vd) {
  auto [it, fresh] = vars_.emplace(vd, 0);
  if (fresh)
    it->second = arena_.var(vd, vd->getNameAsString(), /*summary=*/false);
  return it->second;
}

void Transfer::seedInterfaceObject(ObjId var, const Label &base, TraceId root) {
  ObjId level[3] = {var, arena_.pointee(var), 0};
  level[2] = arena_.pointee(level[1]);
  // During one call a pointer parameter points to one object of the
  // caller's: overwriting all of it (strcpy(out, ...)) replaces its content.
  arena_.markSingle(level[1]);
  for (int d = 0; d < 3; ++d) {
    Label l = base;
    l.derefs = d;
    AbsVal v;
    LabelId id = arena_.label(l);
    v.addLabel(id, root, root ? arena_.trace(root).depth : 0);
    if (d < 2)
      v.addTarget(level[d + 1]);
    st_->add(level[d], v);
    seeds_.try_emplace(level[d], Seed{id, d < 2 ? level[d + 1] : ~0u});
  }
}

void Transfer::seedEntry(State &st) {
  st.reachable = true;
  st_ = &st;
  std::string fnName = fn_->getQualifiedNameAsString();
  int base = 0;
  auto addParam = [&](int index, ObjId var, const std::string &name, SourceLocation loc,
                      QualType t) {
    Label l{Label::Symbolic, "param", "", 0, index, 0};
    TraceId root = arena_.step(0, siteKey(ctx_.getSourceManager(), loc),
                               "enters '" + fnName + "' through parameter '" + name + "'",
                               "parameter");
    if (leadsToMemory(t)) {
      seedInterfaceObject(var, l, root);
    } else {
      AbsVal v;
      v.addLabel(arena_.label(l), root, arena_.trace(root).depth);
      st_->add(var, v);
    }
    ObjId p1 = arena_.pointee(var);
    iface_.params.push_back({index, name, {var, p1, arena_.pointee(p1)}});
  };
  if (const auto *md = dyn_cast<CXXMethodDecl>(fn_); md && md->isInstance()) {
    addParam(0, arena_.thisObject(md), "this", fn_->getLocation(), md->getThisType());
    base = 1;
  }
  for (unsigned i = 0; i < fn_->getNumParams(); ++i) {
    const ParmVarDecl *p = fn_->getParamDecl(i);
    addParam(base + static_cast<int>(i), varObject(p), p->getNameAsString(), p->getLocation(),
             p->getType());
  }
  if (fn_->isVariadic()) {
    // `...` is one more parameter that stands for every argument from here
    // on; va_start hands it to the va_list.
    variadicIndex_ = base + static_cast<int>(fn_->getNumParams());
    variadic_ = arena_.alloc(fn_, "variadic arguments", 7001);
    addParam(variadicIndex_, variadic_, "...", fn_->getLocation(), ctx_.VoidPtrTy);
  }

  GlobalUses uses;
  uses.TraverseStmt(const_cast<Stmt *>(fn_->getBody()));
  for (const VarDecl *vd : uses.found) {
    bool captured = isCapturedHere(vd);
    if (!captured && (!vd->hasGlobalStorage() || vd->getType().isConstQualified() ||
                      sourceVariable(vd, rules_)))
      continue;
    if (!captured && vd->isStaticLocal() && vd->getParentFunctionOrMethod() != fn_)
      continue;
    std::string key = captured ? captureKey(vd) : usrOf(vd);
    if (key.empty())
      continue;
    Label l{Label::Symbolic, "global", key, 0, 0, 0};
    TraceId root = arena_.step(0, siteKey(ctx_.getSourceManager(), vd->getLocation()),
                               std::string(captured ? "captured variable '" : "global '") +
                                   vd->getNameAsString() + "' is read in '" + fnName + "'",
                               "global");
    ObjId var = varObject(vd);
    if (leadsToMemory(vd->getType()))
      seedInterfaceObject(var, l, root);
    else {
      AbsVal v;
      v.addLabel(arena_.label(l), root, arena_.trace(root).depth);
      st_->add(var, v);
    }
    iface_.globals.push_back({vd, key, var});
  }
  // Globals also hold their initial values (tables of strings or functions).
  for (const VarDecl *vd : uses.found) {
    if (!vd->hasGlobalStorage() || isCapturedHere(vd))
      continue;
    const VarDecl *def = vd->getDefinition() ? vd->getDefinition() : vd;
    if (const Expr *init = def->getInit())
      if (!isa<CXXConstructExpr>(init->IgnoreImplicit()))
        st_->add(varObject(vd), rvalue(init));
  }

  // Arrays of strings that hold outside text: main's arguments, and the
  // process environment as a whole (a library variable a source row names,
  // `environ` and its aliases; main's third parameter: every variable's
  // "NAME=value").
  auto strings = [&](const VarDecl *vd, SourceLocation where, const std::string &kind,
                     const std::string &api, const std::string &what) {
    uint64_t at = siteKey(ctx_.getSourceManager(), where);
    LabelId l = arena_.label({Label::Source, kind, api, at, 0, 0});
    TraceId t = arena_.step(0, at, what + " through '" + vd->getNameAsString() + "'", "source");
    AbsVal v;
    v.addLabel(l, t, arena_.trace(t).depth);
    st_->add(arena_.pointee(arena_.pointee(varObject(vd))), v);
  };
  for (size_t i = 0; i < uses.found.size(); ++i)
    if (const ModelRow *r = sourceVariable(uses.found[i], rules_);
        r && !isCapturedHere(uses.found[i])) {
      strings(uses.found[i], uses.firstUse[i], r->kind, uses.found[i]->getNameAsString(),
              describeSourceKind(r->kind) + " enters");
      recordCoverage(*r, uses.firstUse[i], /*always=*/true);
    }
  if (fn_->isMain() && fn_->getNumParams() >= 3 &&
      fn_->getParamDecl(2)->getType()->isPointerType() &&
      fn_->getParamDecl(2)->getType()->getPointeeType()->isPointerType())
    strings(fn_->getParamDecl(2), fn_->getParamDecl(2)->getLocation(), "env",
            fn_->getParamDecl(2)->getNameAsString(), "the environment enters");
  if (fn_->isMain() && fn_->getNumParams() >= 2)
    strings(fn_->getParamDecl(1), fn_->getParamDecl(1)->getLocation(), "user-input", "argv",
            "command-line arguments enter");
  st_ = nullptr;
}

AbsVal Transfer::addStep(const AbsVal &v, const Stmt *at, const std::string &message) {
  work_ += v.labels.size() + 1;
  AbsVal out;
  out.targets = v.targets;
  for (const Taint &t : v.labels) {
    if (arena_.label(t.label).cls == Label::Handle) {
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
  work_ += objs.size() * (v.labels.size() + v.targets.size() + 1);
  for (ObjId o : objs) {
    AbsVal stepped = v.tainted() ? addStep(v, at, how + " '" + arena_.object(o).name + "'") : v;
    if (strong && objs.size() == 1 && !arena_.object(o).summary) {
      // Replacing a whole object replaces its fields too.
      std::vector<ObjId> work = arena_.fields(o);
      while (!work.empty()) {
        ObjId f = work.back();
        work.pop_back();
        st_->set(f, AbsVal{});
        const auto &sub = arena_.fields(f);
        work.insert(work.end(), sub.begin(), sub.end());
      }
      st_->set(o, std::move(stepped));
    } else {
      st_->add(o, stepped);
    }
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
  if (vd->isStaticLocal() && !iface_.globals.empty()) {
    // Initialised once; its value on entry is the global atom.
    for (const auto &g : iface_.globals)
      if (g.decl == vd)
        return;
  }
  if (vd->getType()->isReferenceType()) {
    // A reference names the object it is bound to.
    st_->set(o, addressOf(init));
    return;
  }
  const Expr *e = init->IgnoreImplicit();
  if (const auto *ce = dyn_cast<CXXConstructExpr>(e)) {
    st_->set(o, AbsVal{});
    construct(ce, o);
    return;
  }
  if (const auto *re = dyn_cast<RecoveryExpr>(e)) {
    if (const CXXRecordDecl *cls = vd->getType()->getAsCXXRecordDecl()) {
      st_->set(o, AbsVal{});
      recovered(re, o, cls);
      return;
    }
  }
  AbsVal v = rvalue(init);
  store({o}, /*strong=*/true, v, init, "assigned to");
}

void Transfer::returned(const ReturnStmt *rs) {
  const Expr *e = rs->getRetValue();
  if (!e)
    return;
  AbsVal v = fn_->getReturnType()->isReferenceType() ? addressOf(e) : rvalue(e);
  if (!observer_)
    return;
  FactObserver::Parts parts[3];
  parts[0] = {{std::string(), v}};
  if (fn_->getReturnType()->isRecordType() && e->IgnoreImplicit()->isGLValue()) {
    // A structure returned by value: its members, each under its path.
    bool whole = false;
    AbsVal at;
    for (ObjId o : lvalue(e->IgnoreImplicit(), whole))
      at.addTarget(o);
    if (!at.targets.empty())
      parts[0] = partsHere(at, 1);
  }
  parts[1] = partsHere(v, 1);
  parts[2] = partsHere(v, 2);
  std::string msg = "returned by '" + fn_->getQualifiedNameAsString() + "'";
  for (auto &level : parts)
    for (auto &[path, x] : level)
      if (x.tainted())
        x = addStep(x, rs, msg);
  observer_->onReturn(rs, parts);
}

void Transfer::apply(const Stmt *s, State &st) {
  st_ = &st;
  if (const auto *ds = dyn_cast<DeclStmt>(s)) {
    for (const Decl *d : ds->decls())
      if (const auto *vd = dyn_cast<VarDecl>(d))
        declare(vd);
  } else if (const auto *rs = dyn_cast<ReturnStmt>(s)) {
    returned(rs);
  } else if (const auto *e = dyn_cast<Expr>(s)) {
    e = e->IgnoreParens();
    if (branchingExpr(e)) {
      // Its operands ran in blocks of their own; an enclosing expression
      // that is an element later takes this value instead of evaluating
      // the operands again (nested ?: chains would be quadratic).
      elementValues_.erase(e);
      AbsVal v = rvalue(e);
      elementValues_[e] = std::move(v);
    } else {
      rvalue(e);
    }
  }
  st_ = nullptr;
}

bool Transfer::branchingExpr(const Expr *e) {
  if (isa<AbstractConditionalOperator>(e))
    return true;
  const auto *bo = dyn_cast<BinaryOperator>(e);
  return bo && bo->isLogicalOp();
}

bool Transfer::byteBuffer(ObjId o) const {
  // The root of a member access (G.cur_file where G is a struct overlaid on
  // a char array).
  for (int depth = 0; depth < 16; ++depth) {
    const Object &obj = arena_.object(o);
    if (obj.kind == Object::Field) {
      o = obj.base;
      continue;
    }
    if (obj.kind != Object::Var || !obj.key)
      return false;
    const auto *vd = dyn_cast<VarDecl>(static_cast<const Decl *>(obj.key));
    if (!vd)
      return false;
    const Type *t = vd->getType()->getUnqualifiedDesugaredType();
    return t->isArrayType() && t->getPointeeOrArrayElementType()->isAnyCharacterType();
  }
  return false;
}

AbsVal Transfer::load(const std::vector<ObjId> &objs, QualType t) {
  AbsVal out;
  bool pointer = !t.isNull() && (t->isPointerType() || t->isArrayType() || t->isReferenceType());
  for (ObjId o : objs) {
    AbsVal v = loadObject(o);
    // A pointer read out of a character buffer (a struct of pointers laid
    // over bytes that fread filled): its bits are input, which makes it a
    // forged address, not attacker text. What it points to is not the
    // input, so no sink counts it as such.
    if (!t.isNull() && t->isPointerType() && !v.labels.empty() && byteBuffer(o))
      v = clearKinds(v, "all");
    if (pointer && v.targets.empty())
      v.addTarget(arena_.pointee(o));  // an unknown pointer: name its target
    out.join(v);
  }
  return out;
}

AbsVal Transfer::contents(const AbsVal &ptr, QualType pointeeType) {
  return load(ptr.targets, pointeeType);
}

AbsVal Transfer::addressOf(const Expr *e) {
  bool whole = false;
  AbsVal v;
  std::vector<ObjId> objs = lvalue(e, whole);
  if (objs.empty() && !e->isGLValue()) {
    // A temporary bound to a reference: give it an object of its own.
    ObjId tmp = arena_.alloc(e, "temporary");
    st_->add(tmp, rvalue(e));
    objs = {tmp};
  }
  for (ObjId o : objs)
    v.addTarget(o);
  return v;
}

std::vector<ObjId> Transfer::lvalueDeclRef(const DeclRefExpr *dr, bool &whole) {
  if (const auto *fd = dyn_cast<FunctionDecl>(dr->getDecl())) {
    if (observer_)
      observer_->onAddressTaken(fd);
    return {arena_.function(fd, fd->getQualifiedNameAsString())};
  }
  if (const auto *bd = dyn_cast<BindingDecl>(dr->getDecl())) {
    // A structured binding names a part of its hidden tuple-like variable.
    if (const Expr *b = bd->getBinding())
      return lvalue(b, whole);
    return {};
  }
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

std::vector<ObjId> Transfer::lvalueMember(const MemberExpr *me) {
  std::vector<ObjId> bases;
  if (me->isArrow()) {
    bases = rvalue(me->getBase()).targets;
  } else {
    bool w = false;
    bases = lvalue(me->getBase(), w);
  }
  const ValueDecl *member = me->getMemberDecl();
  if (const auto *vd = dyn_cast<VarDecl>(member))  // a static data member
    return {varObject(vd)};
  const auto *fd = dyn_cast<FieldDecl>(member);
  // Union members share their storage; so do the members the missing-header
  // recovery gave a struct it could not see (what a library's parser
  // returned is in all of them).
  if (!fd || fd->getParent()->isUnion() || ofMissingHeader(fd->getParent()))
    return bases;
  std::vector<ObjId> out;
  for (ObjId b : bases)
    out.push_back(arena_.field(b, fd, fd->getNameAsString()));
  return out;
}

std::vector<ObjId> Transfer::lvalue(const Expr *e, bool &whole) {
  whole = false;
  e = e->IgnoreParens();
  if (const auto *ic = dyn_cast<ImplicitCastExpr>(e))
    return lvalue(ic->getSubExpr(), whole);
  if (const auto *dr = dyn_cast<DeclRefExpr>(e))
    return lvalueDeclRef(dr, whole);
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
    return rvalue(as->getBase()).targets;
  }
  if (const auto *me = dyn_cast<MemberExpr>(e)) {
    std::vector<ObjId> objs = lvalueMember(me);
    whole = objs.size() == 1 && arena_.object(objs[0]).kind == Object::Field;
    return objs;
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
  if (const auto *ce = dyn_cast<CallExpr>(e)) {
    if (ce->isGLValue())
      return call(ce).targets;  // a call returning a reference
    // A structure returned by value, used in place: a temporary holds it.
    ObjId tmp = arena_.alloc(ce, "temporary", 1000);
    st_->set(tmp, call(ce));
    return {tmp};
  }
  if (const auto *mt = dyn_cast<MaterializeTemporaryExpr>(e)) {
    std::vector<ObjId> objs = lvalue(mt->getSubExpr(), whole);
    if (objs.empty()) {
      ObjId tmp = arena_.alloc(mt, "temporary");
      st_->add(tmp, rvalue(mt->getSubExpr()));
      objs = {tmp};
    }
    return objs;
  }
  if (const auto *fe = dyn_cast<FullExpr>(e))
    return lvalue(fe->getSubExpr(), whole);
  if (const auto *bt = dyn_cast<CXXBindTemporaryExpr>(e))
    return lvalue(bt->getSubExpr(), whole);
  if (const auto *cast = dyn_cast<CastExpr>(e))
    return lvalue(cast->getSubExpr(), whole);
  if (const auto *cl = dyn_cast<CompoundLiteralExpr>(e)) {
    ObjId o = arena_.alloc(cl, "compound literal");
    st_->add(o, rvalue(cl->getInitializer()));
    return {o};
  }
  if (const auto *ce = dyn_cast<CXXConstructExpr>(e)) {
    ObjId o = arena_.alloc(ce, "temporary");
    construct(ce, o);
    return {o};
  }
  return {};
}

AbsVal Transfer::rvalueCast(const CastExpr *ce) {
  const Expr *sub = ce->getSubExpr();
  switch (ce->getCastKind()) {
  case CK_LValueToRValue: {
    bool whole = false;
    AbsVal v = load(lvalue(sub, whole), ce->getType());
    // The standard input stream is a handle of kind stdin.
    if (const auto *dr = dyn_cast<DeclRefExpr>(sub->IgnoreParens()))
      if (const auto *vd = dyn_cast<VarDecl>(dr->getDecl()))
        if (vd->hasGlobalStorage() && (vd->getName() == "stdin" || modelName(vd) == "std::cin"))
          v.addLabel(arena_.label({Label::Handle, "stdin", "stdin", 0, 0, 0}), 0, 0);
    return v;
  }
  case CK_ArrayToPointerDecay:
  case CK_FunctionToPointerDecay:
    return addressOf(sub);
  case CK_NullToPointer:
  case CK_IntegralToBoolean:
  case CK_PointerToBoolean:
  case CK_NullToMemberPointer:
    rvalue(sub);
    return {};
  case CK_ConstructorConversion:
  case CK_UserDefinedConversion:
  default:
    return rvalue(sub);
  }
}

AbsVal Transfer::rvalueUnary(const UnaryOperator *uo) {
  switch (uo->getOpcode()) {
  case UO_AddrOf:
    return addressOf(uo->getSubExpr());
  case UO_Deref: {
    bool whole = false;
    return load(lvalue(uo, whole), uo->getType());
  }
  case UO_PreInc:
  case UO_PreDec:
  case UO_PostInc:
  case UO_PostDec:
    // p++ keeps p's targets and labels: nothing new is stored.
    return rvalue(uo->getSubExpr());
  case UO_LNot:
    rvalue(uo->getSubExpr());
    return {};
  default:
    return rvalue(uo->getSubExpr());
  }
}

AbsVal Transfer::rvalueBinary(const BinaryOperator *bo) {
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
    AbsVal result = join(load(objs, bo->getType()), v);
    if (numericResult(bo, result)) {
      store(objs, whole, result, bo, "assigned to");  // n /= 10: a new number
      return result;
    }
    store(objs, /*strong=*/false, v, bo, "combined into");
    return result;
  }
  if (bo->getOpcode() == BO_Comma) {
    rvalue(bo->getLHS());
    return rvalue(bo->getRHS());
  }
  AbsVal l = rvalue(bo->getLHS());
  AbsVal r = rvalue(bo->getRHS());
  if (bo->isComparisonOp() || bo->isLogicalOp())
    return {};  // a truth value carries no data
  if (bo->getOpcode() == BO_Sub && bo->getLHS()->getType()->isPointerType() &&
      bo->getRHS()->getType()->isPointerType())
    return {};  // a distance between two addresses: a count, neither text nor an address
  if (!bo->getType()->isPointerType()) {
    arithmeticOnCharacters(bo, bo->getLHS(), l);
    arithmeticOnCharacters(bo, bo->getRHS(), r);
  }
  AbsVal v = join(l, r);
  if (bo->isAdditiveOp() && bo->getType()->isPointerType()) {
    // Pointer arithmetic: the result points where the pointer operand
    // does; the integer offset only moves it. (redis: read() into
    // `(char *)&buf + server.child_info_nread` stored file content into
    // the whole `server` global.)
    bool leftPointer = !bo->getLHS()->getType()->isIntegerType();
    v.targets = leftPointer ? l.targets : r.targets;
  }
  numericResult(bo, v);
  return v;
}

void Transfer::arithmeticOnCharacters(const BinaryOperator *bo, const Expr *operand, AbsVal &v) {
  // Other arithmetic keeps its operands' data, apart from the source kinds
  // the operator's sanitize rows name, when the operand is a character:
  // decoded text mixed into a hash is numbers, no longer the text. Only
  // characters, and only the operators libc-sanitizers.yaml lists (^ & |
  // << >>): marking every arithmetic operand derived from a parameter, or
  // + - * on characters too, multiplied the atoms in summaries, and
  // sqlite3's shell lost 2, then 7, findings to the bounds. Memory is
  // kept: integers may carry addresses.
  if (v.labels.empty() || !operand->IgnoreParenCasts()->getType()->isCharType() ||
      !bo->getType()->isArithmeticType())
    return;
  for (const ModelRow *r : operatorRows(bo->getOpcode())) {
    if (r->kind == "all")
      continue;  // numericResult's
    // Sources of those kinds are dropped; an interface atom may stand for
    // one, so it is marked ("source:KIND" in its cleared kinds) and the
    // link drops what it becomes when that is of the kind.
    AbsVal kept;
    kept.targets = v.targets;
    bool changed = false;
    for (const Taint &t : sanitized(*r, v).labels) {
      LabelId l = t.label;
      if (arena_.label(l).cls == Label::Symbolic) {
        auto [it, fresh] = sourceClears_.try_emplace({l, r}, 0);
        if (fresh) {
          Label marked = arena_.label(l);
          std::string kinds;
          for (const std::string &k : splitList(r->kind, ','))
            kinds += (kinds.empty() ? "" : ",") + ("source:" + k);
          marked.cleared = facts::mergeCleared(marked.cleared, kinds);
          it->second = arena_.label(marked);
        }
        changed = changed || it->second != l;
        l = it->second;
      }
      kept.addLabel(l, t.trace, t.depth);
    }
    if (changed || kept.labels.size() != v.labels.size())
      recordCoverage(*r, bo, false);
    v = std::move(kept);
  }
}

AbsVal Transfer::decodedValue(const Expr *e, const Expr *key, const std::string &how) {
  const Expr *outer = decodingNow_;
  decodingNow_ = key;
  AbsVal v = rvalue(e);
  decodingNow_ = outer;
  LabelId l = arena_.label({Label::Source, "decoded", how, site(key), 0, 0});
  TraceId t = arena_.step(0, site(key), "text decoded at run time by " + how, "source");
  v.addLabel(l, t, arena_.trace(t).depth);
  return v;
}

const std::vector<const ModelRow *> &Transfer::operatorRows(BinaryOperatorKind op) const {
  auto [it, fresh] = operatorRows_.try_emplace(op);
  if (!fresh)
    return it->second;
  const char *symbol = nullptr;
  switch (op) {
  case BO_Div: case BO_DivAssign: symbol = "/"; break;
  case BO_Rem: case BO_RemAssign: symbol = "%"; break;
  case BO_Add: symbol = "+"; break;
  case BO_Sub: symbol = "-"; break;
  case BO_Mul: case BO_MulAssign: symbol = "*"; break;
  case BO_Xor: symbol = "^"; break;
  case BO_And: symbol = "&"; break;
  case BO_Or: symbol = "|"; break;
  case BO_Shl: symbol = "<<"; break;
  case BO_Shr: symbol = ">>"; break;
  default: break;
  }
  if (symbol) {
    std::string name = builtinOperatorName(symbol);
    for (const ModelRow *r : rules_.rowsFor(name, name))
      if (r->role == ModelRole::Sanitizer)
        it->second.push_back(r);
  }
  return it->second;
}

bool Transfer::numericResult(const BinaryOperator *bo, AbsVal &v) const {
  // A quotient, remainder or product of numbers is a number: the operator's
  // `sanitize: all` rows (`operators:` in the models) make the result a
  // fresh value. Rows for some kinds only are arithmeticOnCharacters'.
  if (!bo->getType()->isArithmeticType())
    return false;
  bool applied = false;
  for (const ModelRow *r : operatorRows(bo->getOpcode())) {
    if (r->kind != "all")
      continue;
    v = sanitized(*r, v);
    recordCoverage(*r, bo, false);
    applied = true;
  }
  return applied;
}

AbsVal Transfer::lambda(const LambdaExpr *le) {
  const CXXMethodDecl *op = le->getCallOperator();
  AbsVal v;
  v.addTarget(arena_.function(op, "lambda"));
  if (observer_) {
    observer_->onAddressTaken(op);
    for (const LambdaCapture &c : le->captures()) {
      if (!c.capturesVariable())
        continue;
      const auto *vd = dyn_cast<VarDecl>(c.getCapturedVar());
      if (!vd)
        continue;
      AbsVal lv[3];
      levels(AbsVal{{}, {varObject(vd)}}, lv);
      // Level 0 of the capture is the variable's own value.
      AbsVal shifted[3] = {lv[1], lv[2], AbsVal{}};
      for (ObjId o : lv[2].targets)
        shifted[2].join(loadObject(o));
      observer_->onCapture(vd, captureKey(vd), shifted);
    }
  }
  return v;
}

AbsVal Transfer::rvalue(const Expr *e) {
  if (!e)
    return {};
  if (!decodingStores_.empty()) {
    const Expr *key = e->IgnoreParenImpCasts();
    if (key != decodingNow_)
      if (auto it = decodingStores_.find(key); it != decodingStores_.end())
        return decodedValue(e, key, it->second);
  }
  e = e->IgnoreParens();
  if (!elementValues_.empty() && branchingExpr(e)) {
    auto it = elementValues_.find(e);
    if (it != elementValues_.end())
      return it->second;
  }
  if (const auto *ce = dyn_cast<CastExpr>(e))
    return isa<ImplicitCastExpr>(ce) || ce->getCastKind() == CK_LValueToRValue ? rvalueCast(ce)
                                                                               : rvalue(ce->getSubExpr());
  if (isa<IntegerLiteral, StringLiteral, CharacterLiteral, FloatingLiteral, UnaryExprOrTypeTraitExpr,
          CXXBoolLiteralExpr, CXXNullPtrLiteralExpr, GNUNullExpr, PredefinedExpr, SizeOfPackExpr,
          CXXDefaultArgExpr>(e))
    return {};
  if (const auto *dr = dyn_cast<DeclRefExpr>(e)) {
    // A glvalue used directly (C++ references, class objects).
    if (isa<VarDecl, BindingDecl>(dr->getDecl()) && dr->isGLValue()) {
      bool whole = false;
      return load(lvalueDeclRef(dr, whole), dr->getType());
    }
    return {};
  }
  if (const auto *uo = dyn_cast<UnaryOperator>(e))
    return rvalueUnary(uo);
  if (const auto *bo = dyn_cast<BinaryOperator>(e))
    return rvalueBinary(bo);
  if (const auto *co = dyn_cast<AbstractConditionalOperator>(e)) {
    rvalue(co->getCond());
    return join(rvalue(co->getTrueExpr()), rvalue(co->getFalseExpr()));
  }
  if (const auto *ce = dyn_cast<CallExpr>(e))
    return call(ce);
  if (const auto *va = dyn_cast<VAArgExpr>(e)) {
    // va_arg(ap, T): one of the variadic arguments (ap holds what they
    // point to).
    AbsVal ap = rvalue(va->getSubExpr());
    if (variadic_ != ~0u)
      return loadObject(variadic_);
    // A va_list handed in (vlog(fmt, ap)): it holds what the arguments
    // point to, so the argument read points there.
    AbsVal out;
    for (ObjId o : ap.targets) {
      out.addTarget(o);
      for (const Taint &t : st_->get(o).labels)
        out.addLabel(t.label, t.trace, t.depth);
    }
    return out;
  }
  if (const auto *cc = dyn_cast<CXXConstructExpr>(e)) {
    ObjId o = arena_.alloc(cc, "temporary");
    construct(cc, o);
    return loadObject(o);
  }
  if (const auto *ne = dyn_cast<CXXNewExpr>(e))
    return newExpr(ne);
  if (const auto *re = dyn_cast<RecoveryExpr>(e))
    return recovered(re);
  if (const auto *de = dyn_cast<CXXDeleteExpr>(e)) {
    rvalue(de->getArgument());  // the destructor runs as a CFG element
    return {};
  }
  if (isa<CXXThisExpr>(e)) {
    const auto *md = dyn_cast<CXXMethodDecl>(fn_);
    if (!md)
      return {};
    return load({arena_.thisObject(md)}, e->getType());
  }
  if (const auto *le = dyn_cast<LambdaExpr>(e))
    return lambda(le);
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
  if (const auto *di = dyn_cast<CXXDefaultInitExpr>(e))
    return rvalue(di->getExpr());
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

void Transfer::applyAutomaticDtor(const VarDecl *var, const CXXDestructorDecl *dtor, State &st) {
  st_ = &st;
  if (dtor && isProgramFunction(dtor)) {
    Args a;
    a.exprs.push_back(nullptr);
    a.values.push_back(AbsVal{{}, {varObject(var)}});
    a.types.push_back(QualType());
    ProgramCall pc;
    pc.callees.push_back(usrOf(dtor));
    pc.calleeName = dtor->getQualifiedNameAsString();
    programCall(nullptr, var, nullptr, var->getEndLoc(), std::move(pc), a, QualType());
  }
  st_ = nullptr;
}

void Transfer::applyInitializer(const CXXCtorInitializer *init, State &st) {
  st_ = &st;
  const auto *md = dyn_cast<CXXMethodDecl>(fn_);
  const Expr *e = init->getInit();
  if (md && e) {
    ObjId self = arena_.pointee(arena_.thisObject(md));
    std::vector<ObjId> dest;
    if (const FieldDecl *f = init->getMember())
      dest = {f->getParent()->isUnion() ? self : arena_.field(self, f, f->getNameAsString())};
    else if (init->isBaseInitializer() || init->isDelegatingInitializer())
      dest = {self};
    const Expr *inner = e->IgnoreImplicit();
    if (const auto *ce = dyn_cast<CXXConstructExpr>(inner); ce && dest.size() == 1) {
      construct(ce, dest[0]);
    } else {
      AbsVal v = rvalue(e);
      store(dest, dest.size() == 1 && init->getMember(), v, e, "stored into");
    }
  }
  st_ = nullptr;
}

void Transfer::applyDeleteDtor(const CXXDeleteExpr *e, const CXXDestructorDecl *dtor, State &st) {
  st_ = &st;
  if (dtor && isProgramFunction(dtor)) {
    Args a;
    a.exprs.push_back(e->getArgument());
    a.values.push_back(rvalue(e->getArgument()));
    a.types.push_back(e->getArgument()->getType());
    ProgramCall pc;
    pc.callees.push_back(usrOf(dtor));
    if (dtor->isVirtual())
      pc.virtualMethod = usrOf(dtor);
    pc.calleeName = dtor->getQualifiedNameAsString();
    programCall(e, e, nullptr, e->getBeginLoc(), std::move(pc), a, QualType());
  }
  st_ = nullptr;
}

} // namespace sluice
