// Transfer functions: how one CFG element changes the abstract state.
//
// Each construct has one small function (assignment, declaration, load,
// address-of, call of a modelled function, ...). Transfer never decides
// findings: at sink calls it tells an observer what reached the sink, and the
// analysis (taint_analysis.h) decides over converged states.
#pragma once

#include "analyzer/model.h"
#include "analyzer/taint_lattice.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"

#include <unordered_map>

namespace sluice {

/// What reached one sink position of a modelled call.
struct SinkHit {
  const clang::CallExpr *call = nullptr;
  const ModelRow *row = nullptr;
  std::string api;              // the called function, as written in models
  unsigned argIndex = 0;
  AbsVal value;                 // source labels that reach the position
};

class SinkObserver {
public:
  virtual ~SinkObserver() = default;
  virtual void onSink(const SinkHit &hit) = 0;
};

/// Position key of a source location (its file location's raw encoding);
/// turned back into file/line/column only when reporting.
uint64_t siteKey(const clang::SourceManager &sm, clang::SourceLocation loc);
clang::SourceLocation siteLoc(uint64_t key);

class Transfer {
public:
  Transfer(clang::ASTContext &ctx, const RuleSet &rules, Arena &arena)
      : ctx_(ctx), rules_(rules), arena_(arena) {}

  /// Observer for sink calls; null while the fixpoint is being computed.
  void setObserver(SinkObserver *o) { observer_ = o; }

  /// Facts true on entry to `fn` (argv of main is user input).
  void seedEntry(const clang::FunctionDecl *fn, State &st);

  /// Starts a new basic block: results of calls evaluated as their own CFG
  /// elements are reused by enclosing elements of the same block only.
  void beginBlock() { calls_.clear(); }

  /// Applies one CFG statement element.
  void apply(const clang::Stmt *s, State &st);

private:
  // Values.
  AbsVal rvalue(const clang::Expr *e);
  AbsVal load(const std::vector<ObjId> &objs, clang::QualType t);
  /// Objects an lvalue expression designates; `whole` is set when the
  /// expression names one whole object (so a store may replace it).
  std::vector<ObjId> lvalue(const clang::Expr *e, bool &whole);
  AbsVal contents(const AbsVal &ptr, clang::QualType pointeeType);

  // Effects.
  void store(const std::vector<ObjId> &objs, bool strong, const AbsVal &v,
             const clang::Expr *at, const std::string &how);
  void declare(const clang::VarDecl *vd);
  AbsVal call(const clang::CallExpr *ce);
  AbsVal applyModels(const clang::CallExpr *ce, const std::string &api,
                     const std::vector<const ModelRow *> &rows);

  // Model helpers.
  struct Args {
    std::vector<const clang::Expr *> exprs;
    std::vector<AbsVal> values;
  };
  AbsVal valueAt(const Args &a, const AccessPath &p, unsigned argIndex);
  /// The objects a model position with at least one dereference writes to.
  std::vector<ObjId> objectsAt(const Args &a, const AccessPath &p, unsigned argIndex);
  std::vector<unsigned> positions(const Args &a, const AccessPath &p) const;
  std::string refineSourceKind(const ModelRow &row, const Args &a) const;
  bool conditionHolds(const ModelRow &row, const Args &a, unsigned argIndex) const;
  bool hasHandle(const AbsVal &v, const std::string &kind) const;

  ObjId varObject(const clang::VarDecl *vd);
  AbsVal addStep(const AbsVal &v, const clang::Expr *at, const std::string &message);
  uint64_t site(const clang::Stmt *s) const;

  clang::ASTContext &ctx_;
  const RuleSet &rules_;
  Arena &arena_;
  State *st_ = nullptr;
  SinkObserver *observer_ = nullptr;
  std::unordered_map<const clang::CallExpr *, AbsVal> calls_;
};

/// Human description of a source kind for flow messages ("environment value").
std::string describeSourceKind(const std::string &kind);

} // namespace sluice
