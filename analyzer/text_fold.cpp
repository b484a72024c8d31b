// Folding the text of a value where it is built from constants in plain
// ways: literals, getenv("HOME") (as "$HOME"), getpwuid()->pw_dir, and a
// buffer filled by snprintf/sprintf/strcpy/strcat (or a std::string built
// with + and +=) earlier in the same function. Unknown parts become '*'.
// Used to recognise credential files ("$HOME/.ssh/id_rsa") and other
// well-known paths; never to decide that data is clean.
#include "analyzer/const_eval.h"
#include "analyzer/transfer.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

#include <set>

namespace sluice {

using namespace clang;

namespace {

constexpr int kMaxFoldDepth = 6;

/// Calls in a function body that write to variable `var`, in source order.
class Writers : public RecursiveASTVisitor<Writers> {
public:
  Writers(const VarDecl *var, SourceLocation before, const SourceManager &sm)
      : var_(var), before_(before), sm_(sm) {}
  std::vector<const Expr *> found;

  bool VisitCallExpr(CallExpr *ce) {
    if (ce->getNumArgs() == 0 || !earlier(ce))
      return true;
    const Expr *first = ce->getArg(0);
    if (const auto *mc = dyn_cast<CXXMemberCallExpr>(ce))
      first = mc->getImplicitObjectArgument();
    else if (isa<CXXOperatorCallExpr>(ce))
      first = ce->getArg(0);
    if (refersTo(first))
      found.push_back(ce);
    return true;
  }
  bool VisitBinaryOperator(BinaryOperator *bo) {
    if (bo->isAssignmentOp() && earlier(bo) && refersTo(bo->getLHS()))
      found.push_back(bo);
    return true;
  }

private:
  bool earlier(const Expr *e) const {
    return sm_.isBeforeInTranslationUnit(sm_.getFileLoc(e->getBeginLoc()), before_);
  }
  bool refersTo(const Expr *e) const {
    const auto *dr = dyn_cast<DeclRefExpr>(e->IgnoreParenImpCasts());
    return dr && dr->getDecl() == var_;
  }
  const VarDecl *var_;
  SourceLocation before_;
  const SourceManager &sm_;
};

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

bool Transfer::conditionalWrite(const Stmt *write, const Stmt *use) const {
  if (!fn_->getBody())
    return false;
  if (!parents_)
    parents_ = std::make_unique<ParentMap>(fn_->getBody());
  std::set<const Stmt *> aroundUse;
  for (const Stmt *p = use; p; p = parents_->getParent(p))
    aroundUse.insert(p);
  const Stmt *child = write;
  for (const Stmt *p = parents_->getParent(write); p && !aroundUse.count(p);
       child = p, p = parents_->getParent(p)) {
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

std::optional<std::string> Transfer::foldText(const Expr *e, int depth) const {
  if (!e || depth > kMaxFoldDepth)
    return std::nullopt;
  e = e->IgnoreParenImpCasts();
  if (auto s = constString(e, ctx_))
    return s;
  if (const auto *mt = dyn_cast<MaterializeTemporaryExpr>(e))
    return foldText(mt->getSubExpr(), depth + 1);
  if (const auto *bt = dyn_cast<CXXBindTemporaryExpr>(e))
    return foldText(bt->getSubExpr(), depth + 1);
  if (const auto *fc = dyn_cast<CXXFunctionalCastExpr>(e))
    return foldText(fc->getSubExpr(), depth + 1);
  if (const auto *cc = dyn_cast<CXXConstructExpr>(e))
    return cc->getNumArgs() ? foldText(cc->getArg(0), depth + 1) : std::optional<std::string>("");
  if (const auto *me = dyn_cast<MemberExpr>(e)) {
    if (me->getMemberDecl()->getName() == "pw_dir")
      return std::string("$HOME");
    return std::nullopt;
  }
  if (const auto *oc = dyn_cast<CXXOperatorCallExpr>(e)) {
    if ((oc->getOperator() == OO_Plus || oc->getOperator() == OO_Slash) && oc->getNumArgs() == 2) {
      auto a = foldText(oc->getArg(0), depth + 1);
      auto b = foldText(oc->getArg(1), depth + 1);
      std::string sep = oc->getOperator() == OO_Slash ? "/" : "";
      return a.value_or("*") + sep + b.value_or("*");
    }
    return std::nullopt;
  }
  if (const auto *mc = dyn_cast<CXXMemberCallExpr>(e)) {
    std::string m = mc->getMethodDecl() ? mc->getMethodDecl()->getNameAsString() : "";
    if (m == "c_str" || m == "data" || m == "string" || m == "str")
      return foldText(mc->getImplicitObjectArgument(), depth + 1);
    return std::nullopt;
  }
  if (const auto *ce = dyn_cast<CallExpr>(e)) {
    std::string n = calleeName(ce);
    if ((n == "getenv" || n == "secure_getenv") && ce->getNumArgs() == 1)
      if (auto name = constString(ce->getArg(0), ctx_))
        return "$" + *name;
    return std::nullopt;
  }
  const auto *dr = dyn_cast<DeclRefExpr>(e);
  const auto *vd = dr ? dyn_cast<VarDecl>(dr->getDecl()) : nullptr;
  if (!vd || !vd->isLocalVarDecl() || !fn_->getBody())
    return std::nullopt;
  // The variable's initialiser, then what was written into it before here.
  std::optional<std::string> text;
  if (const Expr *init = vd->getInit())
    text = foldText(init, depth + 1);
  Writers w(vd, ctx_.getSourceManager().getFileLoc(e->getBeginLoc()), ctx_.getSourceManager());
  w.TraverseStmt(const_cast<Stmt *>(fn_->getBody()));
  for (const Expr *x : w.found) {
    // A write on some paths only (a default filled in when getenv failed)
    // leaves one of several texts: not known.
    bool onSomePaths = conditionalWrite(x, e);
    auto set = [&](std::optional<std::string> v) { text = onSomePaths ? std::nullopt : v; };
    if (const auto *bo = dyn_cast<BinaryOperator>(x)) {
      auto rhs = foldText(bo->getRHS(), depth + 1);
      if (bo->getOpcode() == BO_Assign)
        set(rhs);
      else if (bo->getOpcode() == BO_AddAssign)
        set(text.value_or("*") + rhs.value_or("*"));
      continue;
    }
    const auto *ce = cast<CallExpr>(x);
    std::string n = calleeName(ce);
    if (const auto *oc = dyn_cast<CXXOperatorCallExpr>(ce)) {
      if (oc->getOperator() == OO_Equal && oc->getNumArgs() == 2)
        set(foldText(oc->getArg(1), depth + 1));
      else if ((oc->getOperator() == OO_PlusEqual || oc->getOperator() == OO_SlashEqual) &&
               oc->getNumArgs() == 2)
        set(text.value_or("*") + (oc->getOperator() == OO_SlashEqual ? "/" : "") +
            foldText(oc->getArg(1), depth + 1).value_or("*"));
      continue;
    }
    if (const auto *mc = dyn_cast<CXXMemberCallExpr>(ce)) {
      if ((n == "append" || n == "assign") && mc->getNumArgs() >= 1) {
        auto a = foldText(mc->getArg(0), depth + 1);
        set(n == "assign" ? a : std::optional<std::string>(text.value_or("*") + a.value_or("*")));
      }
      continue;
    }
    unsigned fmtAt = n == "snprintf" ? 2 : n == "sprintf" ? 1 : 0;
    if (fmtAt && ce->getNumArgs() > fmtAt) {
      auto fmt = constString(ce->getArg(fmtAt), ctx_);
      if (!fmt) {
        text = std::nullopt;
        continue;
      }
      std::vector<std::optional<std::string>> args;
      for (unsigned i = fmtAt + 1; i < ce->getNumArgs(); ++i)
        args.push_back(foldText(ce->getArg(i), depth + 1));
      set(format(*fmt, args));
    } else if ((n == "strcpy" || n == "strncpy") && ce->getNumArgs() >= 2) {
      set(foldText(ce->getArg(1), depth + 1));
    } else if ((n == "strcat" || n == "strncat") && ce->getNumArgs() >= 2) {
      set(text.value_or("*") + foldText(ce->getArg(1), depth + 1).value_or("*"));
    }
  }
  return text;
}

} // namespace sluice
