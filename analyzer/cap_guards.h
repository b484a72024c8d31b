// Guards and obfuscation: two syntactic views of one function that the
// capability facts need besides the taint states.
//
// Guards: the branch conditions a call is control-dependent on, when they
// compare something recognisable with a constant (the clock, a counter, a
// random number, the host's identity, data from a source). A logic bomb is
// a destructive call under a clock-date guard; a trapdoor a shell under a
// comparison of input with a magic constant.
//
// What a variable holds is decided flow-insensitively over the function
// ("origins"): a variable that is ever assigned the clock holds the clock.
// That is deliberate: a guard is a statement about the code's intent, and
// the rules that use guards also need the guarded action.
#pragma once

#include "analyzer/model.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ParentMap.h"

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace sluice {

struct FoundGuard {
  std::string kind;          // see facts::Guard
  std::string constant;      // one line
  clang::SourceLocation loc; // the condition
  std::string subject;       // what was compared, as written
};

class GuardFinder {
public:
  GuardFinder(clang::ASTContext &ctx, const RuleSet &rules, const clang::FunctionDecl *fn);
  /// Guards of the branch conditions `s` is control-dependent on, in the
  /// function's body (enclosing conditions and earlier early exits).
  std::vector<FoundGuard> guardsOf(const clang::Stmt *s);

private:
  using Kinds = std::set<std::string>;
  void scanOrigins();
  Kinds origins(const clang::Expr *e, int depth = 0);
  void addVar(const clang::Expr *lhs, const Kinds &k, bool &changed);
  /// Guards from `cond` on the branch where it evaluates to `holds`.
  void classify(const clang::Expr *cond, bool holds, std::vector<FoundGuard> &out,
                int depth = 0);
  /// `subject OP constant` holds where the action runs.
  void compare(const clang::Expr *subject, const clang::Expr *constant, const clang::Expr *cond,
               std::vector<FoundGuard> &out, clang::BinaryOperatorKind op);
  void classifyCall(const clang::CallExpr *ce, bool equal, const clang::Expr *cond,
                    std::vector<FoundGuard> &out);
  bool equalityCall(const clang::CallExpr *ce, bool &equalWhenZero) const;
  std::optional<std::string> constantText(const clang::Expr *e);
  std::string sourceText(const clang::Expr *e) const;
  std::vector<const ModelRow *> rowsOf(const clang::CallExpr *ce) const;

  clang::ASTContext &ctx_;
  const RuleSet &rules_;
  const clang::FunctionDecl *fn_;
  std::unique_ptr<clang::ParentMap> parents_;
  std::map<const clang::VarDecl *, Kinds> vars_;
  /// Loop control variables and states set from tables: never counters.
  std::set<const clang::VarDecl *> loopControl_;
};

/// A capability the engine recognises in code rather than through models:
/// decoding loops and strings built one character at a time.
struct FoundObfuscation {
  std::string kind;          // "decode-loop" or "char-built-string"
  std::string value;         // the decoded or assembled text, when it folds
  clang::SourceLocation loc;
  const clang::VarDecl *var = nullptr;  // the array that holds the text
};

std::vector<FoundObfuscation> findObfuscation(clang::ASTContext &ctx,
                                              const clang::FunctionDecl *fn);

/// Constant ports a function names (htons(4444)), for the peer of its
/// connect() calls.
std::set<int64_t> findPorts(clang::ASTContext &ctx, const clang::FunctionDecl *fn);

} // namespace sluice
