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
//
// Across the functions of one translation unit (GuardUnit): what a helper
// returns or writes through a pointer parameter keeps its origins at the
// call (`load_count()` returns what it read from a file; `read_line(p, buf,
// n)` fills `buf` from standard input), and a comparison of a parameter is
// decided by what the unit's callers pass there (`check(pw)` called with a
// password read from standard input), and a call of a predicate of the
// unit holds where one of the conditions it returns holds (`if
// (dayHasCome())`). Inside a function a parameter's
// origin is the placeholder "param:N", replaced by the argument's origins at
// each call; a guard on a parameter asks the callers, up to
// kMaxCallerHops calls up. Bounded and per unit: a helper in another file
// is not looked into.
#pragma once

#include "analyzer/model.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ParentMap.h"

#include <map>
#include <memory>
#include <set>
#include <tuple>
#include <string>
#include <vector>

namespace sluice {

struct FoundGuard {
  std::string kind;          // see facts::Guard
  std::string constant;      // one line
  clang::SourceLocation loc; // the condition
  std::string subject;       // what was compared, as written
};

class GuardUnit;

class GuardFinder {
public:
  using Kinds = std::set<std::string>;
  /// `unit` (may be null: one function on its own) gives the other
  /// functions of the translation unit.
  GuardFinder(clang::ASTContext &ctx, const RuleSet &rules, const clang::FunctionDecl *fn,
              GuardUnit *unit = nullptr);
  /// Guards of the branch conditions `s` is control-dependent on, in the
  /// function's body (enclosing conditions and earlier early exits).
  std::vector<FoundGuard> guardsOf(const clang::Stmt *s);
  /// Guards `cond` gives where it evaluates to `holds`.
  std::vector<FoundGuard> conditionGuards(const clang::Expr *cond, bool holds);
  /// True when `call` is made only to check that it fails: it is the
  /// condition of an `if` whose branch for success (`call == 0`, `!call`)
  /// leaves (`if (setuid(0) == 0) return -1;`: root cannot be regained).
  bool successLeaves(const clang::Expr *call);
  bool reportsAndFails(const clang::Stmt *s) const;
  /// Frees what guardsOf keeps (the parent map); it is rebuilt when needed.
  void release() { parents_.reset(); }

  /// The origins of what the function returns, and of what it writes
  /// through parameter `index`; "param:N" stands for the caller's argument.
  const Kinds &returned() const { return returned_; }
  Kinds writtenThrough(unsigned index) const;
  /// Origins of `e`, with this function's "param:N" replaced by what its
  /// callers in the unit pass (`hops` calls up so far).
  Kinds resolved(const clang::Expr *e, int hops);

private:
  void scanOrigins();
  Kinds origins(const clang::Expr *e, int depth = 0);
  /// Replaces "param:N" in `k` by the callers' arguments' origins.
  Kinds resolve(const Kinds &k, int hops);
  /// What a read from the descriptor or stream `stream` gives, for a
  /// source row of kind `kind` that follows its stream: network data from
  /// a socket, user input from descriptor 0, the row's kind otherwise; a
  /// parameter's descriptor is deferred to the callers
  /// ("stream-param:N:KIND", settled by resolve and callOrigins).
  Kinds streamKinds(const clang::Expr *stream, const std::string &kind);
  /// The origins a call to a function of the unit gives (`write` < 0: its
  /// result; else what it writes through argument `write`), its "param:N"
  /// replaced by this call's arguments.
  Kinds callOrigins(const clang::CallExpr *ce, int write, int depth);
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
  GuardUnit *unit_ = nullptr;
  std::unique_ptr<clang::ParentMap> parents_;
  std::map<const clang::VarDecl *, Kinds> vars_;
  Kinds returned_;
  std::vector<const clang::Expr *> returns_;  // the values of its return statements
  bool inPredicate_ = false;  // its returns are being classified for a caller
  /// Truth values kept for later: `expired = now >= K;` (a variable) and
  /// `out->expired = left <= 0;` (a field of a variable or parameter), in
  /// source order; `if (expired)` is classified as the stored conditions.
  std::map<const clang::VarDecl *, std::vector<const clang::Expr *>> flags_;
  std::map<std::pair<const clang::VarDecl *, const clang::FieldDecl *>,
           std::vector<const clang::Expr *>>
      fieldFlags_;
  /// The flags classifyFlag is expanding now, with the branch asked for.
  std::set<std::tuple<const clang::VarDecl *, const clang::FieldDecl *, bool>> expanding_;
  /// Variables given to the unit's helpers: the call and argument index.
  std::map<const clang::VarDecl *, std::vector<std::pair<const clang::CallExpr *, unsigned>>>
      passed_;
  /// `if (s.expired)`: the conditions stored into that field here or by
  /// the helpers `s` was given to.
  void classifyFlag(const clang::Expr *cond, bool holds, std::vector<FoundGuard> &out, int depth);
  /// Loop control variables and states set from tables: never counters.
  std::set<const clang::VarDecl *> loopControl_;
};

/// The functions of one translation unit, for guards: each one's finder
/// (built once, on first use) and the calls made to it.
class GuardUnit {
public:
  /// `fns`: the functions whose calls count (those the unit analyzes).
  GuardUnit(clang::ASTContext &ctx, const RuleSet &rules,
            const std::vector<const clang::FunctionDecl *> &fns);
  ~GuardUnit();
  /// The finder of `fd`'s definition; null unless it is one of `fns`, and
  /// while it is being built (recursion) or too many are (kMaxNesting).
  GuardFinder *finder(const clang::FunctionDecl *fd);
  struct Call {
    const clang::FunctionDecl *caller;
    const clang::CallExpr *call;
    unsigned firstArg;  // 1 for a member operator called as `a == b`
  };
  const std::vector<Call> &callersOf(const clang::FunctionDecl *fd) const;
  /// True for a function of `fns` (the code being analyzed, not a library).
  bool owns(const clang::FunctionDecl *fd) const;
  /// Caller arguments looked at by one guard's question (a bound).
  size_t budget = 0;

private:
  clang::ASTContext &ctx_;
  const RuleSet &rules_;
  std::map<const clang::FunctionDecl *, std::unique_ptr<GuardFinder>> finders_;
  std::set<const clang::FunctionDecl *> own_;  // the unit's functions
  std::set<const clang::FunctionDecl *> building_;
  std::map<const clang::FunctionDecl *, std::vector<Call>> callers_;
};

/// A capability the engine recognises in code rather than through models:
/// decoding loops and strings built one character at a time.
struct FoundObfuscation {
  std::string kind;          // "decode-loop" or "char-built-string"
  std::string value;         // the decoded or assembled text, when it folds
  clang::SourceLocation loc;
  const clang::VarDecl *var = nullptr;  // the array that holds the text
  /// The assignments that write the decoded or assembled characters: what
  /// they store is a `decoded` source (taint flows carry it to the calls
  /// that use the text, in other functions too).
  std::vector<const clang::Expr *> stores;
};

std::vector<FoundObfuscation> findObfuscation(clang::ASTContext &ctx,
                                              const clang::FunctionDecl *fn);

/// Where a function grants access because a value compared equal to a
/// hard-coded credential: `if (strcmp(pw, "Kx!service2019") == 0) return 1;`,
/// `return token == "7f3c9a1be04d2e58";`, a flag set to true. The guard
/// says what was compared (input, the network, the environment, the host's
/// identity, a secret: through the unit's callers for a parameter) with
/// which constant; only constants shaped like a credential count (not
/// words, options, versions or file signatures: `looksLikeCredential`).
struct FoundGrant {
  const clang::Stmt *stmt = nullptr;  // the statement that grants
  std::string outcome;  // "the success returned by", "the flag set by", ...
  FoundGuard guard;
};
std::vector<FoundGrant> findAccessGrants(clang::ASTContext &ctx, const clang::FunctionDecl *fn,
                                         GuardFinder &guards);
/// A string constant shaped like a password, token or pinned address.
bool looksLikeCredential(const std::string &text);

/// Constant ports a function names (htons(4444)), for the peer of its
/// connect() calls.
std::set<int64_t> findPorts(clang::ASTContext &ctx, const clang::FunctionDecl *fn);

} // namespace sluice
