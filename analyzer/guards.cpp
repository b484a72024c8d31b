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
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

#include <algorithm>
#include <bitset>
#include <cctype>
#include <functional>
#include <optional>
#include <set>

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
/// A helper's body of at least two statements that ends in `return L;`
/// with a constant L: the definition, the body, the last statement and L's
/// truth.
struct EndsInConstant {
  const FunctionDecl *def = nullptr;
  const CompoundStmt *body = nullptr;
  const ReturnStmt *last = nullptr;
  bool truth = false;
};
std::optional<EndsInConstant> endsInConstant(const FunctionDecl *fd, const ASTContext &ctx) {
  EndsInConstant e;
  if (!fd || !fd->hasBody(e.def) || !e.def)
    return std::nullopt;
  e.body = dyn_cast_or_null<CompoundStmt>(e.def->getBody());
  if (!e.body || e.body->size() < 2)
    return std::nullopt;
  e.last = dyn_cast<ReturnStmt>(e.body->body_back());
  std::optional<bool> t = e.last ? constTruth(e.last->getRetValue(), ctx) : std::nullopt;
  if (!t)
    return std::nullopt;
  e.truth = *t;
  return e;
}

std::optional<EarlyExits> earlyExits(const FunctionDecl *fd, const ASTContext &ctx) {
  auto ends = endsInConstant(fd, ctx);
  if (!ends)
    return std::nullopt;
  const CompoundStmt *body = ends->body;
  const ReturnStmt *last = ends->last;
  const bool final = ends->truth;
  EarlyExits out;
  out.finalTruth = final;
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
    if (!t || *t == final)
      return std::nullopt;
    out.conditions.push_back(is->getCond());
  }
  if (out.conditions.empty())
    return std::nullopt;
  return out;
}

/// A character of the value a loop walks: a variable of character type,
/// an element (`s[i]`) or a dereference (`*p`), under casts.
bool isCharacter(const Expr *e) {
  e = e->IgnoreParenCasts();
  if (const auto *dr = dyn_cast<DeclRefExpr>(e))
    return dr->getType()->isAnyCharacterType();
  if (isa<ArraySubscriptExpr>(e))
    return e->getType()->isAnyCharacterType();
  if (const auto *uo = dyn_cast<UnaryOperator>(e))
    return uo->getOpcode() == UO_Deref && e->getType()->isAnyCharacterType();
  if (const auto *oc = dyn_cast<CXXOperatorCallExpr>(e))  // name[i] of a std::string
    return oc->getOperator() == OO_Subscript && e->getType()->isAnyCharacterType();
  return false;
}

/// A character class test by name, in the C locale.
std::optional<bool> charClass(const std::string &n, int x) {
  if (n == "isalnum") return std::isalnum(x) != 0;
  if (n == "isalpha") return std::isalpha(x) != 0;
  if (n == "isdigit") return std::isdigit(x) != 0;
  if (n == "isxdigit") return std::isxdigit(x) != 0;
  if (n == "islower") return std::islower(x) != 0;
  if (n == "isupper") return std::isupper(x) != 0;
  if (n == "isspace") return std::isspace(x) != 0;
  if (n == "isblank") return std::isblank(x) != 0;
  if (n == "ispunct") return std::ispunct(x) != 0;
  if (n == "isprint") return std::isprint(x) != 0;
  if (n == "isgraph") return std::isgraph(x) != 0;
  if (n == "iscntrl") return std::iscntrl(x) != 0;
  return std::nullopt;
}

const Expr *firstCharacter(const Stmt *s) {
  if (const auto *e = dyn_cast_or_null<Expr>(s); e && isCharacter(e))
    return e;
  for (const Stmt *c : s ? s->children() : Stmt::const_child_range(nullptr, nullptr))
    if (const Expr *x = firstCharacter(c))
      return x;
  return nullptr;
}

/// The character class macro (C's <ctype.h> expands isalnum(c) into a
/// table lookup) whose whole expansion `e` is, if any.
std::optional<std::string> ctypeMacro(const Expr *e, const ASTContext &ctx) {
  const SourceManager &sm = ctx.getSourceManager();
  // The ctype macro each end of `e` was expanded from, and that expansion's
  // own range: both ends must come from the same one (not from a user
  // macro around it, `OK(c)` = `isalnum(c) || (c) == '/'`).
  auto classOf = [&](SourceLocation l) -> std::optional<std::pair<std::string, SourceRange>> {
    for (; l.isMacroID(); l = sm.getImmediateMacroCallerLoc(l)) {
      std::string n = Lexer::getImmediateMacroName(l, sm, ctx.getLangOpts()).str();
      if (charClass(n, 'a'))
        return std::make_pair(n, sm.getImmediateExpansionRange(l).getAsRange());
    }
    return std::nullopt;
  };
  auto b = classOf(e->getBeginLoc()), z = classOf(e->getEndLoc());
  if (!b || !z || *b != *z)
    return std::nullopt;
  return b->first;
}

/// The value of `e` when the character it tests is `c`: character tests
/// (isalnum ...), comparisons with constants, strchr of a constant set,
/// and their combinations; nullopt for anything else.
std::optional<int64_t> evalForChar(const Expr *e, int c, const ASTContext &ctx, int depth = 0) {
  if (!e || depth > 16)
    return std::nullopt;
  e = e->IgnoreParenImpCasts();
  if (isCharacter(e))
    return c;
  // isalnum(*p) expanded by C's <ctype.h>: a test of the character inside.
  if (auto n = ctypeMacro(e, ctx))
    return firstCharacter(e) ? std::optional<int64_t>(*charClass(*n, c)) : std::nullopt;
  if (auto v = constInt(e, ctx))
    return v;
  if (const auto *uo = dyn_cast<UnaryOperator>(e); uo && uo->getOpcode() == UO_LNot) {
    auto v = evalForChar(uo->getSubExpr(), c, ctx, depth + 1);
    return v ? std::optional<int64_t>(*v == 0) : std::nullopt;
  }
  if (const auto *bo = dyn_cast<BinaryOperator>(e)) {
    auto l = evalForChar(bo->getLHS(), c, ctx, depth + 1);
    if (bo->getOpcode() == BO_LAnd && l && *l == 0)
      return 0;
    if (bo->getOpcode() == BO_LOr && l && *l != 0)
      return 1;
    auto r = evalForChar(bo->getRHS(), c, ctx, depth + 1);
    if (!l || !r)
      return std::nullopt;
    return applyBinary(bo->getOpcode(), *l, *r);
  }
  const auto *ce = dyn_cast<CallExpr>(e);
  const FunctionDecl *fd = ce ? ce->getDirectCallee() : nullptr;
  if (!fd || !fd->getIdentifier())
    return std::nullopt;
  std::string n = fd->getName().str();
  if ((n == "strchr" || n == "memchr") && ce->getNumArgs() >= 2) {
    auto set = constString(ce->getArg(0), ctx);
    auto v = evalForChar(ce->getArg(1), c, ctx, depth + 1);
    if (!set || !v)
      return std::nullopt;
    return *v != 0 && set->find(static_cast<char>(*v)) != std::string::npos;
  }
  if (ce->getNumArgs() != 1)
    return std::nullopt;
  auto v = evalForChar(ce->getArg(0), c, ctx, depth + 1);
  if (!v || *v < 0 || *v > 255)
    return std::nullopt;
  // The C locale's classes (what a check written this way means).
  if (auto k = charClass(n, static_cast<int>(*v)))
    return *k;
  if (n == "tolower")
    return std::tolower(static_cast<int>(*v));
  if (n == "toupper")
    return std::toupper(static_cast<int>(*v));
  return std::nullopt;
}

/// A helper that checks every character of one parameter against an
/// allowlist: early exits that return one constant (length checks), a loop
/// over the parameter (range-for over it, or an index or pointer walk)
/// whose body leaves with that constant when a character is not allowed,
/// and a final `return` of the opposite truth. The allowed characters are
/// found by evaluating the exit condition for every byte.
struct CharAllowlist {
  unsigned param = 0;
  std::bitset<256> allowed;
  bool finalTruth = true;
};

/// A character constant other than '\0' (`*p != '='`: a walk that stops
/// early).
bool hasNonZeroChar(const Stmt *s) {
  if (!s)
    return false;
  if (const auto *cl = dyn_cast<CharacterLiteral>(s))
    return cl->getValue() != 0;
  for (const Stmt *c : s->children())
    if (hasNonZeroChar(c))
      return true;
  return false;
}

/// A way around the rest of a loop body (continue, break, goto) or a step
/// of the walk inside a branch (`if (*p == '\\') p++;`).
bool escapes(const Stmt *s, bool nested = false) {
  if (!s)
    return false;
  if (isa<ContinueStmt, BreakStmt, GotoStmt>(s))
    return true;
  if (nested) {
    if (const auto *uo = dyn_cast<UnaryOperator>(s); uo && uo->isIncrementDecrementOp())
      return true;
    if (const auto *bo = dyn_cast<BinaryOperator>(s); bo && bo->isAssignmentOp())
      return true;
  }
  bool branch = isa<IfStmt, SwitchStmt, ForStmt, WhileStmt, DoStmt, ConditionalOperator>(s);
  for (const Stmt *c : s->children())
    if (escapes(c, nested || branch))
      return true;
  return false;
}

bool walksParam(const Stmt *s, const ParmVarDecl *p) {
  if (!s)
    return false;
  auto isP = [&](const Expr *e) {
    const auto *dr = dyn_cast<DeclRefExpr>(e->IgnoreParenImpCasts());
    return dr && dr->getDecl() == p;
  };
  if (const auto *as = dyn_cast<ArraySubscriptExpr>(s); as && isP(as->getBase()))
    return true;
  if (const auto *uo = dyn_cast<UnaryOperator>(s); uo && uo->getOpcode() == UO_Deref &&
                                                   isP(uo->getSubExpr()))
    return true;
  if (const auto *oc = dyn_cast<CXXOperatorCallExpr>(s);
      oc && oc->getOperator() == OO_Subscript && oc->getNumArgs() == 2 && isP(oc->getArg(0)))
    return true;
  for (const Stmt *c : s->children())
    if (walksParam(c, p))
      return true;
  return false;
}

std::optional<CharAllowlist> charAllowlist(const FunctionDecl *fd, const ASTContext &ctx) {
  auto ends = endsInConstant(fd, ctx);
  if (!ends)
    return std::nullopt;
  const FunctionDecl *def = ends->def;
  const CompoundStmt *body = ends->body;
  const ReturnStmt *last = ends->last;
  const bool final = ends->truth;
  std::optional<CharAllowlist> found;
  for (const Stmt *st : body->body()) {
    if (st == last)
      break;
    if (const auto *is = dyn_cast<IfStmt>(st); is && !is->getElse()) {
      const ReturnStmt *rs = onlyReturn(is->getThen());
      std::optional<bool> t = rs ? constTruth(rs->getRetValue(), ctx) : std::nullopt;
      if (!t || *t == final)
        return std::nullopt;
      continue;  // a length or emptiness check before the loop
    }
    const Stmt *loopBody = nullptr;
    const ParmVarDecl *walked = nullptr;
    if (const auto *fr = dyn_cast<CXXForRangeStmt>(st)) {
      loopBody = fr->getBody();
      if (const auto *dr = dyn_cast<DeclRefExpr>(fr->getRangeInit()->IgnoreParenImpCasts()))
        walked = dyn_cast<ParmVarDecl>(dr->getDecl());
    } else if (isa<ForStmt, WhileStmt, DoStmt>(st)) {
      loopBody = st;
      int count = 0;
      for (const ParmVarDecl *p : def->parameters())
        if (walksParam(st, p)) {
          walked = p;
          ++count;
        }
      if (count != 1)
        walked = nullptr;  // one parameter only
    } else if (hasReturn(st)) {
      return std::nullopt;
    } else {
      continue;
    }
    if (!walked || found)
      return std::nullopt;
    // The loop's exits: `if (C) return K;` as statements of its body, with
    // K of the early exits' truth; C true for a character that is not
    // allowed. Every character must meet them: no continue, break or goto,
    // no other return, no step of the walk hidden in a branch, and a loop
    // condition that only looks for the end (not `*p != '='`).
    const Stmt *inner = loopBody;
    if (const auto *fs = dyn_cast<ForStmt>(st)) {
      inner = fs->getBody();
      if (fs->getCond() && hasNonZeroChar(fs->getCond()))
        return std::nullopt;
    } else if (const auto *ws = dyn_cast<WhileStmt>(st)) {
      inner = ws->getBody();
      if (hasNonZeroChar(ws->getCond()))
        return std::nullopt;
    } else if (const auto *ds = dyn_cast<DoStmt>(st)) {
      inner = ds->getBody();
      if (hasNonZeroChar(ds->getCond()))
        return std::nullopt;
    }
    std::vector<const Stmt *> stmts;
    if (const auto *cs = dyn_cast_or_null<CompoundStmt>(inner))
      stmts.assign(cs->body_begin(), cs->body_end());
    else if (inner)
      stmts.push_back(inner);
    std::vector<const Expr *> exits;
    for (const Stmt *s : stmts) {
      if (const auto *is = dyn_cast<IfStmt>(s)) {
        const ReturnStmt *rs = onlyReturn(is->getThen());
        std::optional<bool> t = rs ? constTruth(rs->getRetValue(), ctx) : std::nullopt;
        if (is->getElse() || !t || *t == final || escapes(is->getCond()))
          return std::nullopt;
        exits.push_back(is->getCond());
      } else if (escapes(s) || hasReturn(s)) {
        return std::nullopt;
      }
    }
    if (exits.empty())
      return std::nullopt;
    CharAllowlist al;
    al.finalTruth = final;
    al.param = walked->getFunctionScopeIndex();
    for (int c = 1; c < 256; ++c) {
      bool rejected = false;
      for (const Expr *x : exits) {
        auto v = evalForChar(x, c, ctx);
        if (!v)
          return std::nullopt;  // a condition this cannot read
        rejected |= *v != 0;
      }
      al.allowed[static_cast<size_t>(c)] = !rejected;
    }
    found = al;
  }
  return found;
}

/// A helper that filters a string's characters (`sane(name)`, a
/// `sanitize_filename(s)`): a loop whose writes into one parameter's buffer
/// (in place, or a second buffer) are characters that passed a test
/// (`if (isalnum(*s) || *s == '-') *p++ = *s;`), a transform of them
/// (`tolower`) or constants (`else *p++ = '_';`), the buffer ended after
/// the loop; or a loop that overwrites in place, with a constant, every
/// character failing a test (`if (!isalnum(s[i])) s[i] = '_';`). What the
/// buffer holds afterwards is drawn from `allowed`.
struct CharFilter {
  unsigned param = 0;      // the buffer written (what the parameter points to)
  bool returnsIt = false;  // every return gives that parameter or NULL
  std::bitset<256> allowed;
};

/// Whether `e` may be true and may be false when the character it tests is
/// `c`; parts that do not test the character may be either.
std::pair<bool, bool> mayForChar(const Expr *e, int c, const ASTContext &ctx) {
  e = e->IgnoreParenImpCasts();
  if (const auto *uo = dyn_cast<UnaryOperator>(e); uo && uo->getOpcode() == UO_LNot) {
    auto [t, f] = mayForChar(uo->getSubExpr(), c, ctx);
    return {f, t};
  }
  if (const auto *bo = dyn_cast<BinaryOperator>(e);
      bo && (bo->getOpcode() == BO_LAnd || bo->getOpcode() == BO_LOr)) {
    auto [lt, lf] = mayForChar(bo->getLHS(), c, ctx);
    auto [rt, rf] = mayForChar(bo->getRHS(), c, ctx);
    if (bo->getOpcode() == BO_LAnd)
      return {lt && rt, lf || rf};
    return {lt || rt, lf && rf};
  }
  if (auto v = evalForChar(e, c, ctx))
    return {*v != 0, *v == 0};
  return {true, true};
}

/// The variable a pointer expression walks (`p`, `p++`, `p + 1`, `&s[i]`).
const VarDecl *cursorVar(const Expr *e) {
  e = e->IgnoreParenCasts();
  if (const auto *uo = dyn_cast<UnaryOperator>(e); uo && uo->isIncrementDecrementOp())
    return cursorVar(uo->getSubExpr());
  if (const auto *uo = dyn_cast<UnaryOperator>(e); uo && uo->getOpcode() == UO_AddrOf)
    if (const auto *as = dyn_cast<ArraySubscriptExpr>(uo->getSubExpr()->IgnoreParenCasts()))
      return cursorVar(as->getBase());
  if (const auto *bo = dyn_cast<BinaryOperator>(e); bo && bo->isAdditiveOp())
    return cursorVar(bo->getLHS());
  return referencedVar(e);
}

/// The buffer variable a character lvalue is written through (`*p++`,
/// `p[j++]`), if it is one.
const VarDecl *writtenThrough(const Expr *lhs) {
  lhs = lhs->IgnoreParenImpCasts();
  if (const auto *uo = dyn_cast<UnaryOperator>(lhs); uo && uo->getOpcode() == UO_Deref)
    return cursorVar(uo->getSubExpr());
  if (const auto *as = dyn_cast<ArraySubscriptExpr>(lhs))
    return cursorVar(as->getBase());
  return nullptr;
}

class FilterScan : public RecursiveASTVisitor<FilterScan> {
public:
  struct Write {
    const Expr *lhs, *value;
    std::vector<std::pair<const Expr *, bool>> conds;  // enclosing tests, inside the loop
  };
  std::map<const VarDecl *, unsigned> alias;  // parameters and pointers into them
  std::vector<Write> inLoop, after;
  /// Variables stepped or set under a test inside the loop (a walk that
  /// skips characters on some paths), with the expression doing it.
  std::vector<std::pair<const VarDecl *, const Expr *>> movedInBranch;
  bool bad = false, escapes = false;
  const Stmt *loop = nullptr;

  bool TraverseStmt(Stmt *s) {
    if (!s || bad)
      return true;
    if (isa<ForStmt, WhileStmt, DoStmt>(s)) {
      if (loop || conds_.size() > 0) {
        bad = true;  // one loop, not under a test
        return true;
      }
      loop = s;
      inLoop_ = true;
      RecursiveASTVisitor::TraverseStmt(s);
      inLoop_ = false;
      return true;
    }
    if (auto *is = dyn_cast<IfStmt>(s); is && inLoop_) {
      TraverseStmt(is->getCond());
      conds_.push_back({is->getCond(), true});
      TraverseStmt(is->getThen());
      conds_.back().second = false;
      TraverseStmt(is->getElse());
      conds_.pop_back();
      return true;
    }
    if (inLoop_ && isa<BreakStmt, ContinueStmt, GotoStmt, ReturnStmt>(s))
      escapes = true;
    if (inLoop_ && isa<ReturnStmt, GotoStmt>(s))
      bad = true;
    return RecursiveASTVisitor::TraverseStmt(s);
  }
  bool VisitVarDecl(VarDecl *v) {
    if (const Expr *init = v->getInit(); init && v->getType()->isPointerType())
      if (const VarDecl *from = cursorVar(init); from && alias.count(from))
        alias[v] = alias[from];
    return true;
  }
  bool VisitBinaryOperator(BinaryOperator *bo) {
    const Expr *lhs = bo->getLHS()->IgnoreParenImpCasts();
    if (bo->isAssignmentOp() && lhs->getType()->isAnyCharacterType() && !isa<DeclRefExpr>(lhs)) {
      if (bo->isCompoundAssignmentOp() || !writtenThrough(lhs)) {
        bad = true;
        return true;
      }
      (inLoop_ ? inLoop : after).push_back({lhs, bo->getRHS(), conds_});
    } else if (bo->isAssignmentOp() && inLoop_ && !conds_.empty() && isa<DeclRefExpr>(lhs)) {
      movedInBranch.push_back({cursorVar(lhs), bo});  // a walk moved on some paths only
    } else if (bo->getOpcode() == BO_Assign && lhs->getType()->isPointerType()) {
      // p = s: the cursor now walks what s walks.
      if (const VarDecl *to = cursorVar(lhs), *from = cursorVar(bo->getRHS());
          to && from && alias.count(from))
        alias[to] = alias[from];
    }
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator *uo) {
    // (*p)++ changes a character in a way this does not follow.
    if (uo->isIncrementDecrementOp() && uo->getSubExpr()->getType()->isAnyCharacterType() &&
        !isa<DeclRefExpr>(uo->getSubExpr()->IgnoreParenImpCasts()))
      bad = true;
    if (uo->isIncrementDecrementOp() && inLoop_ && !conds_.empty())
      if (const VarDecl *v = cursorVar(uo->getSubExpr()))
        movedInBranch.push_back({v, uo});
    return true;
  }
  bool VisitCallExpr(CallExpr *ce) {
    // A call that is given one of the buffers may write into it.
    for (const Expr *a : ce->arguments())
      if (const VarDecl *v = cursorVar(a); v && alias.count(v) && a->getType()->isPointerType())
        bad = true;
    return true;
  }

private:
  std::vector<std::pair<const Expr *, bool>> conds_;
  bool inLoop_ = false;
};

/// A loop condition that only looks for the end of the string: `*p`,
/// `s[i]`, `s[i] != '\0'`, or `i < strlen(s)` of one of the buffers.
bool endOnly(const Expr *cond, const std::map<const VarDecl *, unsigned> &alias,
             const ASTContext &ctx) {
  if (!cond)
    return false;
  cond = cond->IgnoreParenImpCasts();
  if (isCharacter(cond))
    return true;
  const auto *bo = dyn_cast<BinaryOperator>(cond);
  if (!bo)
    return false;
  if (bo->getOpcode() == BO_NE)
    return (isCharacter(bo->getLHS()) && isZero(bo->getRHS(), ctx)) ||
           (isCharacter(bo->getRHS()) && isZero(bo->getLHS(), ctx));
  if (bo->getOpcode() == BO_LT)
    if (const auto *ce = dyn_cast<CallExpr>(bo->getRHS()->IgnoreParenImpCasts()))
      if (const FunctionDecl *f = ce->getDirectCallee();
          f && f->getIdentifier() && f->getName() == "strlen" && ce->getNumArgs() == 1)
        if (const VarDecl *v = cursorVar(ce->getArg(0)))
          return alias.count(v) != 0;
  return false;
}

/// The walk starts at the buffer's first character: a `for` whose index
/// starts at 0, or a pointer loop over the parameter itself or a copy of it.
bool fromStart(const Stmt *loop, const std::map<const VarDecl *, unsigned> &alias,
               const ASTContext &ctx) {
  if (const auto *fs = dyn_cast<ForStmt>(loop); fs && fs->getInit()) {
    const Expr *init = nullptr;
    if (const auto *ds = dyn_cast<DeclStmt>(fs->getInit()); ds && ds->isSingleDecl())
      if (const auto *v = dyn_cast<VarDecl>(ds->getSingleDecl()))
        init = v->getInit();
    if (const auto *bo = dyn_cast<BinaryOperator>(fs->getInit()); bo && bo->getOpcode() == BO_Assign)
      init = bo->getRHS();
    if (init && init->getType()->isIntegerType())
      return isZero(init, ctx);
    if (init && init->getType()->isPointerType()) {
      const VarDecl *v = referencedVar(init);
      return v && alias.count(v);
    }
    return false;
  }
  // A while loop: the pointer it tests was set from the buffer without an
  // offset (`char *p = s;`) or is the parameter.
  const Expr *cond = nullptr;
  if (const auto *ws = dyn_cast<WhileStmt>(loop))
    cond = ws->getCond();
  const auto *fs = dyn_cast<ForStmt>(loop);
  if (fs && !fs->getInit())
    cond = fs->getCond();
  if (!cond)
    return false;
  const Expr *ch = firstCharacter(cond);
  const auto *uo = ch ? dyn_cast<UnaryOperator>(ch->IgnoreParenCasts()) : nullptr;
  const VarDecl *v = uo && uo->getOpcode() == UO_Deref ? referencedVar(uo->getSubExpr()) : nullptr;
  if (!v || !alias.count(v))
    return false;
  if (isa<ParmVarDecl>(v))
    return true;
  const Expr *init = v->getInit();
  return init && isa_and_nonnull<ParmVarDecl>(referencedVar(init));
}

std::optional<CharFilter> charFilter(const FunctionDecl *fd, const ASTContext &ctx) {
  const FunctionDecl *def = nullptr;
  if (!fd || isa<CXXMethodDecl>(fd) || !fd->hasBody(def) || !def)
    return std::nullopt;
  auto *body = dyn_cast_or_null<CompoundStmt>(def->getBody());
  if (!body)
    return std::nullopt;
  FilterScan scan;
  for (const ParmVarDecl *p : def->parameters())
    if (p->getType()->isPointerType() &&
        p->getType()->getPointeeType()->isAnyCharacterType() &&
        !p->getType()->getPointeeType().isConstQualified())
      scan.alias[p] = p->getFunctionScopeIndex();
  if (scan.alias.empty())
    return std::nullopt;
  scan.TraverseStmt(body);
  if (scan.bad || !scan.loop || scan.inLoop.empty())
    return std::nullopt;
  // The loop is a statement of the body, and before it the only way out
  // is a check that the buffer is there (`if (!s) return NULL;`).
  auto top = std::find(body->body_begin(), body->body_end(), scan.loop);
  if (top == body->body_end())
    return std::nullopt;
  for (auto it = body->body_begin(); it != top; ++it) {
    if (!hasReturn(*it))
      continue;
    const auto *is = dyn_cast<IfStmt>(*it);
    const Expr *c = is && !is->getElse() && onlyReturn(is->getThen()) ? is->getCond() : nullptr;
    c = c ? c->IgnoreParenImpCasts() : nullptr;
    const Expr *tested = nullptr;
    if (const auto *uo = dyn_cast_or_null<UnaryOperator>(c); uo && uo->getOpcode() == UO_LNot)
      tested = uo->getSubExpr();
    else if (const auto *bo = dyn_cast_or_null<BinaryOperator>(c); bo && bo->getOpcode() == BO_EQ)
      tested = isNullPointer(bo->getRHS(), ctx) ? bo->getLHS()
               : isNullPointer(bo->getLHS(), ctx) ? bo->getRHS() : nullptr;
    if (!tested || !isa_and_nonnull<ParmVarDecl>(referencedVar(tested)))
      return std::nullopt;
  }
  // Each write's value and the tests it is under look at one character
  // (not `s[1]` or the one before); a walk stepped under a test skips
  // characters, unless it is the write's own cursor (`*p++ = *s`).
  PrintingPolicy pp(ctx.getLangOpts());
  auto characters = [&](const Expr *e, std::set<std::string> &out) {
    std::function<void(const Stmt *)> walk = [&](const Stmt *st) {
      if (!st)
        return;
      if (const auto *x = dyn_cast<Expr>(st); x && isCharacter(x)) {
        std::string text;
        llvm::raw_string_ostream os(text);
        x->IgnoreParenCasts()->printPretty(os, nullptr, pp);
        out.insert(os.str());
        return;
      }
      for (const Stmt *ch : st->children())
        walk(ch);
    };
    walk(e);
  };
  std::set<const VarDecl *> writeCursors;
  for (const FilterScan::Write &w : scan.inLoop) {
    std::set<std::string> chars;
    if (!constInt(w.value, ctx))
      characters(w.value, chars);
    for (const auto &[cond, truth] : w.conds)
      characters(cond, chars);
    if (chars.size() > 1)
      return std::nullopt;
    std::function<void(const Stmt *)> vars = [&](const Stmt *st) {
      if (const auto *dr = dyn_cast_or_null<DeclRefExpr>(st))
        if (const auto *v = dyn_cast<VarDecl>(dr->getDecl()))
          writeCursors.insert(v);
      for (const Stmt *ch : st ? st->children() : Stmt::const_child_range(nullptr, nullptr))
        vars(ch);
    };
    vars(w.lhs);
  }
  // Every write goes into one parameter's buffer.
  std::optional<unsigned> dst;
  for (const auto *ws : {&scan.inLoop, &scan.after})
    for (const FilterScan::Write &w : *ws) {
      auto it = scan.alias.find(writtenThrough(w.lhs));
      if (it == scan.alias.end() || (dst && *dst != it->second))
        return std::nullopt;
      dst = it->second;
    }
  CharFilter f;
  f.param = *dst;
  bool copies = std::any_of(scan.inLoop.begin(), scan.inLoop.end(),
                            [&](const FilterScan::Write &w) { return !constInt(w.value, ctx); });
  for (const FilterScan::Write &w : scan.after) {
    auto k = constInt(w.value, ctx);
    if (!k)
      return std::nullopt;
    if (*k != 0)
      f.allowed[static_cast<size_t>(*k & 0xff)] = true;
  }
  const SourceManager &sm = ctx.getSourceManager();
  if (copies) {
    // Compacting: the buffer holds what was written, then its end (written
    // after the loop).
    for (const auto &[v, how] : scan.movedInBranch)
      if (!writeCursors.count(v))
        return std::nullopt;
    bool ended = std::any_of(scan.after.begin(), scan.after.end(), [&](const auto &w) {
      auto k = constInt(w.value, ctx);
      return k && *k == 0 && sm.isBeforeInTranslationUnit(scan.loop->getEndLoc(), w.lhs->getBeginLoc());
    });
    if (!ended)
      return std::nullopt;
    for (const FilterScan::Write &w : scan.inLoop)
      for (int c = 1; c < 256; ++c) {
        bool may = true;
        for (const auto &[cond, truth] : w.conds) {
          auto [t, fl] = mayForChar(cond, c, ctx);
          may = may && (truth ? t : fl);
        }
        if (!may)
          continue;
        auto out = evalForChar(w.value, c, ctx);
        if (!out)
          return std::nullopt;  // a value this cannot follow
        if (*out != 0)
          f.allowed[static_cast<size_t>(*out & 0xff)] = true;
      }
  } else {
    // Replacing in place: every character of the walk is looked at (no
    // early way out of the loop), and those some write certainly replaces
    // are gone.
    const Expr *cond = nullptr;
    if (const auto *fs = dyn_cast<ForStmt>(scan.loop))
      cond = fs->getCond();
    else if (const auto *ws = dyn_cast<WhileStmt>(scan.loop))
      cond = ws->getCond();
    else if (const auto *ds = dyn_cast<DoStmt>(scan.loop))
      cond = ds->getCond();
    if (scan.escapes || !scan.movedInBranch.empty() || !endOnly(cond, scan.alias, ctx) ||
        !fromStart(scan.loop, scan.alias, ctx))
      return std::nullopt;
    // The character replaced is the one tested.
    for (const FilterScan::Write &w : scan.inLoop) {
      std::set<std::string> chars;
      characters(w.lhs, chars);
      for (const auto &[c, truth] : w.conds)
        characters(c, chars);
      if (chars.size() != 1)
        return std::nullopt;
    }
    for (int c = 1; c < 256; ++c) {
      bool replaced = false;
      for (const FilterScan::Write &w : scan.inLoop) {
        auto k = constInt(w.value, ctx);
        if (*k != 0)
          f.allowed[static_cast<size_t>(*k & 0xff)] = true;
        bool certain = !w.conds.empty();
        for (const auto &[cond, truth] : w.conds) {
          auto [t, fl] = mayForChar(cond, c, ctx);
          certain = certain && !(truth ? fl : t);
        }
        replaced |= certain;
      }
      if (!replaced)
        f.allowed[static_cast<size_t>(c)] = true;
    }
  }
  // `return str;` (or NULL): the result is the filtered buffer.
  std::vector<const ReturnStmt *> returns = returnStatements(body);
  f.returnsIt = !returns.empty() && std::all_of(returns.begin(), returns.end(), [&](auto *rs) {
    const Expr *v = rs->getRetValue();
    if (!v)
      return false;
    if (isNullPointer(v, ctx))
      return true;
    const auto *pv = dyn_cast_or_null<ParmVarDecl>(referencedVar(v));
    return pv && pv->getFunctionScopeIndex() == f.param;
  });
  return f;
}

/// The sink kinds a string drawn from `allowed` is safe for (as for a
/// character allowlist).
std::string safeKinds(const std::bitset<256> &allowed) {
  std::string kinds;
  bool shell = false;
  for (char m : std::string(";|&`$<>\n"))
    shell |= allowed[static_cast<unsigned char>(m)];
  if (!shell)
    kinds = "command";
  if (!allowed['/'] && !allowed['\\'])
    kinds += std::string(kinds.empty() ? "" : ",") + "path,path-read";
  return kinds;
}

} // namespace

void Transfer::applyCharFilter(const FunctionDecl *fd, const std::vector<const Expr *> &exprs,
                               const std::vector<AbsVal> &args, AbsVal &result) {
  auto [it, added] = charFilters_.try_emplace(fd);
  if (added)
    if (auto f = charFilter(fd, ctx_))
      it->second = {f->param, f->returnsIt, safeKinds(f->allowed)};
  const auto &[param, returnsIt, kinds] = it->second;
  if (kinds.empty() || param >= args.size() || param >= exprs.size() || !exprs[param])
    return;
  // The buffer itself, not a place inside it (`sane(buf + k)` leaves
  // buf's first k characters as they were).
  const Expr *passed = exprs[param]->IgnoreParenCasts();
  if (!isa<DeclRefExpr, MemberExpr>(passed))
    return;
  // The buffer the helper rewrote: one concrete object (a pointer that may
  // hold several, or every string of argv, says nothing about each).
  const std::vector<ObjId> &objs = args[param].targets;
  if (objs.size() == 1 && !arena_.object(objs[0]).summary)
    st_->set(objs[0], clearKinds(st_->get(objs[0]), kinds));
  if (returnsIt) {
    result = clearKinds(result, kinds);
    if (result.targets.size() == 1 && !arena_.object(result.targets[0]).summary)
      st_->set(result.targets[0], clearKinds(st_->get(result.targets[0]), kinds));
  }
}

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
  // A lambda or functor called as `ok(name)`: argument 0 is the object.
  const auto *method = dyn_cast<CXXMethodDecl>(fd);
  unsigned first = isa<CXXOperatorCallExpr>(ce) && method && !method->isStatic() ? 1 : 0;
  if (const Expr *body = singleReturn(fd)) {
    std::map<const ParmVarDecl *, const Expr *> inner;
    for (unsigned i = 0; i < fd->getNumParams() && i + first < args.size(); ++i)
      inner[fd->getParamDecl(i)] = args[i + first];
    // The helper's definition may be a different declaration than the callee.
    const FunctionDecl *def = nullptr;
    fd->hasBody(def);
    if (def && def != fd)
      for (unsigned i = 0; i < def->getNumParams() && i + first < args.size(); ++i)
        inner[def->getParamDecl(i)] = args[i + first];
    collectGuards(body, truth, out, depth + 1, inner);
  } else if (auto exits = earlyExits(fd, ctx_); exits && truth == exits->finalTruth) {
    // The helper returned its final constant: none of its early exits was
    // taken, so each of their conditions was false.
    std::map<const ParmVarDecl *, const Expr *> inner;
    const FunctionDecl *def = nullptr;
    fd->hasBody(def);
    for (const FunctionDecl *d : {fd, def})
      if (d)
        for (unsigned i = 0; i < d->getNumParams() && i + first < args.size(); ++i)
          inner[d->getParamDecl(i)] = args[i + first];
    for (const Expr *c : exits->conditions)
      collectGuards(c, false, out, depth + 1, inner);
  } else if (auto al = charAllowlist(fd, ctx_);
             al && truth == al->finalTruth && al->param + first < args.size()) {
    // Every character passed the helper's allowlist: safe for the sinks
    // whose dangerous characters it leaves out.
    std::string kinds = safeKinds(al->allowed);
    const ParmVarDecl *p = fd->getParamDecl(al->param);
    if (!kinds.empty())
      out.push_back(
          Guard{args[al->param + first], p->getType()->isPointerType() ? 1u : 0u, kinds});
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

namespace {
const VarDecl *pointerVar(const Expr *e) {
  const VarDecl *vd = e ? referencedVar(e) : nullptr;
  return vd && vd->getType()->isPointerType() ? vd : nullptr;
}

/// Variables in the order first seen (object numbering then does not
/// depend on addresses).
struct VarList {
  std::vector<const VarDecl *> order;
  std::set<const VarDecl *> seen;
  void add(const VarDecl *v) {
    if (v && seen.insert(v).second)
      order.push_back(v);
  }
  bool has(const VarDecl *v) const { return seen.count(v) != 0; }
};

class SplitFinder : public RecursiveASTVisitor<SplitFinder> {
public:
  explicit SplitFinder(const ASTContext &ctx) : ctx_(ctx) {}
  /// Pointers a string is ended through exactly where they point
  /// (`*eq = '\0'`, `eq[0] = 0`: a strchr result), and those read past
  /// (`eq + 1`, `eq++`).
  VarList zeroed, advanced;
  /// Buffers strtok or strsep cuts (a variable: an array or a pointer).
  VarList tokenized;
  /// Pointers to a later string of a split buffer: set from `p + k`,
  /// strtok(NULL, ...), or the cursor strsep advances.
  VarList tails;

  void assigned(const VarDecl *v, const Expr *rhs) {
    if (!v || !rhs)
      return;
    rhs = rhs->IgnoreParenImpCasts();
    if (const auto *bo = dyn_cast<BinaryOperator>(rhs); bo && bo->getOpcode() == BO_Add) {
      auto k = constInt(bo->getRHS(), ctx_);
      if (pointerVar(bo->getLHS()) && (!k || *k > 0))
        tails.add(v);
    }
    if (const auto *ce = dyn_cast<CallExpr>(rhs)) {
      const FunctionDecl *fd = ce->getDirectCallee();
      StringRef n = fd && fd->getIdentifier() ? fd->getName() : "";
      if ((n == "strtok" || n == "strtok_r" || n == "__strtok_r") && ce->getNumArgs() >= 1 &&
          isZero(ce->getArg(0), ctx_))
        tails.add(v);
    }
  }
  bool VisitVarDecl(VarDecl *vd) {
    if (vd->getType()->isPointerType())
      assigned(vd, vd->getInit());
    return true;
  }
  bool VisitBinaryOperator(BinaryOperator *bo) {
    const Expr *l = bo->getLHS()->IgnoreParenImpCasts();
    if (bo->getOpcode() == BO_Assign)
      assigned(pointerVar(l), bo->getRHS());
    if (bo->getOpcode() == BO_Assign && isZero(bo->getRHS(), ctx_)) {
      // At the pointer itself only: `line[strcspn(line, "\n")] = 0` trims
      // a line, it does not cut it in two.
      if (const auto *u = dyn_cast<UnaryOperator>(l); u && u->getOpcode() == UO_Deref)
        zeroed.add(pointerVar(u->getSubExpr()));
      else if (const auto *as = dyn_cast<ArraySubscriptExpr>(l);
               as && constInt(as->getIdx(), ctx_) == 0)
        zeroed.add(pointerVar(as->getBase()));
      return true;
    }
    if (bo->getOpcode() == BO_Add || bo->getOpcode() == BO_AddAssign) {
      auto k = constInt(bo->getRHS(), ctx_);
      if (const VarDecl *v = pointerVar(l); v && (!k || *k > 0))
        advanced.add(v);
    }
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator *uo) {
    if (uo->isIncrementOp())
      advanced.add(pointerVar(uo->getSubExpr()));
    return true;
  }
  bool VisitCallExpr(CallExpr *ce) {
    const FunctionDecl *fd = ce->getDirectCallee();
    if (!fd || !fd->getIdentifier() || ce->getNumArgs() < 2)
      return true;
    StringRef n = fd->getName();
    const Expr *a = ce->getArg(0)->IgnoreParenImpCasts();
    if ((n == "strtok" || n == "strtok_r" || n == "__strtok_r") && !isZero(a, ctx_))
      tokenized.add(referencedVar(a));
    else if (n == "strsep")
      if (const auto *u = dyn_cast<UnaryOperator>(a); u && u->getOpcode() == UO_AddrOf) {
        tokenized.add(pointerVar(u->getSubExpr()));
        tails.add(pointerVar(u->getSubExpr()));
      }
    return true;
  }

private:
  const ASTContext &ctx_;
};
} // namespace

bool Transfer::splitBuffer(ObjId o, const Expr *subject) {
  if (!splits_) {
    splits_ = std::make_unique<Splits>();
    if (fn_->getBody()) {
      SplitFinder f(ctx_);
      f.TraverseStmt(const_cast<Stmt *>(fn_->getBody()));
      for (const VarDecl *v : f.zeroed.order)
        if (f.advanced.has(v))
          splits_->pointers.push_back(v);
      splits_->tokenized = std::move(f.tokenized.order);
      splits_->tails = std::move(f.tails.order);
    }
  }
  // A check of a later string (`val`, strtok(NULL, ...)'s token) is of
  // the string the sinks read through it.
  if (const VarDecl *v = pointerVar(subject);
      v && std::find(splits_->tails.begin(), splits_->tails.end(), v) != splits_->tails.end())
    return false;
  // Looked up, not evaluated: a variable without an object holds nothing.
  auto holds = [&](const VarDecl *v) {
    auto it = vars_.find(v);
    if (it == vars_.end())
      return false;
    if (v->getType()->isArrayType())
      return it->second == o;  // the buffer itself
    const AbsVal &held = st_->get(it->second);
    return std::binary_search(held.targets.begin(), held.targets.end(), o);
  };
  return std::any_of(splits_->pointers.begin(), splits_->pointers.end(), holds) ||
         std::any_of(splits_->tokenized.begin(), splits_->tokenized.end(), holds);
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
    // `strcmp(key, "hook") == 0` where key and val were cut from one line
    // (`*eq = '\0'; val = eq + 1;`): the check is of key's string only.
    if (g.derefs && splitBuffer(objs[0], g.subject))
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
