#include "analyzer/const_eval.h"

#include "clang/AST/Decl.h"
#include "clang/AST/ExprCXX.h"

namespace sluice {

using namespace clang;

std::optional<int64_t> applyBinary(BinaryOperatorKind op, int64_t l, int64_t r) {
  switch (op) {
  case BO_EQ: return l == r;
  case BO_NE: return l != r;
  case BO_LT: return l < r;
  case BO_GT: return l > r;
  case BO_LE: return l <= r;
  case BO_GE: return l >= r;
  case BO_LAnd: return l && r;
  case BO_LOr: return l || r;
  case BO_Add: return l + r;
  case BO_Sub: return l - r;
  case BO_Mul: return l * r;
  case BO_And: return l & r;
  case BO_Or: return l | r;
  case BO_Xor: return l ^ r;
  default: return std::nullopt;
  }
}

std::optional<std::string> constString(const Expr *e, const ASTContext &ctx) {
  for (int guard = 0; e && guard < 8; ++guard) {
    e = e->IgnoreParenCasts();
    if (const auto *sl = dyn_cast<StringLiteral>(e)) {
      if (sl->getCharByteWidth() == 1)
        return sl->getString().str();
      std::string out;
      for (unsigned i = 0; i < sl->getLength(); ++i) {
        uint32_t c = sl->getCodeUnit(i);
        out.push_back(c < 128 ? static_cast<char>(c) : '?');
      }
      return out;
    }
    const auto *dr = dyn_cast<DeclRefExpr>(e);
    if (!dr)
      return std::nullopt;
    const auto *vd = dyn_cast<VarDecl>(dr->getDecl());
    if (!vd || !vd->getInit())
      return std::nullopt;
    QualType t = vd->getType();
    // `const char *const p = "..."`, `static const char s[] = "..."`.
    bool constant = t.isConstQualified() ||
                    (t->isArrayType() && ctx.getAsArrayType(t)->getElementType().isConstQualified());
    if (!constant)
      return std::nullopt;
    e = vd->getInit();
  }
  return std::nullopt;
}

std::optional<int64_t> constInt(const Expr *e, const ASTContext &ctx) {
  if (!e || e->isValueDependent() || e->isTypeDependent())
    return std::nullopt;
  Expr::EvalResult r;
  if (!e->EvaluateAsInt(r, ctx))
    return std::nullopt;
  // An unsigned 64-bit value above INT64_MAX (`std::string::npos`, `~0ull`)
  // or a 128-bit constant has no int64_t form; it is unknown, not wrapped.
  const llvm::APSInt &v = r.Val.getInt();
  if (!v.isRepresentableByInt64())
    return std::nullopt;
  return v.getExtValue();
}

const InitListExpr *constantTable(const Expr *e, const ASTContext &ctx, const Expr **index) {
  const auto *as = dyn_cast<ArraySubscriptExpr>(e->IgnoreParenImpCasts());
  if (!as)
    return nullptr;
  const auto *dr = dyn_cast<DeclRefExpr>(as->getBase()->IgnoreParenImpCasts());
  const auto *vd = dr ? dyn_cast<VarDecl>(dr->getDecl()) : nullptr;
  if (!vd || !vd->getType()->isArrayType())
    return nullptr;
  const VarDecl *def = vd->getDefinition() ? vd->getDefinition() : vd;
  bool fixed = def->getType().isConstQualified() ||
               ctx.getAsArrayType(def->getType())->getElementType().isConstQualified();
  const auto *init = dyn_cast_or_null<InitListExpr>(def->getInit());
  if (!fixed || !init)
    return nullptr;
  if (index)
    *index = as->getIdx();
  return init;
}

bool isNullPointer(const Expr *e, const ASTContext &ctx) {
  if (!e || e->isValueDependent())
    return false;
  return e->isNullPointerConstant(const_cast<ASTContext &>(ctx),
                                  Expr::NPC_ValueDependentIsNotNull) != Expr::NPCK_NotNull;
}

} // namespace sluice

#include "clang/AST/RecursiveASTVisitor.h"

namespace sluice {

using namespace clang;

namespace {

constexpr int kMaxDepth = 6;

/// The variable at the root of `e`'s chain of `.` member accesses
/// (`g.a.b` -> g); `e` itself when it names one.
const VarDecl *memberRoot(const Expr *e) {
  e = e->IgnoreParenImpCasts();
  for (;;) {
    if (const auto *me = dyn_cast<MemberExpr>(e)) {
      if (me->isArrow())
        return nullptr;
      e = me->getBase()->IgnoreParenImpCasts();
    } else if (const auto *bo = dyn_cast<BinaryOperator>(e); bo && bo->getOpcode() == BO_PtrMemD) {
      e = bo->getLHS()->IgnoreParenImpCasts();  // g.*member
    } else {
      return referencedVar(e);
    }
  }
}

/// `g` when `e` is `&g`.
const VarDecl *addressedVar(const Expr *e) {
  const auto *addr = dyn_cast<UnaryOperator>(e->IgnoreParenImpCasts());
  return addr && addr->getOpcode() == UO_AddrOf ? referencedVar(addr->getSubExpr()) : nullptr;
}

/// Variables that are written anywhere in the unit after their definition,
/// arrays or pointers whose elements are written, and what the unit does
/// with records and functions (ConstantFolder::RecordUses).
class Mutations : public RecursiveASTVisitor<Mutations> {
public:
  std::set<const VarDecl *> &out;
  std::set<const VarDecl *> &elements;
  ConstantFolder::RecordUses &records;
  Mutations(std::set<const VarDecl *> &o, std::set<const VarDecl *> &el,
            ConstantFolder::RecordUses &r)
      : out(o), elements(el), records(r) {}
  bool shouldVisitTemplateInstantiations() const { return true; }
  void mark(const Expr *e) {
    if (const VarDecl *vd = referencedVar(e))
      out.insert(vd);
    // g.a = x, &g.a, g = h: the record, however deep the member.
    if (const VarDecl *vd = memberRoot(e))
      records.written.insert(vd->getCanonicalDecl());
    // a[i] = x, *p = x: the element, through its array or pointer.
    e = e->IgnoreParenImpCasts();
    if (const auto *as = dyn_cast<ArraySubscriptExpr>(e))
      e = as->getBase();
    else if (const auto *u = dyn_cast<UnaryOperator>(e); u && u->getOpcode() == UO_Deref)
      e = u->getSubExpr();
    else
      return;
    if (const VarDecl *vd = referencedVar(e))
      elements.insert(vd);
  }
  bool VisitBinaryOperator(BinaryOperator *bo) {
    if (bo->isAssignmentOp())
      mark(bo->getLHS());
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator *uo) {
    if (uo->isIncrementDecrementOp()) {
      mark(uo->getSubExpr());
    } else if (uo->getOpcode() == UO_AddrOf) {
      const Expr *sub = uo->getSubExpr()->IgnoreParenImpCasts();
      if (const VarDecl *vd = referencedVar(sub)) {
        out.insert(vd);
        ++records.addressTaken[vd->getCanonicalDecl()];  // read-only if every one is
      } else {
        mark(sub);
      }
    }
    return true;
  }
  /// C++: `g = h` and `g.s += x` are operator calls on class types, and a
  /// non-const member function may change its object.
  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *oc) {
    if (oc->getNumArgs() > 0 &&
        (oc->isAssignmentOp() || oc->getOperator() == OO_PlusPlus ||
         oc->getOperator() == OO_MinusMinus))
      mark(oc->getArg(0));
    return true;
  }
  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *mc) {
    const Expr *object = mc->getImplicitObjectArgument();
    if (const CXXMethodDecl *md = mc->getMethodDecl();
        md && !md->isConst() && !md->isStatic() && object && !object->getType()->isPointerType())
      mark(object);
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *dr) {
    if (const auto *fd = dyn_cast<FunctionDecl>(dr->getDecl()))
      ++records.functionRefs[fd->getCanonicalDecl()];
    return true;
  }
  bool VisitVarDecl(VarDecl *vd) {
    // Binding a non-const reference may write through it later.
    if (vd->getType()->isReferenceType() && vd->getInit() &&
        !vd->getType().getNonReferenceType().isConstQualified())
      mark(vd->getInit());
    return true;
  }
  bool VisitCallExpr(CallExpr *ce) {
    // Passing to a non-const reference parameter.
    if (const FunctionDecl *fd = ce->getDirectCallee()) {
      records.calls[fd->getCanonicalDecl()].push_back(ce);
      if (const auto *dr = dyn_cast<DeclRefExpr>(ce->getCallee()->IgnoreParenImpCasts());
          dr && dr->getDecl() == fd)
        ++records.calleeRefs[fd->getCanonicalDecl()];
      // A member operator's object is argument 0 but not a parameter.
      unsigned shift = isa<CXXOperatorCallExpr>(ce) && isa<CXXMethodDecl>(fd) ? 1 : 0;
      if (shift && ce->getNumArgs() > 0)
        mark(ce->getArg(0));
      for (unsigned i = shift; i < ce->getNumArgs() && i - shift < fd->getNumParams(); ++i) {
        QualType t = fd->getParamDecl(i - shift)->getType();
        if (t->isReferenceType() && !t.getNonReferenceType().isConstQualified())
          mark(ce->getArg(i));
        // f(&g) into a `const T *` parameter: a read-only use of g.
        if (t->isPointerType() && t->getPointeeType().isConstQualified())
          if (const VarDecl *vd = addressedVar(ce->getArg(i)))
            ++records.readOnlyAddress[vd->getCanonicalDecl()];
      }
    }
    return true;
  }
};

class Returns : public RecursiveASTVisitor<Returns> {
public:
  std::vector<const ReturnStmt *> found;
  bool VisitReturnStmt(ReturnStmt *rs) {
    found.push_back(rs);
    return true;
  }
  bool TraverseLambdaExpr(LambdaExpr *) { return true; }
};

} // namespace

const VarDecl *referencedVar(const Expr *e) {
  e = e->IgnoreParenImpCasts();
  if (const auto *dr = dyn_cast<DeclRefExpr>(e))
    return dyn_cast<VarDecl>(dr->getDecl());
  return nullptr;
}

std::vector<const ReturnStmt *> returnStatements(const Stmt *body) {
  Returns r;
  r.TraverseStmt(const_cast<Stmt *>(body));
  return std::move(r.found);
}

void ConstantFolder::scanMutations() {
  if (scanned_)
    return;
  scanned_ = true;
  Mutations m(mutated_, elementsWritten_, records_);
  m.TraverseDecl(ctx_.getTranslationUnitDecl());
}

bool ConstantFolder::elementsWritten(const VarDecl *vd) {
  scanMutations();
  return elementsWritten_.count(vd) || elementsWritten_.count(vd->getCanonicalDecl());
}

std::optional<int64_t> ConstantFolder::value(const Expr *e) { return eval(e, 0); }

std::optional<int64_t> ConstantFolder::variable(const VarDecl *vd, int depth) {
  vd = vd->getDefinition() ? vd->getDefinition() : vd;
  const Expr *init = vd->getInit();
  // A static variable without an initialiser starts as zero.
  bool zeroInit = !init && vd->hasGlobalStorage() && !vd->hasExternalStorage() &&
                  vd->getType()->isIntegralOrEnumerationType();
  if (!init && !zeroInit)
    return std::nullopt;
  bool constant = vd->getType().isConstQualified() && !vd->getType()->isReferenceType();
  if (!constant) {
    // Provably constant: internal to this unit and never written.
    bool internal = vd->isStaticLocal() || (vd->hasGlobalStorage() && !vd->isExternallyVisible());
    if (!internal)
      return std::nullopt;
    scanMutations();
    if (mutated_.count(vd) || mutated_.count(vd->getCanonicalDecl()))
      return std::nullopt;
  }
  if (zeroInit)
    return vd->getType().isConstQualified() || !vd->isExternallyVisible() ? std::optional<int64_t>(0)
                                                                          : std::nullopt;
  return eval(init, depth + 1);
}

const InitListExpr *ConstantFolder::frozenRecord(const VarDecl *vd) {
  vd = vd->getDefinition() ? vd->getDefinition() : vd;
  const auto *il = vd->getInit() ? dyn_cast<InitListExpr>(vd->getInit()->IgnoreParenImpCasts())
                                 : nullptr;
  if (!il || !vd->getType()->isRecordType() || vd->getType()->isUnionType() ||
      vd->getType().isVolatileQualified())
    return nullptr;
  if (vd->getType().isConstQualified())
    return il;
  // Provably unchanged: internal, no member written, and its address only
  // ever passed to `const T *` parameters. C only: C++ has too many other
  // ways to change an object (member pointers, references returned or
  // bound in constructors, conditional lvalues).
  bool internal = vd->isStaticLocal() || (vd->hasGlobalStorage() && !vd->isExternallyVisible());
  if (!internal || ctx_.getLangOpts().CPlusPlus)
    return nullptr;
  scanMutations();
  const VarDecl *c = vd->getCanonicalDecl();
  auto count = [](const std::map<const VarDecl *, unsigned> &m, const VarDecl *v) {
    auto it = m.find(v);
    return it == m.end() ? 0u : it->second;
  };
  if (records_.written.count(c) ||
      count(records_.addressTaken, c) != count(records_.readOnlyAddress, c))
    return nullptr;
  return il;
}

std::optional<int64_t> ConstantFolder::fieldOf(const VarDecl *vd, const FieldDecl *field,
                                               int depth) {
  const InitListExpr *il = frozenRecord(vd);
  const RecordDecl *rd = il ? vd->getType()->getAsRecordDecl() : nullptr;
  if (!rd)
    return std::nullopt;
  const auto *cxx = dyn_cast<CXXRecordDecl>(rd);
  // Base classes take the first slots of the list; a bit-field's stored
  // value may be truncated; a mutable or volatile member may change.
  if (rd->isUnion() || field->getParent()->getCanonicalDecl() != rd->getCanonicalDecl() ||
      (cxx && cxx->getNumBases() > 0) || field->isBitField() || field->isMutable() ||
      field->getType().isVolatileQualified())
    return std::nullopt;
  if (il->isSyntacticForm() && il->getSemanticForm())
    il = il->getSemanticForm();
  // The list has no slot for unnamed bit-fields.
  unsigned i = 0;
  for (const FieldDecl *f : rd->fields()) {
    if (f == field)
      break;
    i += !(f->isUnnamedBitField());
  }
  const Expr *init = i < il->getNumInits() ? il->getInit(i) : nullptr;
  if (i < il->getNumInits() && !init)
    return std::nullopt;  // invalid code
  // Members left out of the initializer start as zero.
  if (!init || isa<ImplicitValueInitExpr>(init))
    return field->getType()->isIntegralOrEnumerationType() ? std::optional<int64_t>(0)
                                                           : std::nullopt;
  return eval(init, depth + 1);
}

std::optional<int64_t> ConstantFolder::member(const MemberExpr *me, int depth) {
  const auto *field = dyn_cast<FieldDecl>(me->getMemberDecl());
  if (!field)
    return std::nullopt;
  const Expr *base = me->getBase()->IgnoreParenImpCasts();
  if (!me->isArrow()) {
    const VarDecl *vd = referencedVar(base);
    return vd ? fieldOf(vd, field, depth) : std::nullopt;
  }
  // p->field, p a `const T *` parameter of a function internal to this unit
  // whose every call passes &g of one unchanged record: g.field, when all
  // such calls agree.
  const auto *dr = dyn_cast<DeclRefExpr>(base);
  const auto *pv = dr ? dyn_cast<ParmVarDecl>(dr->getDecl()) : nullptr;
  const auto *fn = pv ? dyn_cast<FunctionDecl>(pv->getDeclContext()) : nullptr;
  if (!fn || fn->isExternallyVisible() || isa<CXXMethodDecl>(fn) ||
      !pv->getType()->isPointerType() || !pv->getType()->getPointeeType().isConstQualified())
    return std::nullopt;
  scanMutations();
  if (mutated_.count(pv))
    return std::nullopt;  // p itself reassigned in the function
  const std::vector<const CallExpr *> *calls = knownCalls(fn);
  if (!calls)
    return std::nullopt;
  std::optional<int64_t> out;
  unsigned index = pv->getFunctionScopeIndex();
  for (const CallExpr *ce : *calls) {
    if (index >= ce->getNumArgs())
      return std::nullopt;
    const VarDecl *vd = addressedVar(ce->getArg(index));
    auto v = vd ? fieldOf(vd, field, depth) : std::nullopt;
    if (!v || (out && *out != *v))
      return std::nullopt;
    out = v;
  }
  return out;
}

const std::vector<const CallExpr *> *ConstantFolder::knownCalls(const FunctionDecl *fn) {
  if (!fn || fn->isExternallyVisible() || isa<CXXMethodDecl>(fn))
    return nullptr;
  scanMutations();
  const FunctionDecl *key = fn->getCanonicalDecl();
  auto calls = records_.calls.find(key);
  auto refs = records_.functionRefs.find(key);
  auto direct = records_.calleeRefs.find(key);
  // Called only directly, by name (a function pointer may be called from
  // anywhere): every reference is the callee of one of its calls.
  if (calls == records_.calls.end() || refs == records_.functionRefs.end() ||
      direct == records_.calleeRefs.end() || refs->second != direct->second ||
      direct->second != calls->second.size())
    return nullptr;
  return &calls->second;
}

std::optional<int64_t> ConstantFolder::function(const FunctionDecl *fd, int depth) {
  const FunctionDecl *def = nullptr;
  if (!fd->hasBody(def) || !def || def->isVariadic())
    return std::nullopt;
  auto cached = functions_.find(def);
  if (cached != functions_.end())
    return cached->second;
  functions_[def] = std::nullopt;  // recursion: unknown
  std::optional<int64_t> result;
  bool first = true;
  for (const ReturnStmt *rs : returnStatements(def->getBody())) {
    auto v = rs->getRetValue() ? eval(rs->getRetValue(), depth + 1) : std::nullopt;
    if (!v || (!first && v != result)) {
      result = std::nullopt;
      break;
    }
    result = v;
    first = false;
  }
  functions_[def] = result;
  return result;
}

std::optional<int64_t> ConstantFolder::eval(const Expr *e, int depth) {
  if (!e || depth > kMaxDepth || e->isValueDependent() || e->isTypeDependent())
    return std::nullopt;
  e = e->IgnoreParens();
  if (auto v = constInt(e, ctx_))
    return v;
  if (const auto *ce = dyn_cast<CastExpr>(e))
    return eval(ce->getSubExpr(), depth);
  if (const VarDecl *vd = referencedVar(e))
    return variable(vd, depth);
  if (const auto *me = dyn_cast<MemberExpr>(e))
    return member(me, depth);
  if (const auto *call = dyn_cast<CallExpr>(e)) {
    if (const FunctionDecl *fd = call->getDirectCallee())
      return function(fd, depth);
    return std::nullopt;
  }
  if (const auto *uo = dyn_cast<UnaryOperator>(e)) {
    auto v = eval(uo->getSubExpr(), depth);
    if (!v)
      return std::nullopt;
    switch (uo->getOpcode()) {
    case UO_LNot:
      return !*v;
    case UO_Minus:
      return -*v;
    case UO_Plus:
      return *v;
    case UO_Not:
      return ~*v;
    default:
      return std::nullopt;
    }
  }
  if (const auto *bo = dyn_cast<BinaryOperator>(e)) {
    auto l = eval(bo->getLHS(), depth);
    // Short-circuit operators decide on one side.
    if (bo->getOpcode() == BO_LAnd && l && !*l)
      return 0;
    if (bo->getOpcode() == BO_LOr && l && *l)
      return 1;
    auto r = eval(bo->getRHS(), depth);
    if (bo->getOpcode() == BO_LAnd && r && !*r)
      return 0;
    if (bo->getOpcode() == BO_LOr && r && *r)
      return 1;
    if (!l || !r)
      return std::nullopt;
    return applyBinary(bo->getOpcode(), *l, *r);
  }
  if (const auto *co = dyn_cast<ConditionalOperator>(e)) {
    auto c = eval(co->getCond(), depth);
    if (!c)
      return std::nullopt;
    return eval(*c ? co->getTrueExpr() : co->getFalseExpr(), depth);
  }
  return std::nullopt;
}

namespace {

/// Days from 1970-01-01 to the proleptic Gregorian date (civil calendar).
int64_t daysFromCivil(int64_t y, int64_t m, int64_t d) {
  y -= m <= 2;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

/// The constant calendar fields of local `tm`: its initializer, then
/// every `tm.field = constant` in its function. False when a field is set
/// from something else (or the variable escapes by address elsewhere).
bool calendarFields(const VarDecl *tm, const ASTContext &ctx, std::map<std::string, int64_t> &out) {
  const RecordDecl *rd = tm->getType()->getAsRecordDecl();
  if (!rd)
    return false;
  std::vector<std::string> fieldNames;  // in declaration order, as the initializer's
  for (const FieldDecl *f : rd->fields())
    fieldNames.push_back(f->getNameAsString());
  if (const Expr *init = tm->getInit()) {
    const auto *il = dyn_cast<InitListExpr>(init->IgnoreParenImpCasts());
    if (!il && !isa<ImplicitValueInitExpr>(init->IgnoreParenImpCasts()) &&
        !isa<CXXConstructExpr>(init->IgnoreParenImpCasts()))
      return false;  // struct tm t = *localtime(&now): today, not a fixed date
    if (il) {
      const InitListExpr *sem = il->isSemanticForm() ? il : il->getSemanticForm();
      for (unsigned i = 0; sem && i < sem->getNumInits() && i < fieldNames.size(); ++i)
        if (auto v = constInt(sem->getInit(i), ctx))
          out[fieldNames[i]] = *v;
        else if (!isa<ImplicitValueInitExpr>(sem->getInit(i)))
          return false;
    }
  }
  const auto *fn = dyn_cast_or_null<FunctionDecl>(tm->getParentFunctionOrMethod());
  if (!fn || !fn->getBody())
    return false;
  struct Stores : RecursiveASTVisitor<Stores> {
    const VarDecl *var;
    const ASTContext &ctx;
    std::map<std::string, int64_t> &out;
    bool ok = true;
    Stores(const VarDecl *v, const ASTContext &c, std::map<std::string, int64_t> &o)
        : var(v), ctx(c), out(o) {}
    bool VisitBinaryOperator(BinaryOperator *bo) {
      if (!bo->isAssignmentOp())
        return true;
      const auto *me = dyn_cast<MemberExpr>(bo->getLHS()->IgnoreParenImpCasts());
      const auto *dr = me ? dyn_cast<DeclRefExpr>(me->getBase()->IgnoreParenImpCasts()) : nullptr;
      if (!dr || dr->getDecl() != var)
        return true;
      auto v = constInt(bo->getRHS(), ctx);
      if (!v || bo->getOpcode() != BO_Assign)
        ok = false;
      else
        out[me->getMemberDecl()->getNameAsString()] = *v;
      return ok;
    }
    bool VisitCallExpr(CallExpr *ce) {
      // Filled by another call (localtime_r(&now, &t)): not fixed.
      const FunctionDecl *fd = ce->getDirectCallee();
      std::string n = fd && fd->getIdentifier() ? fd->getName().str() : "";
      for (const Expr *a : ce->arguments())
        if (const auto *uo = dyn_cast<UnaryOperator>(a->IgnoreParenImpCasts());
            uo && uo->getOpcode() == UO_AddrOf)
          if (const auto *dr = dyn_cast<DeclRefExpr>(uo->getSubExpr()->IgnoreParenImpCasts());
              dr && dr->getDecl() == var && n != "mktime" && n != "timegm" &&
              n != "timelocal" && n != "memset")
            ok = false;
      return ok;
    }
  } stores(tm, ctx, out);
  stores.TraverseStmt(fn->getBody());
  return stores.ok;
}

std::optional<int64_t> calendarTime(const Expr *e, const ASTContext &ctx, int depth) {
  if (!e || depth > 2)
    return std::nullopt;
  const auto *ce = dyn_cast<CallExpr>(e->IgnoreParenCasts());
  const FunctionDecl *fd = ce ? ce->getDirectCallee() : nullptr;
  if (!fd || !fd->getIdentifier())
    return std::nullopt;
  StringRef name = fd->getName();
  if ((name == "mktime" || name == "timegm" || name == "timelocal") && ce->getNumArgs() == 1) {
    const auto *uo = dyn_cast<UnaryOperator>(ce->getArg(0)->IgnoreParenImpCasts());
    const auto *dr = uo && uo->getOpcode() == UO_AddrOf
                         ? dyn_cast<DeclRefExpr>(uo->getSubExpr()->IgnoreParenImpCasts())
                         : nullptr;
    const auto *tm = dr ? dyn_cast<VarDecl>(dr->getDecl()) : nullptr;
    std::map<std::string, int64_t> f;
    if (!tm || !tm->isLocalVarDecl() || !calendarFields(tm, ctx, f) || !f.count("tm_year"))
      return std::nullopt;
    for (const char *k : {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec"})
      if (auto it = f.find(k); it != f.end() && (it->second < -100000 || it->second > 100000))
        return std::nullopt;  // no calendar date (and no overflow below)
    int64_t days = daysFromCivil(f["tm_year"] + 1900, f.count("tm_mon") ? f["tm_mon"] + 1 : 1,
                                 f.count("tm_mday") ? f["tm_mday"] : 1);
    return days * 86400 + f["tm_hour"] * 3600 + f["tm_min"] * 60 + f["tm_sec"];
  }
  // A helper of this unit that returns one.
  const FunctionDecl *def = nullptr;
  if (ce->getNumArgs() != 0 || !fd->hasBody(def) || !def)
    return std::nullopt;
  const auto *body = dyn_cast<CompoundStmt>(def->getBody());
  if (!body)
    return std::nullopt;
  const ReturnStmt *only = nullptr;
  for (const Stmt *s : body->body())
    if (const auto *r = dyn_cast<ReturnStmt>(s)) {
      if (only)
        return std::nullopt;
      only = r;
    }
  return only ? calendarTime(only->getRetValue(), ctx, depth + 1) : std::nullopt;
}

} // namespace

std::optional<int64_t> fixedCalendarTime(const Expr *e, const ASTContext &ctx) {
  return calendarTime(e, ctx, 0);
}

} // namespace sluice
