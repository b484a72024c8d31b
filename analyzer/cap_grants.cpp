// Access granted by a hard-coded credential: a function that returns
// success, or sets a flag, on the branch where a value equals a constant
// shaped like a password, a token or a pinned address. What the value is
// (input, the network, ...) comes from the guard finder, so a parameter
// compared in a login helper counts when the unit's callers pass input.
#include "analyzer/cap_guards.h"
#include "analyzer/const_eval.h"

#include "clang/AST/RecursiveASTVisitor.h"

#include <cctype>

namespace sluice {

using namespace clang;

bool looksLikeCredential(const std::string &text) {
  if (text.size() < 2 || text.front() != '"' || text.back() != '"')
    return false;
  std::string s = text.substr(1, text.size() - 2);
  if (s.size() < 6 || s.size() > 64 || s.front() == '-' || s.front() == '/' || s.front() == '.')
    return false;
  size_t lower = 0, upper = 0, digit = 0, special = 0, dots = 0, other = 0;
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u >= 0x7f || c == '\\')
      return false;  // spaces, control characters, escapes: a message or a file signature
    if (std::islower(u))
      ++lower;
    else if (std::isupper(u))
      ++upper;
    else if (std::isdigit(u))
      ++digit;
    else if (std::string_view("!@#$^&*~").find(c) != std::string_view::npos)
      ++special;
    else if (c == '.')
      ++dots;
    else
      ++other;
  }
  size_t letters = lower + upper;
  // A pinned IPv4 address (not loopback, any or broadcast): four numbers
  // of at most three digits, each up to 255.
  if (dots == 3 && digit + dots == s.size()) {
    unsigned part[4] = {0, 0, 0, 0};
    size_t n = 0, width = 0;
    for (char c : s) {
      if (c == '.') {
        if (width == 0)
          return false;
        ++n;
        width = 0;
      } else if (++width > 3 || (part[n] = part[n] * 10 + static_cast<unsigned>(c - '0')) > 255) {
        return false;
      }
    }
    return width > 0 && part[0] != 127 && part[0] != 0 && !(part[0] == 255 && part[1] == 255);
  }
  // A password: letters, digits and a symbol; or both cases and digits.
  if (letters && digit && special)
    return true;
  if (lower && upper && digit && s.size() >= 8 && !dots && !other)
    return true;
  // A token: a long run of letters and digits, both well mixed in.
  if (s.size() >= 16 && lower + upper >= 4 && digit >= 4 && !dots && !special)
    return true;
  return false;
}

namespace {

/// Kinds of value a hard-coded credential is compared with (an equality:
/// not "not-..."); a file's contents (a format's magic) and a command-line
/// switch are not logins.
bool credentialKind(const std::string &kind) {
  return kind == "user-input" || kind == "network" || kind == "env" || kind == "identity" ||
         kind == "secret";
}

/// A constant that reads as success: a positive number, true, or an
/// enumerator with a positive value. Zero and negative numbers are how C
/// code usually says "no" or "error", so a branch returning them is not
/// counted (a refused default password returns one of those).
bool truthyConstant(const Expr *e, ASTContext &ctx) {
  if (!e)
    return false;
  e = e->IgnoreParenImpCasts();
  if (const auto *b = dyn_cast<CXXBoolLiteralExpr>(e))
    return b->getValue();
  if (const auto *dr = dyn_cast<DeclRefExpr>(e))
    if (const auto *ec = dyn_cast<EnumConstantDecl>(dr->getDecl()))
      return ec->getInitVal().isStrictlyPositive();
  if (isa<StringLiteral>(e) || isNullPointer(e, ctx))
    return false;
  auto v = constInt(e, ctx);
  return v && *v > 0;
}

struct Grants : RecursiveASTVisitor<Grants> {
  ASTContext &ctx;
  GuardFinder &g;
  std::vector<FoundGrant> out;
  Grants(ASTContext &ctx, GuardFinder &g) : ctx(ctx), g(g) {}

  bool TraverseLambdaExpr(LambdaExpr *) { return true; }  // another function

  /// The statement of `s` that grants: `return <truthy>;` or `x = <truthy>;`
  /// as `s` itself or among the top-level statements of a block.
  const Stmt *granting(const Stmt *s, std::string &outcome) const {
    auto one = [&](const Stmt *x) -> bool {
      if (const auto *rs = dyn_cast_or_null<ReturnStmt>(x);
          rs && truthyConstant(rs->getRetValue(), ctx)) {
        outcome = "the success returned by";
        return true;
      }
      if (const auto *e = dyn_cast_or_null<Expr>(x))
        if (const auto *bo = dyn_cast<BinaryOperator>(e->IgnoreParenImpCasts());
            bo && bo->getOpcode() == BO_Assign && truthyConstant(bo->getRHS(), ctx)) {
          outcome = "the flag set by";
          return true;
        }
      return false;
    };
    if (one(s))
      return s;
    if (const auto *cs = dyn_cast_or_null<CompoundStmt>(s))
      for (const Stmt *x : cs->body())
        if (one(x))
          return x;
    return nullptr;
  }

  void consider(const Expr *cond, bool holds, const Stmt *branch) {
    std::string outcome;
    const Stmt *at = granting(branch, outcome);
    if (!at)
      return;
    for (const FoundGuard &fg : g.conditionGuards(cond, holds))
      if (credentialKind(fg.kind) && looksLikeCredential(fg.constant)) {
        out.push_back({at, outcome, fg});
        return;
      }
  }

  bool VisitIfStmt(IfStmt *is) {
    consider(is->getCond(), true, is->getThen());
    if (is->getElse())
      consider(is->getCond(), false, is->getElse());
    return true;
  }

  /// if (strcmp(pw, K) != 0) return 0; return 1;  the statement after an
  /// early exit runs where the condition failed.
  bool VisitCompoundStmt(CompoundStmt *cs) {
    const IfStmt *exit = nullptr;
    for (const Stmt *s : cs->body()) {
      if (exit)
        consider(exit->getCond(), false, s);
      const auto *is = dyn_cast<IfStmt>(s);
      exit = is && !is->getElse() && leavesBlock(is->getThen()) ? is : nullptr;
    }
    return true;
  }

  /// return strcmp(pw, K) == 0;  the result is the comparison.
  bool VisitReturnStmt(ReturnStmt *rs) {
    const Expr *v = rs->getRetValue();
    if (!v || !(v->getType()->isBooleanType() || v->getType()->isIntegerType()))
      return true;
    const Expr *x = v->IgnoreParenImpCasts();
    if (!isa<BinaryOperator, UnaryOperator, CXXOperatorCallExpr>(x))
      return true;
    for (const FoundGuard &fg : g.conditionGuards(x, true))
      if (credentialKind(fg.kind) && looksLikeCredential(fg.constant)) {
        out.push_back({rs, "the comparison returned by", fg});
        break;
      }
    return true;
  }

  static bool leavesBlock(const Stmt *s) {
    if (!s)
      return false;
    if (isa<ReturnStmt, BreakStmt, ContinueStmt, GotoStmt>(s))
      return true;
    if (const auto *cs = dyn_cast<CompoundStmt>(s))
      return !cs->body_empty() && leavesBlock(cs->body_back());
    return false;
  }
};

} // namespace

std::vector<FoundGrant> findAccessGrants(ASTContext &ctx, const FunctionDecl *fn,
                                         GuardFinder &guards) {
  if (!fn || !fn->getBody())
    return {};
  Grants v(ctx, guards);
  v.TraverseStmt(const_cast<Stmt *>(fn->getBody()));
  return std::move(v.out);
}

} // namespace sluice
