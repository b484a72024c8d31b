// Folding the text of a value where it is built from constants in plain
// ways: literals, getenv("HOME") (as "$HOME"), getpwuid()->pw_dir, and a
// buffer filled by snprintf/sprintf/strcpy/strcat (or a std::string built
// with + and +=) earlier in the same function. Unknown parts become '*'.
// A value that is one of a few texts folds to each of them (bounded): both
// sides of `?:`, a default overwritten on some paths, and an element of a
// constant table (a range-for over it, or a subscript with a variable
// index), as in a loop over the credential files it reads.
// Used to recognise credential files ("$HOME/.ssh/id_rsa") and other
// well-known paths, and a constant path below a value (which then only
// chooses the directory: joinedPart); never to clear data of other kinds.
#include "analyzer/const_eval.h"
#include "analyzer/transfer.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

#include <algorithm>
#include <set>

namespace sluice {

using namespace clang;

namespace {

constexpr int kMaxFoldDepth = 6;
/// Alternatives kept per folded value; past it, the first ones (in source
/// order) are kept.
constexpr size_t kMaxTexts = 32;

using Texts = std::vector<std::string>;

/// Adds `t` to `out` unless present or full.
void addText(Texts &out, std::string t) {
  if (out.size() < kMaxTexts && std::find(out.begin(), out.end(), t) == out.end())
    out.push_back(std::move(t));
}

/// An unknown part of a concatenation is '*'.
Texts orStar(Texts t) {
  if (t.empty())
    t.push_back("*");
  return t;
}

/// Every a + sep + b.
Texts concat(const Texts &a, const Texts &b, const std::string &sep = "") {
  Texts out;
  for (const std::string &x : orStar(a))
    for (const std::string &y : orStar(b))
      addText(out, x + sep + y);
  return out;
}

/// One of `a` or one of `b`; unknown when both are (else an unknown side
/// is '*').
Texts unite(const Texts &a, const Texts &b) {
  if (a.empty() && b.empty())
    return {};
  Texts out;
  for (const std::string &x : orStar(a))
    addText(out, x);
  for (const std::string &y : orStar(b))
    addText(out, y);
  return out;
}

std::vector<const Expr *> tableElementsOf(const Expr *init) {
  for (int i = 0; init && i < 8; ++i) {
    init = init->IgnoreImplicit();
    if (const auto *ew = dyn_cast<ExprWithCleanups>(init)) {
      init = ew->getSubExpr();
    } else if (const auto *cc = dyn_cast<CXXConstructExpr>(init)) {
      init = cc->getNumArgs() >= 1 ? cc->getArg(0) : nullptr;
    } else if (const auto *il = dyn_cast<CXXStdInitializerListExpr>(init)) {
      init = il->getSubExpr();
    } else if (const auto *mt = dyn_cast<MaterializeTemporaryExpr>(init)) {
      init = mt->getSubExpr();
    } else if (const auto *list = dyn_cast<InitListExpr>(init)) {
      if (list->getType()->isArrayType())
        return {list->inits().begin(), list->inits().end()};
      // std::array: a structure holding the array.
      if (list->getNumInits() != 1)
        return {};
      init = list->getInit(0);
    } else {
      return {};
    }
  }
  return {};
}

/// A table whose elements are fixed: const, or of const elements, or an
/// array of string pointers internal to the unit (`static const char
/// *paths[]`) that the unit never writes into (`folder` knows).
const VarDecl *constantTableVar(const Expr *e, ConstantFolder *folder) {
  const auto *dr = dyn_cast<DeclRefExpr>(e->IgnoreParenImpCasts());
  const auto *vd = dr ? dyn_cast<VarDecl>(dr->getDecl()) : nullptr;
  if (!vd)
    return nullptr;
  vd = vd->getDefinition() ? vd->getDefinition() : vd;
  if (!vd->getInit())
    return nullptr;
  QualType t = vd->getType();
  if (t.isConstQualified())
    return vd;
  if (const ArrayType *at = t->getAsArrayTypeUnsafe()) {
    QualType el = at->getElementType();
    if (el.isConstQualified())
      return vd;
    bool internal = vd->isLocalVarDecl() || !vd->isExternallyVisible();
    if (internal && el->isPointerType() && el->getPointeeType().isConstQualified())
      return folder && !folder->elementsWritten(vd) ? vd : nullptr;
  }
  return nullptr;
}

/// The texts of a table's elements, or of one member of each (`field`).
Texts elementTexts(const VarDecl *table, const FieldDecl *field, const ASTContext &ctx) {
  Texts out;
  for (const Expr *el : tableElementsOf(table->getInit())) {
    const Expr *x = field ? elementMember(el, field) : el;
    if (!x)
      continue;
    if (auto t = constString(x, ctx))
      addText(out, *t);
  }
  return out;
}

/// The writes to `var` before `before` in a body: assignments, and calls
/// that take it as their first argument (snprintf, strcpy, append) or pass
/// it to a function defined in this unit (which may fill it: an
/// out-parameter), in source order. For a parameter, what it points to is
/// written: calls only (`p = q` moves the pointer), and `*p = x` for a
/// `T **p`.
class Writers : public RecursiveASTVisitor<Writers> {
public:
  Writers(const VarDecl *var, SourceLocation before, const SourceManager &sm)
      : var_(var), before_(before), sm_(sm),
        param_(isa<ParmVarDecl>(var) && !var->getType()->isReferenceType()) {}
  std::vector<const Expr *> found;

  bool VisitCallExpr(CallExpr *ce) {
    if (ce->getNumArgs() == 0 || !earlier(ce))
      return true;
    const Expr *first = ce->getArg(0);
    if (const auto *mc = dyn_cast<CXXMemberCallExpr>(ce))
      first = mc->getImplicitObjectArgument();
    else if (isa<CXXOperatorCallExpr>(ce))
      first = ce->getArg(0);
    if (refersTo(first) || (!isa<CXXMemberCallExpr, CXXOperatorCallExpr>(ce) && fills(ce) >= 0))
      found.push_back(ce);
    return true;
  }
  bool VisitBinaryOperator(BinaryOperator *bo) {
    if (!bo->isAssignmentOp() || !earlier(bo))
      return true;
    const Expr *lhs = bo->getLHS()->IgnoreParenImpCasts();
    if (param_) {
      const auto *deref = dyn_cast<UnaryOperator>(lhs);
      if (deref && deref->getOpcode() == UO_Deref && refersTo(deref->getSubExpr()))
        found.push_back(bo);
    } else if (refersTo(lhs)) {
      found.push_back(bo);
    }
    return true;
  }
  /// The argument of `ce` (a call of a function defined in this unit)
  /// that passes var, or its address, as an out-parameter; -1 if none.
  int fills(const CallExpr *ce) const {
    const FunctionDecl *fd = ce->getDirectCallee();
    if (!fd || !fd->hasBody() || param_)
      return -1;
    for (unsigned i = 0; i < ce->getNumArgs() && i < fd->getNumParams(); ++i) {
      const Expr *a = ce->getArg(i)->IgnoreParenImpCasts();
      bool address = false;
      if (const auto *uo = dyn_cast<UnaryOperator>(a); uo && uo->getOpcode() == UO_AddrOf) {
        a = uo->getSubExpr();
        address = true;
      }
      // A buffer (an array decays to its address), a pointer's address or
      // a non-const reference.
      QualType pt = fd->getParamDecl(i)->getType();
      bool byRef = pt->isLValueReferenceType() && !pt.getNonReferenceType().isConstQualified();
      if (refersTo(a) && (address || byRef || var_->getType()->isArrayType()))
        return static_cast<int>(i);
    }
    return -1;
  }

private:
  bool earlier(const Expr *e) const {
    return !before_.isValid() ||
           sm_.isBeforeInTranslationUnit(sm_.getFileLoc(e->getBeginLoc()), before_);
  }
  bool refersTo(const Expr *e) const {
    const auto *dr = dyn_cast<DeclRefExpr>(e->IgnoreParenImpCasts());
    return dr && dr->getDecl() == var_;
  }
  const VarDecl *var_;
  SourceLocation before_;
  const SourceManager &sm_;
  bool param_;
};

/// The function a local variable or parameter belongs to, with its body.
const FunctionDecl *owner(const VarDecl *vd) {
  const auto *fd = dyn_cast_or_null<FunctionDecl>(vd->getParentFunctionOrMethod());
  return fd && fd->hasBody() ? fd : nullptr;
}

std::string calleeName(const CallExpr *ce) {
  if (const FunctionDecl *fd = ce->getDirectCallee())
    return fd->getNameAsString();
  return "";
}

/// printf-style formatting with folded arguments; conversions we cannot
/// fold become '*'.
std::string format(const std::string &fmt, const std::vector<std::optional<std::string>> &args) {
  std::string out;
  size_t next = 0;
  for (size_t i = 0; i < fmt.size(); ++i) {
    if (fmt[i] != '%') {
      out += fmt[i];
      continue;
    }
    if (i + 1 < fmt.size() && fmt[i + 1] == '%') {
      out += '%';
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < fmt.size() && std::string("-+ #0123456789.*lhzjtLq").find(fmt[j]) != std::string::npos)
      ++j;
    char conv = j < fmt.size() ? fmt[j] : 's';
    std::optional<std::string> a = next < args.size() ? args[next] : std::nullopt;
    ++next;
    out += conv == 's' && a ? *a : "*";
    i = j;
  }
  return out;
}

} // namespace

std::vector<const Expr *> tableElements(const Expr *init) { return tableElementsOf(init); }

const Expr *elementMember(const Expr *element, const FieldDecl *field) {
  if (!element || !field || field->getParent()->isUnion())
    return nullptr;
  unsigned idx = field->getFieldIndex();
  const Expr *e = element;
  for (int i = 0; e && i < 4; ++i) {
    e = e->IgnoreImplicit();
    if (const auto *mt = dyn_cast<MaterializeTemporaryExpr>(e))
      e = mt->getSubExpr();
    else if (const auto *ft = dyn_cast<CXXFunctionalCastExpr>(e))
      e = ft->getSubExpr();
    else
      break;
  }
  if (const auto *list = dyn_cast<InitListExpr>(e))
    return idx < list->getNumInits() ? list->getInit(idx) : nullptr;
  // std::pair<int, long> built from {a, b}: one argument per member, in
  // the order of the members.
  if (const auto *cc = dyn_cast<CXXConstructExpr>(e)) {
    const CXXRecordDecl *rd = cc->getConstructor()->getParent();
    size_t fields = static_cast<size_t>(std::distance(rd->field_begin(), rd->field_end()));
    if (rd == field->getParent() && cc->getNumArgs() == fields && idx < cc->getNumArgs())
      return cc->getArg(idx);
  }
  return nullptr;
}

bool Transfer::conditionalWrite(const Stmt *write, const Stmt *use, const Stmt *body) const {
  if (!body)
    return false;
  std::unique_ptr<ParentMap> &parents =
      body == fn_->getBody() ? parents_ : calleeParents_[body];
  if (!parents)
    parents = std::make_unique<ParentMap>(const_cast<Stmt *>(body));
  std::set<const Stmt *> aroundUse;
  for (const Stmt *p = use; p; p = parents->getParent(p))
    aroundUse.insert(p);
  const Stmt *child = write;
  for (const Stmt *p = parents->getParent(write); p && !aroundUse.count(p);
       child = p, p = parents->getParent(p)) {
    // The condition of an if or a switch always runs.
    if (const auto *is = dyn_cast<IfStmt>(p); is && child == is->getCond())
      continue;
    if (const auto *sw = dyn_cast<SwitchStmt>(p); sw && child == sw->getCond())
      continue;
    // A do body, a for initialiser and a while condition run at least once.
    if (isa<DoStmt>(p))
      continue;
    if (const auto *fs = dyn_cast<ForStmt>(p); fs && child == fs->getInit())
      continue;
    if (const auto *ws = dyn_cast<WhileStmt>(p); ws && child == ws->getCond())
      continue;
    if (isa<IfStmt, SwitchStmt, ForStmt, WhileStmt, DoStmt, CXXForRangeStmt,
            AbstractConditionalOperator>(p))
      return true;
    if (const auto *bo = dyn_cast<BinaryOperator>(p); bo && bo->isLogicalOp() && child == bo->getRHS())
      return true;
  }
  return false;
}

namespace {
/// The range-for statement declaring `var` as its loop variable.
class RangeLoops : public RecursiveASTVisitor<RangeLoops> {
public:
  explicit RangeLoops(const VarDecl *var) : var_(var) {}
  const CXXForRangeStmt *found = nullptr;
  bool VisitCXXForRangeStmt(CXXForRangeStmt *fr) {
    if (fr->getLoopVariable() == var_)
      found = fr;
    return !found;
  }

private:
  const VarDecl *var_;
};

/// printf-style formatting of every combination of the arguments' texts.
Texts formatAll(const std::string &fmt, const std::vector<Texts> &args) {
  std::vector<std::vector<std::optional<std::string>>> combos{{}};
  for (const Texts &a : args) {
    std::vector<std::vector<std::optional<std::string>>> next;
    for (const auto &c : combos) {
      if (a.empty()) {
        next.push_back(c);
        next.back().push_back(std::nullopt);
        continue;
      }
      for (const std::string &t : a) {
        if (next.size() >= kMaxTexts)
          break;
        next.push_back(c);
        next.back().push_back(t);
      }
    }
    combos = std::move(next);
  }
  Texts out;
  for (const auto &c : combos)
    addText(out, format(fmt, c));
  return out;
}
} // namespace

std::optional<std::string> Transfer::foldText(const Expr *e, int depth) const {
  std::vector<std::string> t = foldTexts(e, depth);
  if (t.size() == 1)
    return t.front();
  return std::nullopt;
}

std::vector<std::string> Transfer::knownTexts(const Expr *e) const {
  // A bare "*" is an unknown side of `?:` or of a write on some paths.
  std::vector<std::string> texts = foldTexts(e);
  texts.erase(std::remove(texts.begin(), texts.end(), "*"), texts.end());
  return texts;
}

std::optional<std::string> Transfer::secretPath(const Expr *e) const {
  for (const std::string &t : foldTexts(e))
    if (rules_.secrets.matchesPath(t))
      return t;
  return std::nullopt;
}

std::vector<std::string> Transfer::tableTexts(const Expr *e) const {
  auto r = tableRead(e);
  return r ? elementTexts(r->table, r->field, ctx_) : std::vector<std::string>();
}

std::optional<Transfer::TableRead> Transfer::tableRead(const Expr *e) const {
  e = e->IgnoreParenImpCasts();
  const FieldDecl *field = nullptr;
  if (const auto *me = dyn_cast<MemberExpr>(e)) {
    field = dyn_cast<FieldDecl>(me->getMemberDecl());
    if (!field || me->isArrow())
      return std::nullopt;
    e = me->getBase()->IgnoreParenImpCasts();
  }
  // tbl[i] with an index that is not constant: any element.
  if (const auto *as = dyn_cast<ArraySubscriptExpr>(e)) {
    if (constInt(as->getIdx(), ctx_))
      return std::nullopt;  // constString and constantTable know that element
    if (const VarDecl *table = constantTableVar(as->getBase(), folder_))
      return TableRead{table, field};
    return std::nullopt;
  }
  // for (const auto &t : tbl) ... t / t.field
  const auto *dr = dyn_cast<DeclRefExpr>(e);
  const auto *loopVar = dr ? dyn_cast<VarDecl>(dr->getDecl()) : nullptr;
  const FunctionDecl *fd = loopVar ? owner(loopVar) : nullptr;
  if (!fd || !loopVar->isCXXForRangeDecl())
    return std::nullopt;
  RangeLoops loops(loopVar);
  loops.TraverseStmt(const_cast<Stmt *>(fd->getBody()));
  if (!loops.found || !loops.found->getRangeInit())
    return std::nullopt;
  if (const VarDecl *table = constantTableVar(loops.found->getRangeInit(), folder_))
    return TableRead{table, field};
  return std::nullopt;
}

std::vector<std::string> Transfer::formattedReturn(const CallExpr *ce, int depth) const {
  // A function declared to take a printf format and returning `char *`
  // returns the formatted text: busybox's xasprintf, GLib's
  // g_strdup_printf, sqlite3_mprintf, and the project's own wrappers of
  // vasprintf, whatever their names.
  // (An instance method's indices count `this`; such calls are not here.)
  const FunctionDecl *fd = ce->getDirectCallee();
  if (!fd || !fd->getReturnType()->isPointerType() ||
      !fd->getReturnType()->getPointeeType()->isAnyCharacterType())
    return {};
  if (const auto *md = dyn_cast<CXXMethodDecl>(fd); md && md->isInstance())
    return {};
  const auto *fa = fd->getAttr<FormatAttr>();
  if (!fa || !fa->getType() || fa->getType()->getName() != "printf" || fa->getFirstArg() <= 0)
    return {};
  return formatCall(ce, static_cast<unsigned>(fa->getFormatIdx() - 1),
                    static_cast<unsigned>(fa->getFirstArg() - 1), depth)
      .value_or(Texts{});
}

std::optional<std::vector<std::string>> Transfer::formatCall(const CallExpr *ce, unsigned fmtAt,
                                                             unsigned firstArg, int depth) const {
  if (fmtAt >= ce->getNumArgs() || firstArg > ce->getNumArgs())
    return std::nullopt;
  auto fmt = constString(ce->getArg(fmtAt), ctx_);
  if (!fmt)
    return std::nullopt;
  std::vector<Texts> args;
  for (unsigned i = firstArg; i < ce->getNumArgs(); ++i)
    args.push_back(foldTexts(ce->getArg(i), depth + 1));
  return formatAll(*fmt, args);
}

std::vector<std::string> Transfer::foldTexts(const Expr *e, int depth) const {
  if (!e || depth > kMaxFoldDepth)
    return {};
  e = e->IgnoreParenImpCasts();
  if (auto s = constString(e, ctx_))
    return {*s};
  if (const auto *mt = dyn_cast<MaterializeTemporaryExpr>(e))
    return foldTexts(mt->getSubExpr(), depth + 1);
  if (const auto *bt = dyn_cast<CXXBindTemporaryExpr>(e))
    return foldTexts(bt->getSubExpr(), depth + 1);
  if (const auto *fc = dyn_cast<CXXFunctionalCastExpr>(e))
    return foldTexts(fc->getSubExpr(), depth + 1);
  if (const auto *cc = dyn_cast<CXXConstructExpr>(e))
    return cc->getNumArgs() ? foldTexts(cc->getArg(0), depth + 1) : Texts{""};
  if (const auto *co = dyn_cast<AbstractConditionalOperator>(e)) {
    // `a ?: b`: the true side is `a` itself (an opaque copy of it).
    const Expr *t = co->getTrueExpr();
    if (const auto *ov = dyn_cast<OpaqueValueExpr>(t->IgnoreParenImpCasts()); ov && ov->getSourceExpr())
      t = ov->getSourceExpr();
    return unite(foldTexts(t, depth + 1), foldTexts(co->getFalseExpr(), depth + 1));
  }
  if (const auto *me = dyn_cast<MemberExpr>(e)) {
    if (me->getMemberDecl()->getName() == "pw_dir")
      return {"$HOME"};
    // g.url of a record that stays as initialised: that member's initialiser.
    const auto *field = dyn_cast<FieldDecl>(me->getMemberDecl());
    const auto *base = dyn_cast<DeclRefExpr>(me->getBase()->IgnoreParenImpCasts());
    const auto *rv = base ? dyn_cast<VarDecl>(base->getDecl()) : nullptr;
    if (folder_ && field && rv && !me->isArrow())
      if (const InitListExpr *il = folder_->unchangedRecord(rv))
        if (const Expr *init = elementMember(il, field))
          return foldTexts(init, depth + 1);
    return tableTexts(me);
  }
  if (isa<ArraySubscriptExpr>(e))
    return tableTexts(e);
  if (const auto *oc = dyn_cast<CXXOperatorCallExpr>(e)) {
    if ((oc->getOperator() == OO_Plus || oc->getOperator() == OO_Slash) && oc->getNumArgs() == 2)
      return concat(foldTexts(oc->getArg(0), depth + 1), foldTexts(oc->getArg(1), depth + 1),
                    oc->getOperator() == OO_Slash ? "/" : "");
    return {};
  }
  if (const auto *mc = dyn_cast<CXXMemberCallExpr>(e)) {
    std::string m = mc->getMethodDecl() ? mc->getMethodDecl()->getNameAsString() : "";
    if (m == "c_str" || m == "data" || m == "string" || m == "str")
      return foldTexts(mc->getImplicitObjectArgument(), depth + 1);
    return {};
  }
  if (const auto *ce = dyn_cast<CallExpr>(e)) {
    std::string n = calleeName(ce);
    if ((n == "getenv" || n == "secure_getenv") && ce->getNumArgs() == 1)
      if (auto name = constString(ce->getArg(0), ctx_))
        return {"$" + *name};
    return formattedReturn(ce, depth);
  }
  const auto *dr = dyn_cast<DeclRefExpr>(e);
  const auto *vd = dr ? dyn_cast<VarDecl>(dr->getDecl()) : nullptr;
  if (vd && vd->hasGlobalStorage() && !vd->isStaticLocal())
    return unchangedGlobalTexts(vd, depth);
  if (!vd || !vd->isLocalVarDecl() || !owner(vd))
    return {};
  if (Texts t = tableTexts(e); !t.empty())
    return t;  // a range-for's element
  // The variable's initialiser, then what was written into it before here.
  Texts text;
  if (const Expr *init = vd->getInit())
    text = foldTexts(init, depth + 1);
  return writtenTexts(vd, ctx_.getSourceManager().getFileLoc(e->getBeginLoc()), e, std::move(text),
                      depth);
}

std::vector<std::string> Transfer::unchangedGlobalTexts(const VarDecl *vd, int depth) const {
  // `static const char *kPath = "/tmp/x";` never assigned in the unit (the
  // pointer itself is not const): its initialiser. Internal only: another
  // unit may assign an external one.
  const VarDecl *def = vd->getDefinition() ? vd->getDefinition() : vd;
  if (!folder_ || def->isExternallyVisible() || !def->getInit() ||
      !def->getType()->isPointerType() || folder_->mutatedVar(def) ||
      folder_->mutatedVar(def->getCanonicalDecl()) || folder_->elementsWritten(def))
    return {};
  return foldTexts(def->getInit(), depth + 1);
}

std::vector<std::string> Transfer::filledTexts(const ParmVarDecl *p, int depth) const {
  if (depth > kMaxFoldDepth)
    return {};
  // Once per parameter (a recursive helper sees nothing while in progress).
  if (auto it = filled_.find(p); it != filled_.end())
    return it->second;
  filled_[p] = {};
  Texts out = writtenTexts(p, SourceLocation(), nullptr, {}, depth);
  return filled_[p] = out;
}

std::vector<std::string> Transfer::writtenTexts(const VarDecl *vd, SourceLocation before,
                                                const Expr *use, std::vector<std::string> text,
                                                int depth) const {
  const FunctionDecl *fd = owner(vd);
  if (!fd)
    return {};
  Writers w(vd, before, ctx_.getSourceManager());
  w.TraverseStmt(const_cast<Stmt *>(fd->getBody()));
  for (const Expr *x : w.found) {
    // A write on some paths only (a default filled in when getenv failed)
    // leaves one of several texts.
    bool onSomePaths = conditionalWrite(x, use, fd->getBody());
    auto set = [&](const Texts &v) { text = onSomePaths ? unite(text, v) : v; };
    if (const auto *bo = dyn_cast<BinaryOperator>(x)) {
      Texts rhs = foldTexts(bo->getRHS(), depth + 1);
      if (bo->getOpcode() == BO_Assign)
        set(rhs);
      else if (bo->getOpcode() == BO_AddAssign)
        set(concat(text, rhs));
      continue;
    }
    const auto *ce = cast<CallExpr>(x);
    std::string n = calleeName(ce);
    if (const auto *oc = dyn_cast<CXXOperatorCallExpr>(ce)) {
      if (oc->getOperator() == OO_Equal && oc->getNumArgs() == 2)
        set(foldTexts(oc->getArg(1), depth + 1));
      else if ((oc->getOperator() == OO_PlusEqual || oc->getOperator() == OO_SlashEqual) &&
               oc->getNumArgs() == 2)
        set(concat(text, foldTexts(oc->getArg(1), depth + 1),
                   oc->getOperator() == OO_SlashEqual ? "/" : ""));
      continue;
    }
    if (const auto *mc = dyn_cast<CXXMemberCallExpr>(ce)) {
      if ((n == "append" || n == "assign") && mc->getNumArgs() >= 1) {
        Texts a = foldTexts(mc->getArg(0), depth + 1);
        set(n == "assign" ? a : concat(text, a));
      }
      continue;
    }
    if (int at = w.fills(ce); at >= 0) {
      // A helper of this unit that fills the buffer (or the pointer, or
      // the string) it is given: the texts it writes into its parameter
      // by the time it returns. A helper that writes nothing we can fold
      // leaves the text as it was.
      if (Texts out = filledTexts(ce->getDirectCallee()->getDefinition()->getParamDecl(
                                      static_cast<unsigned>(at)),
                                  depth + 1);
          !out.empty())
        set(out);
      continue;
    }
    unsigned fmtAt = n == "snprintf" ? 2 : n == "sprintf" ? 1 : 0;
    if (fmtAt && ce->getNumArgs() > fmtAt) {
      if (auto formatted = formatCall(ce, fmtAt, fmtAt + 1, depth))
        set(*formatted);
      else
        text.clear();
    } else if ((n == "strcpy" || n == "strncpy") && ce->getNumArgs() >= 2) {
      set(foldTexts(ce->getArg(1), depth + 1));
    } else if ((n == "strcat" || n == "strncat") && ce->getNumArgs() >= 2) {
      set(concat(text, foldTexts(ce->getArg(1), depth + 1)));
    }
  }
  return text;
}

} // namespace sluice
