// Transfer functions: how one CFG element changes the abstract state.
//
// Each construct has one small function (assignment, declaration, load,
// address-of, member access, call of a modelled function, call of a program
// function, construction, destruction, ...). Transfer never decides
// findings: in the final pass over converged states it reports what reaches
// sinks, call arguments and returns to an observer (taint_analysis.cpp),
// which turns them into function facts.
#pragma once

#include <cstdint>

#include "analyzer/facts.h"
#include "analyzer/const_eval.h"
#include "analyzer/model.h"
#include "analyzer/taint_lattice.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/Stmt.h"

#include <map>
#include <optional>
#include <tuple>
#include <memory>
#include <unordered_map>

namespace sluice {

/// The elements of a constant table's initialiser (a C array's or
/// std::array's braces, the initializer list a std::vector is built from),
/// and one member of an element (its braces' entry, or the constructor
/// argument in that position: a std::pair built from {a, b}).
std::vector<const clang::Expr *> tableElements(const clang::Expr *init);
const clang::Expr *elementMember(const clang::Expr *element, const clang::FieldDecl *field);

/// What reached one sink position of a modelled call.
struct SinkHit {
  const clang::Expr *call = nullptr;
  const clang::Expr *arg = nullptr;   // the argument expression (may equal call)
  const ModelRow *row = nullptr;
  std::string api;                    // the called function, as named in models
  AbsVal value;                       // source and symbolic labels at the position
  /// Set when the sink counts only on a handle of this kind and the handle
  /// argument comes from outside the function (its symbolic labels).
  std::string requiredHandle;
  AbsVal handleValue;
};

/// A call of a program function (resolved at link time) as seen at one site.
struct ProgramCall {
  int index = -1;                          // call site index within the function
  const clang::Expr *expr = nullptr;       // call, construction, delete; null for implicit dtors
  clang::SourceLocation loc;
  std::vector<std::string> callees;        // USRs
  std::string virtualMethod;               // USR, for virtual dispatch
  std::string indirectSignature;           // for unresolved function pointers
  std::string calleeName;
  /// Per argument: its value, and the memory it leads to at one and two
  /// dereferences, as (member path, content) parts.
  struct Arg {
    AbsVal value;
    std::vector<std::pair<std::string, AbsVal>> level[2];
  };
  std::vector<Arg> args;
  /// Per argument: the texts it folds to ("/etc/ld.so.preload"); none when
  /// unknown, several when it is one of a few.
  std::vector<std::vector<std::string>> argText;
  std::vector<int> secretNames;  // facts::CallSite's
  /// facts::CallSite's: the caller's parameter called through, and what
  /// function pointer arguments pass.
  int calleeParam = -1;
  std::vector<facts::PassedFunctions> passed;
  std::string calleeField;  // USR of the struct member called through
};

/// Receives what the final pass sees; null during the fixpoint.
class FactObserver {
public:
  virtual ~FactObserver() = default;
  virtual void onSink(const SinkHit &hit) = 0;
  virtual void onCall(const ProgramCall &call) = 0;
  /// A value returned at `ret`: (member path, content) parts of the value
  /// itself (a structure returned by value keeps its members apart) and of
  /// the memory it leads to at one and two dereferences.
  using Parts = std::vector<std::pair<std::string, AbsVal>>;
  virtual void onReturn(const clang::Stmt *ret, const Parts (&levels)[3]) = 0;
  /// A lambda captured `var` (levels 0, 1, 2) at `where`.
  virtual void onCapture(const clang::VarDecl *var, const std::string &key,
                         const AbsVal (&levels)[3]) = 0;
  virtual void onAddressTaken(const clang::FunctionDecl *fd) = 0;
  /// A call exercised a capability (a capability model row whose conditions
  /// held); `value` is what it acts on when known (folded text).
  /// `requiredHandle` and `handle`: the capability holds only if the
  /// descriptor (symbolic labels in `handle`) turns out to be of that kind.
  /// `valueParam`: when the value is the function's own parameter (a
  /// helper's path argument), its interface index; callers supply it.
  virtual void onCapability(const clang::Expr *call, const std::string &kind,
                            const std::string &api, const std::string &value, int valueParam,
                            const std::string &requiredHandle, const AbsVal &handle) = 0;
};

/// Position key of a source location (its file location's raw encoding);
/// turned back into file/line/column only when reporting.
uint64_t siteKey(const clang::SourceManager &sm, clang::SourceLocation loc);
clang::SourceLocation siteLoc(uint64_t key);

/// The name models use for a declaration: qualified, without template
/// arguments and inline namespaces ("std::basic_string::c_str").
std::string modelName(const clang::NamedDecl *d);
/// The model rows for a call of `fd`: by its qualified name, and by its
/// plain name only when it is a free function of the global namespace (a C
/// library function) or a non-template overload libstdc++ puts in std
/// (std::wcsstr). Config::system() and std::remove (the algorithm) are not
/// system() and remove(). (Calls Clang could not resolve are matched by
/// name in recovered().)
std::vector<const ModelRow *> modelRowsFor(const RuleSet &rules, const clang::FunctionDecl *fd);

/// A stable cross-unit identity (Clang USR).
std::string usrOf(const clang::Decl *d);
/// The key that stands for a variable captured by a lambda, shared by the
/// enclosing function (writer) and the lambda body (reader).
std::string captureKey(const clang::VarDecl *vd);

/// Interface objects of a function, created when its entry is seeded.
struct Interface {
  struct Slot {
    int index;                 // interface index (0 = this for methods)
    std::string name;
    ObjId level[3];            // the parameter variable, *param, **param
  };
  std::vector<Slot> params;
  struct Global {
    const clang::VarDecl *decl;
    std::string key;           // USR, or capture key
    ObjId var;
  };
  std::vector<Global> globals;
};

/// Arithmetic types that never carry an address: every number but the
/// integer typedefs meant for one (intptr_t, uintptr_t).
bool holdsNoAddress(clang::QualType t);

class Transfer {
public:
  Transfer(clang::ASTContext &ctx, const RuleSet &rules, Arena &arena,
           const clang::FunctionDecl *fn, ConstantFolder *folder = nullptr)
      : ctx_(ctx), rules_(rules), arena_(arena), fn_(fn), folder_(folder) {}

  void setObserver(FactObserver *o) { observer_ = o; }
  /// Text that local arrays hold once decoded or assembled at run time
  /// (cap_guards.h): capability values read through them show it.
  void setDecodedText(std::map<const clang::VarDecl *, std::string> m) { decoded_ = std::move(m); }
  /// The values decoding loops and character-by-character stores write
  /// (cap_guards.h: FoundObfuscation::stores), with what computes them:
  /// each is a `decoded` source where it is evaluated.
  void setDecodingStores(std::map<const clang::Expr *, std::string> m) {
    decodingStores_ = std::move(m);
  }

  /// Facts true on entry: parameters and globals hold symbolic atoms; argv
  /// of main is user input.
  void seedEntry(State &st);
  const Interface &interface() const { return iface_; }
  /// The interface index of `...` in a variadic function, else -1.
  int variadicIndex() const { return variadicIndex_; }

  /// Starts a new basic block: results of calls evaluated as their own CFG
  /// elements are reused by enclosing elements of the same block only.
  void beginBlock() { calls_.clear(); }
  /// Labels and targets moved by loads, stores and steps so far: a
  /// deterministic measure of the time spent, for the fixpoint's budget.
  size_t work() const { return work_; }
  /// Past this much work, overBudget() holds (checked between statements).
  void setWorkLimit(size_t limit) { workLimit_ = limit; }
  /// Flow-insensitive rounds: loads from `s` are memoized for the rest of
  /// the round (or the recording pass) even as weak updates grow it, so a
  /// wide structure read at every call is joined once per round, not once
  /// per call. A read may then miss what the round added after it was
  /// first made, as it would had that block come later in the order: the
  /// next round sees it, and a round that changes nothing read the state
  /// it ran on. nullptr ends it (loads follow the state's version again).
  void memoizeLoadsFor(const State *s);
  bool overBudget() const { return work_ > workLimit_; }
  /// True once a read was cut to kMaxLoadedLabels labels.
  bool widened() const { return widened_; }

  /// Applies one CFG statement element.
  void apply(const clang::Stmt *s, State &st);
  /// Applies an implicit destructor call for `var` (end of its scope).
  void applyAutomaticDtor(const clang::VarDecl *var, const clang::CXXDestructorDecl *dtor,
                          State &st);
  /// Refines `st` for the branch of `cond` whose truth value is `truth`:
  /// values a validator accepted on that branch lose the kinds it excludes.
  void applyGuard(const clang::Expr *cond, bool truth, State &st);

  /// Applies a constructor's member or base initializer.
  void applyInitializer(const clang::CXXCtorInitializer *init, State &st);
  /// Applies the destructor call of `delete e`.
  void applyDeleteDtor(const clang::CXXDeleteExpr *e, const clang::CXXDestructorDecl *dtor,
                       State &st);

  /// The value object `o` holds in `st`, with its fields and enclosing
  /// objects; and levels 0..2 of a value (it, what it points to, ...).
  AbsVal objectValue(State &st, ObjId o);
  void valueLevels(State &st, const AbsVal &v, AbsVal (&out)[3]);
  /// The memory `v` leads to at `derefs` (1 to 3) dereferences, split into
  /// (member path, own content) parts: how facts keep fields apart.
  std::vector<std::pair<std::string, AbsVal>> parts(State &st, const AbsVal &v, int derefs);

private:
  // Values (transfer.cpp).
  AbsVal rvalue(const clang::Expr *e);
  AbsVal rvalueCast(const clang::CastExpr *e);
  AbsVal rvalueUnary(const clang::UnaryOperator *e);
  AbsVal rvalueBinary(const clang::BinaryOperator *e);
  /// Applies the sanitize rows of a built-in `/` or `%` on numbers to its
  /// result; true when one applied.
  bool numericResult(const clang::BinaryOperator *bo, AbsVal &v) const;
  AbsVal load(const std::vector<ObjId> &objs, clang::QualType t);
  /// Objects an lvalue expression designates; `whole` is set when the
  /// expression names one whole object (so a store may replace it).
  std::vector<ObjId> lvalue(const clang::Expr *e, bool &whole);
  std::vector<ObjId> lvalueDeclRef(const clang::DeclRefExpr *e, bool &whole);
  std::vector<ObjId> lvalueMember(const clang::MemberExpr *e);
  AbsVal contents(const AbsVal &ptr, clang::QualType pointeeType);
  AbsVal addressOf(const clang::Expr *e);
  AbsVal lambda(const clang::LambdaExpr *e);
  void levels(const AbsVal &v, AbsVal (&out)[3]);
  AbsVal loadObject(ObjId o);
  /// loadObject without the object's members: what it holds itself and
  /// what its enclosing objects hold, renamed to the member.
  AbsVal loadOwn(ObjId o);
  /// Pointer member `field` of an interface object `root` (a parameter's
  /// or global's memory) read with `v`: the object that stands for what
  /// any pointer in `root` points to is replaced in `v` by the member's own
  /// pointee (see seeds_).
  void refineMemberPointee(ObjId field, ObjId root, const std::string &suffix, AbsVal &v);
  /// Whether `rd` has a pointer member to its own kind of structure.
  bool selfReferential(const clang::RecordDecl *rd);
  std::unordered_map<const clang::RecordDecl *, bool> selfReferential_;
  AbsVal withPath(const AbsVal &v, const std::string &suffix);
  std::vector<std::pair<std::string, AbsVal>> partsHere(const AbsVal &v, int derefs);

  // Effects (transfer.cpp).
  void store(const std::vector<ObjId> &objs, bool strong, const AbsVal &v,
             const clang::Expr *at, const std::string &how);
  void declare(const clang::VarDecl *vd);
  void returned(const clang::ReturnStmt *rs);
  ObjId varObject(const clang::VarDecl *vd);
  bool isCapturedHere(const clang::VarDecl *vd) const;
  AbsVal addStep(const AbsVal &v, const clang::Stmt *at, const std::string &message);
  uint64_t site(const clang::Stmt *s) const;
  void seedInterfaceObject(ObjId var, const Label &base, TraceId root);

  // Calls (calls.cpp).
  struct Args {
    std::vector<const clang::Expr *> exprs;   // null for an implicit object
    std::vector<AbsVal> values;
    std::vector<clang::QualType> types;       // the argument's type as passed
    bool hasObject = false;                   // position 0 is the object of a member call
  };
  AbsVal call(const clang::CallExpr *ce);
  std::vector<const ModelRow *> rowsByStaticClass(const clang::Expr *object, bool isPointer,
                                                  const clang::FunctionDecl *fd) const;
  AbsVal construct(const clang::CXXConstructExpr *ce, ObjId object);
  AbsVal newExpr(const clang::CXXNewExpr *ne);
  /// A call Clang could not resolve (no matching overload, wrong argument
  /// types): what it recovered (callee name, object, arguments) is matched
  /// against the models by name. `constructed` is the variable a failed
  /// constructor call was initialising.
  AbsVal recovered(const clang::RecoveryExpr *re, ObjId constructed = ~0u,
                   const clang::CXXRecordDecl *cls = nullptr);
  Args evalArgs(const clang::FunctionDecl *callee, const clang::Expr *object, bool objectIsPointer,
                llvm::ArrayRef<const clang::Expr *> args, bool forModels);
  AbsVal argValue(const clang::Expr *arg, bool byReference);
  AbsVal applyModels(const clang::Expr *call, const std::string &api,
                     const std::vector<const ModelRow *> &rows, Args &a, clang::QualType rt);
  /// A call of a program function; `key` and `key2` identify the call site.
  /// `passThrough`: a function of a missing header (see kRecoveryPrelude):
  /// its result also carries what its arguments (and what they point to)
  /// carry.
  AbsVal programCall(const clang::Expr *call, const void *key, const void *key2,
                     clang::SourceLocation loc, ProgramCall pc, Args &a, clang::QualType rt,
                     bool passThrough = false);
  /// Declared by the missing-header recovery, or a function declared
  /// implicitly (C).
  bool ofMissingHeader(const clang::Decl *d) const;
  void callbackRows(const clang::Expr *call, const std::vector<const ModelRow *> &rows, Args &a);
  int callIndex(const void *key, const void *key2);

  // Validators on branches (guards.cpp).
  struct Guard {
    const clang::Expr *subject;
    unsigned derefs;
    std::string kinds;
  };
  void collectGuards(const clang::Expr *e, bool truth, std::vector<Guard> &out, int depth,
                     const std::map<const clang::ParmVarDecl *, const clang::Expr *> &actuals);
  bool validatorHolds(const ModelRow &row, const std::vector<const clang::Expr *> &args,
                      unsigned subject);
  bool isConstantText(const clang::Expr *e) const;
  AbsVal clearKinds(const AbsVal &v, const std::string &kinds);
  /// Whether `o` is (a member of) a variable declared as a character array.
  bool byteBuffer(ObjId o) const;
  /// What a sanitizer row leaves of a value: the labels it does not clear.
  AbsVal sanitized(const ModelRow &row, const AbsVal &v) const;

  // Text of values built from constants (text_fold.cpp).
  /// The one text `e` folds to, if there is exactly one.
  std::optional<std::string> foldText(const clang::Expr *e, int depth = 0) const;
  /// Every text `e` may fold to (a few alternatives, bounded); none when
  /// unknown.
  std::vector<std::string> foldTexts(const clang::Expr *e, int depth = 0) const;
  /// The text a call of a printf-format function returning `char *`
  /// returns (its format attribute); none otherwise.
  std::vector<std::string> formattedReturn(const clang::CallExpr *ce, int depth) const;
  /// printf-style folding of call `ce`'s format argument `fmtAt` (0-based)
  /// with the arguments from `firstArg`; nullopt when the format is not a
  /// constant.
  std::optional<std::vector<std::string>> formatCall(const clang::CallExpr *ce, unsigned fmtAt,
                                                     unsigned firstArg, int depth) const;
  /// foldTexts without a bare "*" (an unknown alternative): the texts a
  /// value is known to take, for capability values and argument texts.
  std::vector<std::string> knownTexts(const clang::Expr *e) const;
  /// An element of a constant table, or a member of one: through a
  /// range-for's loop variable or a subscript with a variable index.
  std::vector<std::string> tableTexts(const clang::Expr *e) const;
  /// The texts of a pointer global of this unit that keeps its initialiser.
  std::vector<std::string> unchangedGlobalTexts(const clang::VarDecl *vd, int depth) const;
  /// The constant table `e` reads one element of (as for tableTexts), and
  /// the member it reads (null: the whole element).
  struct TableRead {
    const clang::VarDecl *table = nullptr;
    const clang::FieldDecl *field = nullptr;
  };
  std::optional<TableRead> tableRead(const clang::Expr *e) const;
  /// The first text `e` folds to that names a credential store.
  std::optional<std::string> secretPath(const clang::Expr *e) const;
  /// True when `write` runs only on some paths to `use` (inside a branch or
  /// loop that does not also hold `use`).
  /// `use` null: on some paths to the end of `body`.
  bool conditionalWrite(const clang::Stmt *write, const clang::Stmt *use,
                        const clang::Stmt *body) const;
  /// The texts `vd` holds at `before` (invalid: at the end of its function)
  /// given `text` from its initialiser: what was written into it, through
  /// assignments, snprintf/strcpy/strcat, std::string operations and
  /// helpers of this unit that fill an out-parameter.
  std::vector<std::string> writtenTexts(const clang::VarDecl *vd, clang::SourceLocation before,
                                        const clang::Expr *use, std::vector<std::string> text,
                                        int depth) const;
  /// The texts a helper's out-parameter `p` holds when the helper returns
  /// (what it points to, or the string it refers to); memoized.
  std::vector<std::string> filledTexts(const clang::ParmVarDecl *p, int depth) const;
  mutable std::map<const clang::ParmVarDecl *, std::vector<std::string>> filled_;
  void traceCall(const std::string &name, size_t rows) const;
  void recordCoverage(const ModelRow &row, const clang::Expr *at, bool always = false) const;
  void recordCoverage(const ModelRow &row, clang::SourceLocation at, bool always = false) const;
  AbsVal valueAt(const Args &a, const AccessPath &p, unsigned argIndex);
  std::vector<ObjId> objectsAt(const Args &a, const AccessPath &p, unsigned argIndex);
  std::vector<unsigned> positions(const Args &a, const AccessPath &p) const;
  std::string refineSourceKind(const ModelRow &row, const Args &a) const;
  /// A stream source's read (label `l`, trace `t`) from a descriptor that
  /// came from outside the function: reports the sink fact with which the
  /// link decides whether it reads network data (facts::kSourceKindSink).
  void descriptorFromOutside(const clang::Expr *call, const ModelRow &row, const std::string &api,
                             const Args &a, LabelId l, TraceId t) const;
  bool conditionHolds(const ModelRow &row, const Args &a, unsigned argIndex) const;
  bool oneConditionHolds(const ModelRow &row, const std::string &when, const Args &a,
                         unsigned argIndex) const;
  bool hasHandle(const AbsVal &v, const std::string &kind) const;
  /// For an unmet `handle:KIND@argN` condition whose descriptor came from
  /// outside the function: KIND, with the descriptor's symbolic labels in
  /// `handle` (the link step decides). Empty otherwise.
  std::string pendingHandle(const std::string &when, const Args &a, AbsVal &handle) const;
  void capabilityRow(const clang::Expr *call, const std::string &api, const ModelRow &row,
                     const Args &a);
  /// The capability's value(s) from the row's positions, reported.
  void emitCapability(const clang::Expr *call, const std::string &api, const ModelRow &row,
                      const Args &a, const std::string &required, const AbsVal &handle);
  /// setopt(h, tbl[i].opt, tbl[i].val) in a loop over a constant table:
  /// the row's conditions evaluated on each element's members together
  /// (one element must meet them all); true when one did.
  bool capabilityPerElement(const clang::Expr *call, const std::string &api,
                            const ModelRow &row, const Args &a);
  std::vector<std::string> capabilityValues(const Args &a, const AccessPath &p, unsigned i);
  int parameterIndex(const clang::Expr *e) const;
  AbsVal joinedPart(const ModelRow &r, const Args &a, unsigned i, const AbsVal &v);
  void markPrefixOnAppend(const ModelRow &r, const Args &a);
  bool isProgramFunction(const clang::FunctionDecl *fd) const;
  /// After a call of a helper of this unit that filters a string's
  /// characters (guards.cpp, CharFilter): the buffer it rewrote, and its
  /// result when it returns that buffer, are safe for the kinds whose
  /// dangerous characters the filter leaves out.
  void applyCharFilter(const clang::FunctionDecl *fd, const std::vector<const clang::Expr *> &exprs,
                       const std::vector<AbsVal> &args, AbsVal &result);
  void functionTargets(const AbsVal &v, ProgramCall &pc);
  /// What a function pointer value passes on: the functions it points to,
  /// the parameters it is (unchanged), and whether it holds anything else.
  facts::PassedFunctions passedFunctions(const AbsVal &v) const;
  const clang::CXXRecordDecl *dynamicClass(ObjId o) const;
  const clang::FunctionDecl *tableEntry(const clang::Expr *callee);
  void devirtualize(const clang::CXXMethodDecl *md, const AbsVal &object, ProgramCall &pc);

  /// An integer argument's value: what the unit proves constant (an
  /// unchanged configuration record's member too) when a folder is given,
  /// else what the language does.
  std::optional<int64_t> foldInt(const clang::Expr *e) const {
    return folder_ ? folder_->value(e) : constInt(e, ctx_);
  }

  clang::ASTContext &ctx_;
  const RuleSet &rules_;
  Arena &arena_;
  const clang::FunctionDecl *fn_;
  ConstantFolder *folder_;
  Interface iface_;
  State *st_ = nullptr;
  size_t work_ = 0;
  size_t workLimit_ = SIZE_MAX;
  bool widened_ = false;
  // Values of branching expressions (?:, &&, ||) evaluated as CFG elements,
  // the latest evaluation of each; see apply().
  std::unordered_map<const clang::Expr *, AbsVal> elementValues_;
  static bool branchingExpr(const clang::Expr *e);
  std::unordered_map<const clang::VarDecl *, ObjId> vars_;  // varObject's cache
  /// loadObject's results while nothing they depend on changes: the state
  /// (its version), the arena's objects and the interface seeds. A
  /// flow-insensitive function reads the same wide structures at every
  /// call (sqlite3VdbeExec). A hit adds the work and the widening the first
  /// load had, so budgets and findings do not depend on the memo.
  struct LoadMemo {
    struct Loaded {
      AbsVal value;
      size_t work = 0;
      bool widened = false;
    };
    uint64_t version = 0;
    size_t objects = 0, seeds = 0, entries = 0;
    const State *round = nullptr;  // memoizeLoadsFor
    /// partsHere's results by (dereferences, targets), in a round only:
    /// an interpreter passes the same few structures to every call.
    struct Parts {
      std::vector<std::pair<std::string, AbsVal>> value;
      size_t work = 0;
      bool widened = false;
    };
    std::map<std::pair<int, std::vector<ObjId>>, Parts> parts;
    std::unordered_map<ObjId, Loaded> values;
  };
  LoadMemo loads_;
  bool loadMemoCurrent() const;
  bool inLoadRound() const;  // memoizeLoadsFor's round, on its state
  /// `f()` with the work it added and whether it widened (widened_ keeps
  /// what it was, or'ed with that): what a memo entry replays.
  template <typename F> auto measured(F &&f) {
    size_t work0 = work_;
    bool widened0 = widened_;
    widened_ = false;
    auto r = f();
    bool widened = widened_;
    widened_ = widened0 || widened;
    return std::make_tuple(std::move(r), work_ - work0, widened);
  }
  void replay(size_t work, bool widened) {
    work_ += work;
    widened_ |= widened;
  }
  AbsVal loadObjectUncached(ObjId o);
  std::vector<std::pair<std::string, AbsVal>> partsUncached(const AbsVal &v, int derefs);
  /// Interface objects: the levels of a parameter or global
  /// (seedInterfaceObject) and the pointees of their pointer members
  /// (refineMemberPointee). `label` is what the object holds on entry;
  /// `next` the object that stands for what any pointer in it points to
  /// (~0u: none). A member's pointee holds at least what `next` of its
  /// enclosing object holds, with that object's entry label renamed to the
  /// member's (`*server.log` is `server`'s atom at ".log*"), so reads and
  /// writes through different members stay apart while a write through the
  /// whole object still reaches every member.
  struct Seed {
    LabelId label;
    ObjId next;
  };
  std::unordered_map<ObjId, Seed> seeds_;
  FactObserver *observer_ = nullptr;
  std::unordered_map<const clang::Expr *, AbsVal> calls_;
  std::map<std::pair<const void *, const void *>, int> callIndex_;
  std::map<const clang::VarDecl *, std::string> decoded_;
  /// Per helper: the buffer parameter a character filter rewrites, whether
  /// it returns it, and the kinds it is safe for ("" when not a filter).
  std::map<const clang::FunctionDecl *, std::tuple<unsigned, bool, std::string>> charFilters_;
  std::map<const clang::Expr *, std::string> decodingStores_;
  const clang::Expr *decodingNow_ = nullptr;  // the decoded value being evaluated
  /// Clears what the operator's sanitize rows name from `v`, the value of a
  /// character operand of + - * ^ & | << >> (kinds only, never `all`:
  /// decoders are arithmetic).
  void arithmeticOnCharacters(const clang::BinaryOperator *bo, const clang::Expr *operand,
                              AbsVal &v);
  std::map<std::pair<LabelId, const ModelRow *>, LabelId> sourceClears_;  // arithmeticOnCharacters'
  /// The sanitize rows of a built-in operator (`operators:` in the models:
  /// / % and their assignments, + - * ^ & | << >>), looked up once each.
  const std::vector<const ModelRow *> &operatorRows(clang::BinaryOperatorKind op) const;
  mutable std::map<clang::BinaryOperatorKind, std::vector<const ModelRow *>> operatorRows_;
  /// rvalue(e) with a `decoded` source label (e is one of decodingStores_).
  AbsVal decodedValue(const clang::Expr *e, const clang::Expr *key, const std::string &how);
  mutable std::unique_ptr<clang::ParentMap> parents_;  // of fn_'s body, built on demand
  /// Of the helpers' bodies text folding looks into.
  mutable std::map<const clang::Stmt *, std::unique_ptr<clang::ParentMap>> calleeParents_;
  /// What a library function keeps between calls (the `state` access path
  /// of propagator rows), one object per function.
  ObjId libraryState(const clang::Expr *call, const std::string &api);
  /// Where fn_ splits a buffer into several strings (guards.cpp): pointers
  /// it ends a string through and reads past (`*eq = '\0'; val = eq + 1;`)
  /// and the buffers strtok/strsep cut. A check of one of those strings
  /// says nothing of the others in the same buffer.
  struct Splits {
    std::vector<const clang::VarDecl *> pointers;
    std::vector<const clang::VarDecl *> tokenized;
    std::vector<const clang::VarDecl *> tails;  // pointers to a later string
  };
  std::unique_ptr<Splits> splits_;  // built on demand
  /// Whether a check of `subject`'s string leaves object `o` as it was: `o`
  /// holds several strings and `subject` points to the first.
  bool splitBuffer(ObjId o, const clang::Expr *subject);
  ObjId variadic_ = ~0u;   // the `...` pack of a variadic function
  int variadicIndex_ = -1;
  /// va_start, va_copy and va_end; returns true when `fd` was one of them.
  bool varargsBuiltin(const clang::FunctionDecl *fd, const clang::CallExpr *ce);
};

} // namespace sluice
