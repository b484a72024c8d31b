// Constant folding of the values the rules look at (program names, flags,
// descriptor numbers). Only what the language guarantees is constant is
// folded here; the taint analysis never guesses.
#pragma once

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace sluice {

/// The text of a string literal expression (narrow or wide; wide characters
/// outside ASCII become '?'), looking through parentheses and casts and
/// through `const` variables initialised with a literal.
std::optional<std::string> constString(const clang::Expr *e, const clang::ASTContext &ctx);

/// The value of an integer constant expression, if `e` is one.
std::optional<int64_t> constInt(const clang::Expr *e, const clang::ASTContext &ctx);

/// `l op r` for comparisons, logical and bitwise operators, + - *; nullopt
/// for any other operator.
std::optional<int64_t> applyBinary(clang::BinaryOperatorKind op, int64_t l, int64_t r);

/// For `table[i]` where `table` is an array whose elements cannot change
/// (const-qualified) and that has an initializer list: that list, with the
/// index expression in `index`. Null otherwise.
const clang::InitListExpr *constantTable(const clang::Expr *e, const clang::ASTContext &ctx,
                                         const clang::Expr **index);

/// True when `e` is a null pointer constant.
bool isNullPointer(const clang::Expr *e, const clang::ASTContext &ctx);

/// The variable `e` names, through parentheses and implicit casts.
const clang::VarDecl *referencedVar(const clang::Expr *e);

/// The return statements of a body, those of lambdas inside it left out.
std::vector<const clang::ReturnStmt *> returnStatements(const clang::Stmt *body);

/// A fixed date built at run time: `mktime(&tm)` (or timegm, timelocal) of
/// a local `struct tm` whose calendar fields are all set from constants in
/// its function, or a call to a helper of this unit whose only return is
/// one. Seconds since the epoch, read as UTC (a date, not an instant: the
/// time zone is not known). nullopt for anything else.
std::optional<int64_t> fixedCalendarTime(const clang::Expr *e, const clang::ASTContext &ctx);

} // namespace sluice

namespace sluice {

/// Folds the integer value of branch conditions for feasibility: what the
/// language makes constant (literals, enumerators, const variables with
/// constant initialisers), plus what this translation unit proves constant:
/// internal variables (static globals and static locals) that are never
/// written, have their address taken or are bound to a reference after
/// their constant initialisation, and functions every return of which
/// yields the same constant. Anything else (extern globals defined
/// elsewhere, parameters, calls to other files) is unknown.
class ConstantFolder {
public:
  explicit ConstantFolder(clang::ASTContext &ctx) : ctx_(ctx) {}
  std::optional<int64_t> value(const clang::Expr *e);
  /// Whether the unit writes into an element of array or pointer `vd`
  /// (`paths[0] = s`, `*p = s`, `++a[i]`, `&a[i]`).
  bool elementsWritten(const clang::VarDecl *vd);
  /// Every call of `fn` when the unit holds them all: `fn` is internal,
  /// not a method, and named only as the callee of its calls (never as a
  /// function pointer). Null otherwise.
  const std::vector<const clang::CallExpr *> *knownCalls(const clang::FunctionDecl *fn);
  /// The initializer list of a record variable that stays as initialised
  /// (const, or in C internal and never written), else null.
  const clang::InitListExpr *unchangedRecord(const clang::VarDecl *vd) { return frozenRecord(vd); }
  /// Whether the unit assigns to `vd` after its initialisation.
  bool mutatedVar(const clang::VarDecl *vd) {
    scanMutations();
    return mutated_.count(vd) != 0;
  }

  /// What the unit does with records and functions (scanMutations): a
  /// record is unchanged when no member is written and its address only
  /// goes to `const T *` parameters; a function's calls are all known when
  /// it is named only as their callee.
  struct RecordUses {
    std::set<const clang::VarDecl *> written;
    std::map<const clang::VarDecl *, unsigned> addressTaken, readOnlyAddress;
    std::map<const clang::FunctionDecl *, std::vector<const clang::CallExpr *>> calls;
    std::map<const clang::FunctionDecl *, unsigned> functionRefs, calleeRefs;
  };

private:
  std::optional<int64_t> eval(const clang::Expr *e, int depth);
  /// `g.field` of an unchanged record with an initializer list, and
  /// `p->field` when every call of p's (internal) function passes &g of
  /// such records that agree on it.
  std::optional<int64_t> member(const clang::MemberExpr *me, int depth);
  std::optional<int64_t> fieldOf(const clang::VarDecl *vd, const clang::FieldDecl *field,
                                 int depth);
  /// The initializer list of a record variable the unit never changes.
  const clang::InitListExpr *frozenRecord(const clang::VarDecl *vd);
  std::optional<int64_t> variable(const clang::VarDecl *vd, int depth);
  std::optional<int64_t> function(const clang::FunctionDecl *fd, int depth);
  void scanMutations();

  clang::ASTContext &ctx_;
  bool scanned_ = false;
  std::set<const clang::VarDecl *> mutated_;
  std::set<const clang::VarDecl *> elementsWritten_;
  std::map<const clang::FunctionDecl *, std::optional<int64_t>> functions_;
  RecordUses records_;
};

} // namespace sluice
