// Transfer functions for calls: modelled library calls (propagators,
// handles, sources, sanitizers, sinks, callbacks), calls of program
// functions (left symbolic for the link step), constructions and `new`.
#include "analyzer/const_eval.h"
#include "analyzer/taint_analysis.h"
#include "analyzer/transfer.h"

#include "clang/AST/DeclCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdlib>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>

namespace sluice {

using namespace clang;

namespace {

/// A handle on a path the function was given as parameter `index`
/// (Label::index): what is read from it is a secret where a caller names a
/// credential store there (facts::kSecretIfNamed).
constexpr const char *kCredentialIfNamed = "credential-if-named";

std::string plainName(const FunctionDecl *fd) {
  if (const IdentifierInfo *id = fd->getIdentifier())
    return id->getName().str();
  return fd->getNameAsString();
}

bool leadsToMemory(QualType t) {
  if (t.isNull())
    return false;
  t = t.getCanonicalType();
  return t->isPointerType() || t->isReferenceType() || t->isRecordType() ||
         t->isArrayType() || t->isBlockPointerType();
}

} // namespace

void Transfer::traceCall(const std::string &name, size_t rows) const {
  // SLUICE_TRACE_CALLS=1 (with SLUICE_WORKER_STDERR=1) lists every call with
  // the name models match it by: the way to find why a model does not apply.
  static const bool on = [] {
    const char *v = std::getenv("SLUICE_TRACE_CALLS");
    return v && std::string(v) == "1";
  }();
  if (on)
    llvm::errs() << "sluice: call '" << name << "' in '" << fn_->getQualifiedNameAsString()
                 << "': " << rows << " model rows\n";
}

int Transfer::callIndex(const void *key, const void *key2) {
  auto [it, inserted] =
      callIndex_.emplace(std::make_pair(key, key2), static_cast<int>(callIndex_.size()));
  return it->second;
}

bool Transfer::isProgramFunction(const FunctionDecl *fd) const {
  if (!fd)
    return false;
  const SourceManager &sm = ctx_.getSourceManager();
  SourceLocation loc = sm.getFileLoc(fd->getLocation());
  return loc.isValid() && !sm.isInSystemHeader(loc) && !fd->getBuiltinID();
}

AbsVal Transfer::argValue(const Expr *arg, bool byReference) {
  return byReference ? addressOf(arg) : rvalue(arg);
}

Transfer::Args Transfer::evalArgs(const FunctionDecl *callee, const Expr *object,
                                  bool objectIsPointer, llvm::ArrayRef<const Expr *> args,
                                  bool forModels) {
  Args a;
  a.hasObject = object != nullptr;
  if (object) {
    a.exprs.push_back(object);
    a.values.push_back(objectIsPointer ? rvalue(object) : addressOf(object));
    a.types.push_back(object->getType());
  }
  for (unsigned i = 0; i < args.size(); ++i) {
    const Expr *e = args[i];
    bool byRef = callee && i < callee->getNumParams() &&
                 callee->getParamDecl(i)->getType()->isReferenceType();
    if (byRef && forModels) {
      // Models speak of values: a const reference to a pointer or a number
      // (template parameters such as `const Source &`) passes the value; a
      // reference to an object or a writable reference passes the address.
      QualType t = callee->getParamDecl(i)->getType().getNonReferenceType();
      if (t.isConstQualified() && !t->isRecordType() && !e->getType()->isRecordType())
        byRef = false;
    }
    a.exprs.push_back(e);
    a.values.push_back(argValue(e, byRef));
    a.types.push_back(byRef ? ctx_.getPointerType(e->getType()) : e->getType());
  }
  return a;
}

void Transfer::functionTargets(const AbsVal &v, ProgramCall &pc) {
  for (ObjId o : v.targets) {
    const Object &obj = arena_.object(o);
    if (obj.kind != Object::Func)
      continue;
    const auto *fd = static_cast<const FunctionDecl *>(obj.key);
    pc.callees.push_back(usrOf(fd));
    if (pc.calleeName.empty())
      pc.calleeName = fd->getQualifiedNameAsString();
  }
}

facts::PassedFunctions Transfer::passedFunctions(const AbsVal &v) const {
  facts::PassedFunctions out;
  for (ObjId o : v.targets) {
    const Object &obj = arena_.object(o);
    if (obj.kind == Object::Func)
      out.functions.push_back(usrOf(static_cast<const FunctionDecl *>(obj.key)));
  }
  for (const Taint &t : v.labels) {
    const Label &l = arena_.label(t.label);
    if (l.cls == Label::Symbolic && l.kind == "param" && l.derefs == 0 && l.path.empty())
      out.params.push_back(l.index);
    else
      out.other = true;  // read from memory, returned by a call, a global...
  }
  std::sort(out.functions.begin(), out.functions.end());
  out.functions.erase(std::unique(out.functions.begin(), out.functions.end()),
                      out.functions.end());
  std::sort(out.params.begin(), out.params.end());
  out.params.erase(std::unique(out.params.begin(), out.params.end()), out.params.end());
  return out;
}

const FunctionDecl *Transfer::tableEntry(const Expr *callee) {
  // table[CONST](...) where table is a constant array initialised with functions.
  const Expr *idx = nullptr;
  const InitListExpr *init = constantTable(callee, ctx_, &idx);
  auto index = init && folder_ ? folder_->value(idx) : std::nullopt;
  if (!index || *index < 0 || *index >= static_cast<int64_t>(init->getNumInits()))
    return nullptr;
  const Expr *entry = init->getInit(static_cast<unsigned>(*index))->IgnoreParenImpCasts();
  if (const auto *uo = dyn_cast<UnaryOperator>(entry); uo && uo->getOpcode() == UO_AddrOf)
    entry = uo->getSubExpr()->IgnoreParenImpCasts();
  const auto *fr = dyn_cast<DeclRefExpr>(entry);
  return fr ? dyn_cast<FunctionDecl>(fr->getDecl()) : nullptr;
}

const CXXRecordDecl *Transfer::dynamicClass(ObjId o) const {
  const Object &obj = arena_.object(o);
  QualType t;
  switch (obj.kind) {
  case Object::Var:
    if (const auto *vd = static_cast<const VarDecl *>(obj.key); vd && !vd->getType()->isReferenceType())
      t = vd->getType();
    break;
  case Object::Field:
    t = static_cast<const FieldDecl *>(obj.key)->getType();
    break;
  case Object::Alloc:
    if (const auto *ce = dyn_cast_or_null<CXXConstructExpr>(static_cast<const Stmt *>(obj.key)))
      t = ce->getType();
    else if (const auto *ne = dyn_cast_or_null<CXXNewExpr>(static_cast<const Stmt *>(obj.key)))
      t = ne->getAllocatedType();
    break;
  default:
    break;
  }
  return t.isNull() ? nullptr : t->getAsCXXRecordDecl();
}

void Transfer::devirtualize(const CXXMethodDecl *md, const AbsVal &object, ProgramCall &pc) {
  // When every object the call can run on has a known class (a local, a
  // member, a temporary or a `new`), the overrider of each is the target.
  std::vector<std::string> targets;
  for (ObjId o : object.targets) {
    const CXXRecordDecl *rd = dynamicClass(o);
    const CXXMethodDecl *m = rd ? md->getCorrespondingMethodInClass(rd, true) : nullptr;
    if (!m) {
      pc.virtualMethod = usrOf(md);
      return;
    }
    targets.push_back(usrOf(m));
  }
  if (targets.empty()) {
    pc.virtualMethod = usrOf(md);
    return;
  }
  pc.callees = targets;
}

std::vector<const ModelRow *> Transfer::rowsByStaticClass(const Expr *object, bool isPointer,
                                                           const FunctionDecl *fd) const {
  // sock.write(data) where write is inherited from QIODevice: a row for
  // QTcpSocket::write (or for a class between it and QIODevice) applies,
  // so a socket and a file that share a base class are told apart.
  QualType t = object->IgnoreParenImpCasts()->getType();
  if (isPointer && t->isPointerType())
    t = t->getPointeeType();
  const CXXRecordDecl *rd = t->getAsCXXRecordDecl();
  const auto *md = dyn_cast<CXXMethodDecl>(fd);
  if (!rd || !md || !rd->hasDefinition())
    return {};
  const CXXRecordDecl *declaring = md->getParent();
  for (int depth = 0; rd && rd != declaring && depth < 8; ++depth) {
    std::string name = modelName(rd) + "::" + plainName(fd);
    auto rows = rules_.rowsFor(name, name);
    if (!rows.empty())
      return rows;
    // Up the first base that leads to the declaring class.
    const CXXRecordDecl *next = nullptr;
    if (rd->hasDefinition())
      for (const CXXBaseSpecifier &b : rd->bases())
        if (const CXXRecordDecl *base = b.getType()->getAsCXXRecordDecl();
            base && (base == declaring || (base->hasDefinition() && base->isDerivedFrom(declaring)))) {
          next = base;
          break;
        }
    rd = next;
  }
  return {};
}

bool Transfer::varargsBuiltin(const FunctionDecl *fd, const CallExpr *ce) {
  if (!fd || !fd->getIdentifier() || ce->getNumArgs() < 1)
    return false;
  llvm::StringRef n = fd->getName();
  if (n == "__builtin_va_start" || n == "__builtin_c23_va_start" || n == "__va_start") {
    // The va_list now holds what the variadic arguments point to (the
    // strings of a printf-style wrapper), as vsnprintf reads it.
    if (variadic_ != ~0u)
      for (ObjId o : rvalue(ce->getArg(0)).targets)
        st_->add(o, st_->get(arena_.pointee(variadic_)));
    return true;
  }
  if (n == "__builtin_va_copy" && ce->getNumArgs() == 2) {
    AbsVal src = rvalue(ce->getArg(1)), dst = rvalue(ce->getArg(0));
    for (ObjId s : src.targets)
      for (ObjId d : dst.targets)
        st_->add(d, st_->get(s));
    return true;
  }
  return n == "__builtin_va_end";
}

AbsVal Transfer::call(const CallExpr *ce) {
  auto cached = calls_.find(ce);
  if (cached != calls_.end())
    return cached->second;

  const FunctionDecl *fd = ce->getDirectCallee();
  if (varargsBuiltin(fd, ce))
    return calls_[ce] = AbsVal{};
  const Expr *object = nullptr;
  bool objectIsPointer = false;
  bool qualified = false;
  std::vector<const Expr *> args(ce->arg_begin(), ce->arg_end());
  if (const auto *mc = dyn_cast<CXXMemberCallExpr>(ce)) {
    object = mc->getImplicitObjectArgument();
    fd = mc->getMethodDecl();
    if (const auto *me = dyn_cast<MemberExpr>(mc->getCallee()->IgnoreParens())) {
      objectIsPointer = me->isArrow();
      qualified = me->hasQualifier();
    }
  } else if (const auto *oc = dyn_cast<CXXOperatorCallExpr>(ce)) {
    if (const auto *md = dyn_cast_or_null<CXXMethodDecl>(fd); md && md->isInstance() && !args.empty()) {
      object = args.front();
      args.erase(args.begin());
    }
    (void)oc;
  }

  AbsVal result;
  QualType rt = ce->getCallReturnType(ctx_);
  if (!fd) {
    // A call through a function pointer (or a callable object we could not see).
    AbsVal callee = rvalue(ce->getCallee());
    if (const FunctionDecl *entry = tableEntry(ce->getCallee())) {
      callee = AbsVal{};
      callee.addTarget(arena_.function(entry, entry->getQualifiedNameAsString()));
    }
    // f = system; f(cmd): a pointer to a modelled library function is that
    // function (the usual way to hide a call from a grep). A pointer that may
    // hold several modelled functions (a table of system calls read without
    // a constant index, sqlite's aSyscall[i].pCurrent) says nothing about
    // which one a call runs, so none of their models applies.
    std::vector<std::pair<const FunctionDecl *, std::vector<const ModelRow *>>> modelled;
    for (ObjId o : callee.targets) {
      const Object &obj = arena_.object(o);
      if (obj.kind != Object::Func)
        continue;
      const auto *target = static_cast<const FunctionDecl *>(obj.key);
      if (isProgramFunction(target))
        continue;
      std::vector<const ModelRow *> rows = modelRowsFor(rules_, target);
      if (!rows.empty() && (modelled.empty() || plainName(modelled.front().first) != plainName(target)))
        modelled.push_back({target, std::move(rows)});
    }
    if (modelled.size() == 1) {
      const auto &[target, rows] = modelled.front();
      Args la = evalArgs(target, nullptr, false, args, true);
      result.join(applyModels(ce, plainName(target), rows, la, rt));
    }
    Args a = evalArgs(nullptr, nullptr, false, args, false);
    ProgramCall pc;
    functionTargets(callee, pc);
    // fn(x) or (*fn)(x) where fn is this function's parameter, unchanged:
    // the link resolves it to what the callers pass.
    const Expr *called = ce->getCallee()->IgnoreParenImpCasts();
    if (const auto *uo = dyn_cast<UnaryOperator>(called); uo && uo->getOpcode() == UO_Deref)
      called = uo->getSubExpr()->IgnoreParenImpCasts();
    facts::PassedFunctions through = passedFunctions(called == ce->getCallee() ? callee
                                                                               : rvalue(called));
    if (through.params.size() == 1 && !through.other)
      pc.calleeParam = through.params.front();
    // s->reader(...): the link resolves it to what the program stores there.
    if (const auto *me = dyn_cast<MemberExpr>(called))
      if (const auto *f = dyn_cast<FieldDecl>(me->getMemberDecl());
          f && f->getType()->isFunctionPointerType() &&
          !ctx_.getSourceManager().isInSystemHeader(f->getLocation()))
        pc.calleeField = usrOf(f);  // a library's own members are set inside it
    if (pc.callees.empty() || pc.calleeParam >= 0) {
      QualType t = ce->getCallee()->getType();
      if (const auto *pt = t->getAs<PointerType>())
        t = pt->getPointeeType();
      pc.indirectSignature = t.getCanonicalType().getAsString();
      if (pc.callees.empty())
        pc.calleeName = "function pointer";
    }
    result.join(programCall(ce, ce, nullptr, ce->getBeginLoc(), std::move(pc), a, rt));
  } else {
    std::string api = plainName(fd);
    std::vector<const ModelRow *> rows = modelRowsFor(rules_, fd);
    if (rows.empty() && object)
      rows = rowsByStaticClass(object, objectIsPointer, fd);
    traceCall(modelName(fd), rows.size());
    Args a = evalArgs(fd, object, objectIsPointer, args, !rows.empty());
    if (const auto *md = dyn_cast<CXXMethodDecl>(fd); md && md->isStatic() && !rows.empty()) {
      // Models number a member function's declared arguments from arg1, the
      // object being arg0; a static member has no object, so its slot stays
      // empty and QProcess::execute's program is arg1 like QProcess::start's.
      a.hasObject = true;
      a.exprs.insert(a.exprs.begin(), nullptr);
      a.values.insert(a.values.begin(), AbsVal{});
      a.types.insert(a.types.begin(), ctx_.VoidPtrTy);
    }
    if (!rows.empty()) {
      result = applyModels(ce, api, rows, a, rt);
    } else if (isProgramFunction(fd)) {
      ProgramCall pc;
      pc.callees.push_back(usrOf(fd));
      pc.calleeName = fd->getQualifiedNameAsString();
      if (const auto *md = dyn_cast<CXXMethodDecl>(fd); md && md->isVirtual() && !qualified)
        devirtualize(md, a.values.empty() ? AbsVal{} : a.values[0], pc);
      result = programCall(ce, ce, nullptr, ce->getBeginLoc(), std::move(pc), a, rt,
                           ofMissingHeader(fd));
      applyCharFilter(fd, a.exprs, a.values, result);
    } else if (object && isa<CXXOperatorCallExpr>(ce)) {
      // Unmodelled operators of library classes (iterators, smart pointers,
      // wrappers): *it, it->, x[i] and x() yield what the object holds.
      auto op = cast<CXXOperatorCallExpr>(ce)->getOperator();
      if (op == OO_Star || op == OO_Arrow || op == OO_Subscript) {
        AbsVal lv[3];
        levels(a.values[0], lv);
        result = lv[1];
        if (leadsToMemory(rt) && result.targets.empty())
          result.addTarget(arena_.alloc(ce, "element of '" + api + "'"));
        for (ObjId o : result.targets)
          st_->add(o, AbsVal{lv[1].labels, {}});
      }
    } else if (leadsToMemory(rt)) {
      result.addTarget(arena_.alloc(ce, "memory returned by '" + api + "'"));
    }
  }
  calls_[ce] = result;
  return result;
}

AbsVal Transfer::construct(const CXXConstructExpr *ce, ObjId object) {
  const CXXConstructorDecl *ctor = ce->getConstructor();
  std::vector<const Expr *> args(ce->arg_begin(), ce->arg_end());
  Args a;
  a.hasObject = true;
  a.exprs.push_back(nullptr);
  a.values.push_back(AbsVal{{}, {object}});
  a.types.push_back(ctx_.getPointerType(ce->getType()));
  if (!ctor)
    return {};
  std::vector<const ModelRow *> rows = rules_.rowsFor(modelName(ctor), plainName(ctor));
  traceCall(modelName(ctor), rows.size());
  bool library = !isProgramFunction(ctor) || ctor->isImplicit() || ctor->isDefaulted();
  Args rest = evalArgs(ctor, nullptr, false, args, !rows.empty() || library);
  a.exprs.insert(a.exprs.end(), rest.exprs.begin(), rest.exprs.end());
  a.values.insert(a.values.end(), rest.values.begin(), rest.values.end());
  a.types.insert(a.types.end(), rest.types.begin(), rest.types.end());
  if (!rows.empty())
    return applyModels(ce, modelName(ctor), rows, a, QualType());
  if (isProgramFunction(ctor) && !ctor->isImplicit() && !ctor->isDefaulted()) {
    ProgramCall pc;
    pc.callees.push_back(usrOf(ctor));
    pc.calleeName = ctor->getQualifiedNameAsString();
    return programCall(ce, ce, nullptr, ce->getBeginLoc(), std::move(pc), a, QualType());
  }
  // Copies, moves and unmodelled library constructors: the new object holds
  // what its arguments hold (a string built from a char*, a container from
  // its elements, a copy from its original).
  AbsVal in;
  for (size_t i = 1; i < a.values.size(); ++i) {
    AbsVal lv[3];
    levels(a.values[i], lv);
    in.join(a.types[i]->isPointerType() || a.types[i]->isArrayType() ? lv[1] : lv[0]);
    if (a.types[i]->isPointerType() && lv[1].labels.empty())
      in.join(AbsVal{lv[0].labels, {}});
  }
  if (!in.empty())
    store({object}, false, in, ce, "stored into");
  return {};
}

namespace {
const FunctionDecl *firstCandidate(const OverloadExpr *oe) {
  for (const NamedDecl *d : oe->decls()) {
    d = d->getUnderlyingDecl();
    if (const auto *fd = dyn_cast<FunctionDecl>(d))
      return fd;
    if (const auto *ft = dyn_cast<FunctionTemplateDecl>(d))
      return ft->getTemplatedDecl();
  }
  return nullptr;
}
} // namespace

AbsVal Transfer::recovered(const RecoveryExpr *re, ObjId constructed, const CXXRecordDecl *cls) {
  std::vector<const Expr *> kids(re->subExpressions().begin(), re->subExpressions().end());
  std::string name, plain;
  const Expr *object = nullptr;
  bool objectIsPointer = false;
  std::vector<const Expr *> args;
  const Expr *callee = kids.empty() ? nullptr : kids[0]->IgnoreParenImpCasts();
  if (const auto *oe = dyn_cast_or_null<OverloadExpr>(callee)) {
    plain = oe->getName().getAsString();
    const FunctionDecl *fd = firstCandidate(oe);
    name = fd ? modelName(fd) : plain;
    if (const auto *ume = dyn_cast<UnresolvedMemberExpr>(oe); ume && !ume->isImplicitAccess()) {
      object = ume->getBase();
      objectIsPointer = ume->isArrow();
    }
    args.assign(kids.begin() + 1, kids.end());
  } else if (const auto *dr = dyn_cast_or_null<DeclRefExpr>(callee);
             dr && isa<FunctionDecl>(dr->getDecl())) {
    const auto *fd = cast<FunctionDecl>(dr->getDecl());
    plain = fd->getNameAsString();
    name = modelName(fd);
    args.assign(kids.begin() + 1, kids.end());
  } else if (cls) {
    // A constructor call that did not resolve: T var(args).
    plain = cls->getNameAsString();
    name = modelName(cls) + "::" + plain;
    args = kids;
  }
  std::vector<const ModelRow *> rows;
  if (!name.empty())
    rows = rules_.rowsFor(name, plain);
  traceCall(name.empty() ? "<unresolved>" : name, rows.size());
  if (rows.empty()) {
    AbsVal v;
    for (const Expr *k : kids)
      v.join(rvalue(k));
    return v;
  }
  Args a;
  a.hasObject = (cls && constructed != ~0u) || object;
  if (cls && constructed != ~0u) {
    a.exprs.push_back(nullptr);
    a.values.push_back(AbsVal{{}, {constructed}});
    a.types.push_back(QualType());
  } else if (object) {
    a.exprs.push_back(object);
    a.values.push_back(objectIsPointer ? rvalue(object) : addressOf(object));
    a.types.push_back(object->getType());
  }
  for (const Expr *e : args) {
    a.exprs.push_back(e);
    a.values.push_back(e->getType()->isRecordType() ? addressOf(e) : rvalue(e));
    a.types.push_back(e->getType()->isRecordType() ? ctx_.getPointerType(e->getType()) : e->getType());
  }
  return applyModels(re, plain, rows, a, QualType());
}

AbsVal Transfer::newExpr(const CXXNewExpr *ne) {
  ObjId obj = arena_.alloc(ne, "memory from 'new'");
  if (const CXXConstructExpr *ce = ne->getConstructExpr())
    construct(ce, obj);
  else if (const Expr *init = ne->getInitializer())
    st_->add(obj, rvalue(init));
  if (ne->isArray())
    rvalue(ne->getArraySize().value_or(nullptr));
  return AbsVal{{}, {obj}};
}

bool Transfer::ofMissingHeader(const Decl *d) const {
  if (isa<FunctionDecl>(d) && d->isImplicit())
    return true;  // C: called without any declaration
  const SourceManager &sm = ctx_.getSourceManager();
  SourceLocation loc = sm.getFileLoc(d->getLocation());
  return loc.isValid() && sm.getFilename(loc) == kRecoveryPrelude;
}

namespace {
/// Pointer members a call's out atom is split by, at most.
constexpr size_t kMaxOutMembers = 8;

/// The pointer members of the plain C structure of the program that `t`
/// points to, members of nested structures included (one level, at most
/// kMaxOutMembers in all), each as its chain of fields. False when `t`
/// does not point to such a structure, the structure is a system header's
/// (FILE), or some of its memory cannot be told apart by member (a union,
/// a C++ class, an array of structures): a call's out atom then stays
/// whole.
bool pointerMembers(const SourceManager &sm, QualType t,
                    std::vector<std::vector<const FieldDecl *>> &out) {
  if (t.isNull() || !t->isPointerType())
    return false;
  const RecordDecl *rd = t->getPointeeType()->getAsRecordDecl();
  if (!rd || sm.isInSystemHeader(rd->getLocation()))
    return false;
  std::vector<const FieldDecl *> chain;
  auto walk = [&](auto &self, const RecordDecl *r, int depth) -> bool {
    r = r ? r->getDefinition() : nullptr;
    if (!r || r->isUnion() || depth > 1)
      return false;
    if (const auto *cxx = dyn_cast<CXXRecordDecl>(r); cxx && !cxx->isCLike())
      return false;
    for (const FieldDecl *fd : r->fields()) {
      if (fd->getName().empty())
        return false;
      QualType ft = fd->getType().getCanonicalType();
      if (const ArrayType *at = ft->getAsArrayTypeUnsafe())
        ft = at->getElementType().getCanonicalType();
      chain.push_back(fd);
      bool ok = true;
      if (ft->isPointerType())
        out.push_back(chain);
      else if (ft->isRecordType())
        ok = !fd->getType()->isArrayType() && self(self, ft->getAsRecordDecl(), depth + 1);
      chain.pop_back();
      if (!ok || out.size() > kMaxOutMembers)
        return false;
    }
    return true;
  };
  return walk(walk, rd, 0) && !out.empty();
}
} // namespace

AbsVal Transfer::programCall(const Expr *call, const void *key, const void *key2,
                             SourceLocation loc, ProgramCall pc, Args &a, QualType rt,
                             bool passThrough) {
  int idx = callIndex(key, key2);
  pc.index = idx;
  pc.expr = call;
  pc.loc = loc;
  std::vector<AbsVal> lv1(a.values.size());
  for (size_t i = 0; i < a.values.size(); ++i) {
    AbsVal lv[3];
    levels(a.values[i], lv);
    lv1[i] = lv[1];
  }
  if (observer_) {
    for (const AbsVal &v : a.values)
      pc.args.push_back(ProgramCall::Arg{v, {partsHere(v, 1), partsHere(v, 2)}});
    for (const Expr *e : a.exprs) {
      pc.argText.push_back(e ? knownTexts(e) : std::vector<std::string>());
      const std::vector<std::string> &texts = pc.argText.back();
      if (std::any_of(texts.begin(), texts.end(), [&](const std::string &t) {
            return rules_.secrets.matchesEnvName(t) || rules_.secrets.matchesPath(t);
          }))
        pc.secretNames.push_back(static_cast<int>(pc.argText.size() - 1));
    }
    for (size_t i = 0; i < a.values.size() && i < a.types.size(); ++i)
      if (!a.types[i].isNull() && a.types[i]->isFunctionPointerType()) {
        pc.passed.push_back(passedFunctions(a.values[i]));
        pc.passed.back().arg = static_cast<int>(i);
      }
    observer_->onCall(pc);
  }
  // What the callee may write through its pointer arguments: the pointed-to
  // objects get the call's out atom, and may now point to memory the callee
  // chose (a pointer it stored there), which holds the next level's atom.
  auto outLabel = [&](size_t i, int d, const std::string &path = std::string()) {
    Label l{Label::Symbolic, "callout", "", static_cast<uint64_t>(idx), static_cast<int32_t>(i), d};
    l.path = path;
    return arena_.label(l);
  };
  for (size_t i = 0; i < a.values.size(); ++i) {
    bool any = false;
    for (ObjId o : a.values[i].targets)
      any |= arena_.object(o).kind != Object::Func;
    if (!any)
      continue;
    AbsVal level1, level2;
    level1.addLabel(outLabel(i, 1), 0, 0);
    level2.addLabel(outLabel(i, 2), 0, 0);
    std::vector<std::vector<const FieldDecl *>> members;
    if (i < a.types.size() && pointerMembers(ctx_.getSourceManager(), a.types[i], members)) {
      // A plain structure: what the callee leaves behind each pointer
      // member is its own part of the out atom (".log*"), so what it
      // writes behind one member does not reach the others.
      for (ObjId o : a.values[i].targets) {
        if (arena_.object(o).kind == Object::Func)
          continue;
        st_->add(o, level1);
        unsigned slot = 0;
        for (const auto &chain : members) {
          ObjId f = o;
          std::string path;
          for (const FieldDecl *fd : chain) {
            f = arena_.field(f, fd, fd->getNameAsString());
            path += "." + fd->getNameAsString();
          }
          ObjId stored = arena_.alloc(key, "memory stored by '" + pc.calleeName + "'",
                                      static_cast<unsigned>(i + 1) * 4096 + ++slot);
          st_->add(f, AbsVal{{}, {stored}});
          AbsVal behind;
          behind.addLabel(outLabel(i, 2, path + "*"), 0, 0);
          st_->add(stored, behind);
          for (ObjId t : loadOwn(f).targets)
            if (arena_.object(t).kind != Object::Func)
              st_->add(t, behind);
        }
      }
      continue;
    }
    // A number written through the argument (`&argc`, `&len`) holds no
    // address: nothing lies behind it.
    bool number = i < a.types.size() && !a.types[i].isNull() && a.types[i]->isPointerType() &&
                  holdsNoAddress(a.types[i]->getPointeeType());
    if (number) {
      for (ObjId o : a.values[i].targets)
        if (arena_.object(o).kind != Object::Func)
          st_->add(o, level1);
      continue;
    }
    ObjId stored = arena_.alloc(key, "memory stored by '" + pc.calleeName + "'",
                                static_cast<unsigned>(i) + 1);
    level1.addTarget(stored);
    for (ObjId o : a.values[i].targets)
      if (arena_.object(o).kind != Object::Func)
        st_->add(o, level1);
    st_->add(stored, level2);
    for (ObjId o : lv1[i].targets)
      if (arena_.object(o).kind != Object::Func)
        st_->add(o, level2);
  }
  AbsVal result;
  if (rt.isNull() || rt->isVoidType())
    return result;
  auto label = [&](int d) {
    return arena_.label({Label::Symbolic, "callret", "", static_cast<uint64_t>(idx), 0, d});
  };
  result.addLabel(label(0), 0, 0);
  // A function of a missing header: what its arguments carry, at every
  // level of its result (a parser's tree, the string it returns).
  AbsVal through;
  if (passThrough)
    for (size_t i = 0; i < a.values.size(); ++i)
    {
      through.join(AbsVal{a.values[i].labels, {}});
      through.join(AbsVal{lv1[i].labels, {}});
    }
  result.join(through);
  // C's implicit declarations return int even where the program uses a
  // pointer (`cJSON *item = cJSON_GetObjectItem(...)`): the result of a
  // missing header's function may point to memory in any case.
  if (leadsToMemory(rt) || passThrough) {
    ObjId o1 = arena_.alloc(key, "result of '" + pc.calleeName + "'");
    arena_.markSingle(o1);
    ObjId o2 = arena_.pointee(o1);
    AbsVal v1, v2;
    v1.addLabel(label(1), 0, 0);
    v1.addTarget(o2);
    v2.addLabel(label(2), 0, 0);
    v1.join(through);
    v2.join(through);
    st_->add(o1, v1);
    st_->add(o2, v2);
    result.addTarget(o1);
  }
  return result;
}

ObjId Transfer::libraryState(const Expr *call, const std::string &api) {
  // One object per library function, keyed by its declaration (it lives as
  // long as the unit's arena); an allocation-like object, never a variable.
  const auto *ce = dyn_cast<CallExpr>(call);
  const FunctionDecl *fd = ce ? ce->getDirectCallee() : nullptr;
  ObjId o = arena_.alloc(fd ? fd->getCanonicalDecl() : nullptr, "state kept by '" + api + "'");
  arena_.markSingle(o);  // one string kept at a time: a new one replaces it
  return o;
}

std::vector<unsigned> Transfer::positions(const Args &a, const AccessPath &p) const {
  std::vector<unsigned> out;
  if (p.isReturn() || p.isState())
    return out;
  unsigned first = static_cast<unsigned>(p.arg);
  unsigned last = p.andLater ? static_cast<unsigned>(a.exprs.size()) : first + 1;
  for (unsigned i = first; i < last && i < a.exprs.size(); ++i)
    out.push_back(i);
  return out;
}

AbsVal Transfer::valueAt(const Args &a, const AccessPath &p, unsigned i) {
  AbsVal v = a.values[i];
  QualType t = a.types[i];
  for (unsigned d = 0; d < p.derefs; ++d) {
    QualType inner;
    if (!t.isNull() && (t->isPointerType() || t->isArrayType()))
      inner = t->isPointerType() ? t->getPointeeType() : QualType(t->getPointeeOrArrayElementType(), 0);
    v = contents(v, inner);
    t = inner;
  }
  return v;
}

std::vector<ObjId> Transfer::objectsAt(const Args &a, const AccessPath &p, unsigned i) {
  if (p.derefs == 0)
    return {};
  AccessPath outer = p;
  outer.derefs = p.derefs - 1;
  return valueAt(a, outer, i).targets;
}

void Transfer::callbackRows(const Expr *call, const std::vector<const ModelRow *> &rows, Args &a) {
  for (const ModelRow *r : rows) {
    if (r->role != ModelRole::Callback)
      continue;
    for (unsigned i : positions(a, r->callTarget)) {
      AbsVal target = valueAt(a, r->callTarget, i);
      ProgramCall pc;
      functionTargets(target, pc);
      if (pc.callees.empty()) {
        // A callable object (a lambda temporary) passed by reference.
        target = contents(target, QualType());
        functionTargets(target, pc);
      }
      if (pc.callees.empty())
        continue;
      Args cb;
      bool method = false;
      for (ObjId o : target.targets)
        if (arena_.object(o).kind == Object::Func)
          if (const auto *md = dyn_cast<CXXMethodDecl>(static_cast<const FunctionDecl *>(arena_.object(o).key));
              md && md->isInstance())
            method = true;
      if (method) {
        // The callable object stands in for the lambda's `this`.
        cb.exprs.push_back(nullptr);
        cb.values.push_back(AbsVal{{}, objectsAt(a, r->callTarget, i)});
        cb.types.push_back(QualType());
      }
      if (!r->callbackData.empty()) {
        // The library hands the callback data of its own (a download's bytes).
        ObjId buf = arena_.alloc(call, "data given to the callback", 2000);
        LabelId l = arena_.label({Label::Source, r->callbackData, pc.calleeName, site(call), 0, 0});
        TraceId t = arena_.step(0, site(call),
                                describeSourceKind(r->callbackData) + " is handed to '" +
                                    pc.calleeName + "'",
                                "source");
        AbsVal content;
        content.addLabel(l, t, arena_.trace(t).depth);
        st_->add(buf, content);
        cb.exprs.push_back(nullptr);
        cb.values.push_back(AbsVal{{}, {buf}});
        cb.types.push_back(QualType());
      }
      // The callee's parameter types decide how arguments pass (by value or
      // by reference), not the wrapper's forwarding references.
      const FunctionDecl *callee = nullptr;
      for (ObjId o : target.targets)
        if (arena_.object(o).kind == Object::Func && !callee)
          callee = static_cast<const FunctionDecl *>(arena_.object(o).key);
      unsigned param = 0;
      for (const AccessPath &p : r->callArgs)
        for (unsigned j : positions(a, p)) {
          cb.exprs.push_back(a.exprs[j]);
          bool byRef = callee && param < callee->getNumParams() &&
                       callee->getParamDecl(param)->getType()->isReferenceType();
          ++param;
          AbsVal v = a.exprs[j] && p.derefs == 0 ? argValue(a.exprs[j], byRef) : valueAt(a, p, j);
          cb.values.push_back(v);
          cb.types.push_back(a.exprs[j] ? a.exprs[j]->getType() : QualType());
        }
      programCall(call, call, r, call->getBeginLoc(), std::move(pc), cb, QualType());
    }
  }
}

void Transfer::recordCoverage(const ModelRow &row, const Expr *at, bool always) const {
  // SLUICE_MODEL_COVERAGE=file: every model row applied in the final pass,
  // with the call it applied to, appended as "rows-file:line<TAB>file:line".
  // tests/model_coverage.py checks that every row has bad and safe samples.
  if (at)
    recordCoverage(row, at->getBeginLoc(), always);
}

void Transfer::recordCoverage(const ModelRow &row, SourceLocation at, bool always) const {
  static const char *path = std::getenv("SLUICE_MODEL_COVERAGE");
  if (!path || (!observer_ && !always) || at.isInvalid())
    return;
  const SourceManager &sm = ctx_.getSourceManager();
  SourceLocation loc = sm.getFileLoc(at);
  if (loc.isInvalid())
    return;
  std::string line = row.origin.file + ":" + std::to_string(row.origin.line) + "\t" +
                     sm.getFilename(loc).str() + ":" + std::to_string(sm.getSpellingLineNumber(loc)) +
                     "\n";
  int fd = ::open(path, O_WRONLY | O_APPEND | O_CREAT, 0644);
  if (fd < 0)
    return;
  ssize_t ignored = ::write(fd, line.data(), line.size());  // one write: atomic with O_APPEND
  (void)ignored;
  ::close(fd);
}

namespace {
/// Text that continues a path below a directory: "/.config/app.conf".
bool continuesPath(const std::optional<std::string> &t) {
  return t && t->size() > 1 && (*t)[0] == '/' && t->find("..") == std::string::npos;
}
} // namespace

AbsVal Transfer::joinedPart(const ModelRow &r, const Args &a, unsigned i, const AbsVal &v) {
  // A value followed by constant path text is only a directory prefix; a
  // read-only open of the result does not let it choose the file.
  if (r.join.rfind("format@", 0) == 0 && v.tainted()) {
    unsigned f = static_cast<unsigned>(AccessPath::parse(r.join.substr(7))->arg);
    auto fmt = f < a.exprs.size() && a.exprs[f] ? constString(a.exprs[f], ctx_) : std::nullopt;
    if (fmt && i == f + 1 && fmt->rfind("%s", 0) == 0 && fmt->find('%', 2) == std::string::npos &&
        continuesPath(fmt->substr(2)))
      return clearKinds(v, "path-read");
  }
  if ((r.join == "operands" || r.join == "path-operands") && v.tainted() && i == 0 &&
      a.exprs.size() == 2 && a.exprs[1]) {
    // a + "/rest" (strings), or a / "rest" (paths: the separator is implied).
    auto rhs = foldText(a.exprs[1]);
    bool below = continuesPath(rhs) ||
                 (r.join == "path-operands" && rhs && !rhs->empty() && (*rhs)[0] != '/' &&
                  rhs->find("..") == std::string::npos && rhs->find('*') == std::string::npos);
    if (below)
      return clearKinds(v, "path-read");
  }
  return v;
}

void Transfer::markPrefixOnAppend(const ModelRow &r, const Args &a) {
  // strcat(buf, "/.config/app.conf"): what buf held so far is a directory.
  if (a.exprs.size() < 2 || !a.exprs[1] || !continuesPath(foldText(a.exprs[1])))
    return;
  // Only when the value starts with what came from outside ("$HOME..."): a
  // name in the middle ("/home/" + user + "/x") still chooses a directory.
  auto sofar = a.exprs[0] ? foldText(a.exprs[0]) : std::nullopt;
  if (!sofar || sofar->empty() || (*sofar)[0] != '$')
    return;
  for (ObjId o : a.values[0].targets)
    st_->set(o, clearKinds(st_->get(o), "path-read"));
}

AbsVal Transfer::applyModels(const Expr *ce, const std::string &api,
                             const std::vector<const ModelRow *> &rows, Args &a, QualType rt) {
  for (const ModelRow *r : rows)
    recordCoverage(*r, ce);
  AbsVal result;
  bool returnsPointer = !rt.isNull() && (rt->isPointerType() || rt->isReferenceType());
  // An iterator returned by value (a class declaring `iterator_category`,
  // as std::iterator_traits needs) points into its container like a
  // pointer: it keeps the addresses it came from.
  bool view = false;
  if (!rt.isNull())
    if (const CXXRecordDecl *rd = rt->getAsCXXRecordDecl(); rd && rd->hasDefinition()) {
      IdentifierInfo &cat = ctx_.Idents.get("iterator_category");
      view = !rd->lookup(DeclarationName(&cat)).empty();
    }
  auto resultObject = [&]() {
    if (result.targets.empty()) {
      // The most recent allocation of this call stands for one object.
      ObjId o = arena_.alloc(ce, "memory returned by '" + api + "'");
      arena_.markSingle(o);
      result.addTarget(o);
    }
    return result.targets;
  };

  // Propagators first, so that a row that also sources or sanitizes sees
  // the propagated value.
  for (const ModelRow *r : rows) {
    if (r->role != ModelRole::Propagator)
      continue;
    AbsVal in;
    for (const AccessPath &p : r->from) {
      if (p.isState())
        in.join(st_->get(libraryState(ce, api)));  // strtok(NULL, ...) goes on where it was
      for (unsigned i : positions(a, p))
        in.join(joinedPart(*r, a, i, valueAt(a, p, i)));
    }
    if (r->join == "append")
      markPrefixOnAppend(*r, a);
    for (const AccessPath &p : r->to) {
      if (p.isState()) {
        // Kept for later calls: strtok(s, ...) remembers where s points. A
        // call that passes nothing new (NULL) leaves it as it was.
        if (!in.empty())
          store({libraryState(ce, api)}, r->overwrite, in, ce,
                "kept by '" + api + "' in");
        continue;
      }
      if (p.isReturn()) {
        if (p.derefs == 0) {
          result.join(in);
          for (const AccessPath &f : r->from)
            for (unsigned i : positions(a, f)) {
              if (f.derefs != 0 || (a.hasObject && i == 0) || !a.exprs[i] ||
                  a.values[i].targets.empty())
                continue;
              // A pointer, or an object passed by reference into a result
              // of another type (dynamic_buffer(std::string&) returns a
              // buffer over the string; a + b returns a new string): the
              // result is a view.
              bool pointer = a.exprs[i]->getType()->isPointerType();
              bool byRefView = !pointer && !a.types[i].isNull() && a.types[i]->isPointerType() &&
                               !rt.isNull() && rt->isRecordType() &&
                               !ctx_.hasSameUnqualifiedType(a.types[i]->getPointeeType(),
                                                            rt.getNonReferenceType());
              view |= pointer || byRefView;
            }
        }
        else
          store(resultObject(), false, AbsVal{in.labels, {}}, ce, "copied by '" + api + "' into");
        continue;
      }
      for (unsigned i : positions(a, p)) {
        std::vector<ObjId> dest = objectsAt(a, p, i);
        // Overwriting a whole buffer (strcpy(buf, ...)) replaces its content;
        // writing at an offset (strcpy(buf + n, ...)) does not.
        const Expr *arg = a.exprs[i] ? a.exprs[i]->IgnoreParenImpCasts() : nullptr;
        bool atStart = !arg || isa<DeclRefExpr>(arg);
        // Text holds no pointers: a buffer of characters gets the labels of
        // what is formatted or copied into it, not where that pointed.
        QualType destType = a.types[i].isNull() ? QualType() : a.types[i]->getPointeeOrArrayElementType()->getCanonicalTypeInternal();
        AbsVal data = in;
        if (!destType.isNull() && (destType->isAnyCharacterType() || destType->isVoidType()))
          data.targets.clear();
        // sscanf(line, "%s %d", name, &port): a number parsed from the text
        // is a number (as from atoi), only strings carry the text.
        if (r->join == "scan" && !destType.isNull() && destType->isArithmeticType() &&
            !destType->isAnyCharacterType())
          continue;
        store(dest, r->overwrite && atStart && p.derefs == 1, data, ce,
              "copied by '" + api + "' into");
      }
    }
  }

  callbackRows(ce, rows, a);

  for (const ModelRow *r : rows) {
    switch (r->role) {
    case ModelRole::Propagator:
    case ModelRole::Callback:
      break;
    case ModelRole::Capability:
      if (observer_)
        capabilityRow(ce, api, *r, a);
      break;
    case ModelRole::Handle:
      if (!r->when.empty() && !conditionHolds(*r, a, 0))
        break;  // popen's stream is a socket only for a downloader
      for (const AccessPath &p : r->at) {
        LabelId l = arena_.label({Label::Handle, r->kind, api, site(ce), 0, 0});
        // fdopen(fd): the stream is what fd is, here (a socket) or where
        // the link resolves fd (its symbolic labels); the row's own kind
        // when fd is not known here to be any handle.
        AbsVal like;
        bool likeKnown = false;
        if (r->like && *r->like < static_cast<int>(a.values.size()))
          for (const Taint &t : a.values[static_cast<size_t>(*r->like)].labels) {
            Label::Class c = arena_.label(t.label).cls;
            if (c == Label::Handle || c == Label::Symbolic)
              like.addLabel(t.label, t.trace, t.depth);
            likeKnown |= c == Label::Handle;
          }
        if (p.isReturn())
          result.join(like);
        else
          for (unsigned i : positions(a, p))
            for (ObjId o : objectsAt(a, p, i))
              st_->add(o, like);
        if (likeKnown)
          continue;
        // A file named like a credential store: what is read from it is secret.
        // One of several paths (a loop over a table of them) counts when any is.
        // A path the function is given (fopen(path) in a helper): a
        // credential store where a caller names one (facts::kSecretIfNamed
        // on what is read from it).
        if (r->names && *r->names < static_cast<int>(a.exprs.size()) && a.exprs[*r->names]) {
          LabelId cred = 0;
          if (auto path = secretPath(a.exprs[*r->names]))
            cred = arena_.label({Label::Handle, "credential", *path, site(ce), 0, 0});
          else if (int k = parameterIndex(a.exprs[*r->names]); k >= 0)
            cred = arena_.label({Label::Handle, kCredentialIfNamed, api, site(ce), k, 0});
          if (cred) {
            if (p.isReturn())
              result.addLabel(cred, 0, 0);
            else
              for (unsigned i : positions(a, p))
                for (ObjId o : objectsAt(a, p, i))
                  st_->add(o, AbsVal{{Taint{cred, 0, 0}}, {}});
          }
        }
        if (p.isReturn())
          result.addLabel(l, 0, 0);
        else
          for (unsigned i : positions(a, p))
            for (ObjId o : objectsAt(a, p, i))
              st_->add(o, AbsVal{{Taint{l, 0, 0}}, {}});
      }
      break;
    case ModelRole::Source: {
      if (!r->when.empty() && !conditionHolds(*r, a, 0))
        break;  // e.g. curl_easy_setopt only for CURLOPT_WRITEDATA
      std::string kind = refineSourceKind(*r, a);
      if (kind.empty())
        break;
      LabelId l = arena_.label({Label::Source, kind, api, site(ce), 0, 0});
      TraceId t = arena_.step(0, site(ce), describeSourceKind(kind) + " enters from '" + api + "'",
                              "source");
      AbsVal v;
      v.addLabel(l, t, arena_.trace(t).depth);
      if (kind == "file")
        descriptorFromOutside(ce, *r, api, a, l, t);
      // Secret as well: a variable named like a credential, or a read from
      // a file named like a credential store.
      std::string secretWhat;
      int namedBy = -1;  // the parameter that names what is read, if the caller may name a secret
      if (r->names && *r->names < static_cast<int>(a.exprs.size()) && a.exprs[*r->names]) {
        if (auto name = constString(a.exprs[*r->names], ctx_); name && rules_.secrets.matchesEnvName(*name))
          secretWhat = "'" + *name + "'";
        else if (!r->stream)
          namedBy = parameterIndex(a.exprs[*r->names]);  // getenv(name) in a helper
      }
      if (r->stream && *r->stream < static_cast<int>(a.values.size())) {
        AbsVal sv = a.values[*r->stream];
        for (ObjId o : a.values[*r->stream].targets)
          sv.join(st_->get(o));
        for (const Taint &h : sv.labels) {
          const Label &hl = arena_.label(h.label);
          if (hl.cls == Label::Handle && hl.kind == "credential")
            secretWhat = "'" + hl.api + "'";
          else if (hl.cls == Label::Handle && hl.kind == kCredentialIfNamed)
            namedBy = hl.index;  // a stream on the path the function was given
        }
      }
      if (!secretWhat.empty()) {
        LabelId sl = arena_.label({Label::Source, "secret", api, site(ce), 0, 0});
        TraceId st = arena_.step(0, site(ce), "secret " + secretWhat + " enters from '" + api + "'",
                                 "source");
        v.addLabel(sl, st, arena_.trace(st).depth);
      } else if (namedBy >= 0) {
        // A secret where a caller names one (an environment variable or a
        // credential store's path).
        LabelId sl = arena_.label(
            {Label::Source, facts::kSecretIfNamed + std::to_string(namedBy), api, site(ce), 0, 0});
        TraceId st = arena_.step(0, site(ce),
                                 "secret named by the caller enters from '" + api + "'", "source");
        v.addLabel(sl, st, arena_.trace(st).depth);
      }
      for (const AccessPath &p : r->at) {
        if (p.isReturn()) {
          if (p.derefs == 0)
            result.join(v);
          else
            for (ObjId o : resultObject())
              st_->add(o, v);
          continue;
        }
        for (unsigned i : positions(a, p)) {
          // fscanf(f, "%d %lf %s", &n, &x, name): a conversion into a
          // number stores a number, which carries no text (as atoi's).
          if (p.andLater && p.derefs == 1 && i < a.types.size() && !a.types[i].isNull() &&
              a.types[i]->isPointerType()) {
            QualType pointee = a.types[i]->getPointeeType();
            if (pointee->isArithmeticType() && !pointee->isAnyCharacterType())
              continue;
          }
          for (ObjId o : objectsAt(a, p, i))
            st_->add(o, v);
        }
      }
      break;
    }
    case ModelRole::Sanitizer:
      for (const AccessPath &p : r->at)
        if (p.isReturn() && p.derefs == 0)
          result = sanitized(*r, result);
      break;
    case ModelRole::Sink:
      if (!observer_)
        break;
      for (const AccessPath &p : r->at)
        for (unsigned i : positions(a, p)) {
          std::string required;
          AbsVal handle;
          if (!conditionHolds(*r, a, i)) {
            // write(fd, ...) in a helper that got fd from its caller: the
            // link step decides once it knows where fd came from.
            required = pendingHandle(r->when, a, handle);
            if (!r->handleFromCallers) {
              // Only a handle from a helper this function calls is waited
              // for: not the callers' (parameters) nor a global's (stdout
              // is one, for every fprintf to it).
              AbsVal own;
              for (const Taint &t : handle.labels)
                if (const std::string &k = arena_.label(t.label).kind;
                    k == "callret" || k == "callout")
                  own.addLabel(t.label, t.trace, t.depth);
              handle = std::move(own);
            }
            if (required.empty() || handle.labels.empty())
              continue;
          }
          AbsVal v = valueAt(a, p, i);
          if (p.derefs > 0)
            v.join(a.values[i]);  // a tainted pointer is as bad as tainted data
          AbsVal data;
          for (const Taint &t : v.labels) {
            const Label &l = arena_.label(t.label);
            if (l.cls != Label::Handle) {
              data.addLabel(t.label, t.trace, t.depth);
            } else if (r->contentOfHandle && (l.kind == "file" || l.kind == "credential")) {
              // sendfile(sock, fd, ...): what moves is the file behind fd.
              std::string kind = l.kind == "file" ? "file" : "secret";
              LabelId src = arena_.label({Label::Source, kind, l.api, l.site, 0, 0});
              TraceId tr = arena_.step(0, l.site, describeSourceKind(kind) + " of the file opened by '" +
                                                      l.api + "'", "source");
              data.addLabel(src, tr, arena_.trace(tr).depth);
            }
          }
          if (data.tainted())
            observer_->onSink(SinkHit{ce, a.exprs[i] ? a.exprs[i] : ce, r, api, std::move(data),
                                      required, std::move(handle)});
        }
      break;
    }
  }

  // A pointer returned by a function we know nothing more about points to
  // memory of its own; a number points nowhere.
  if (returnsPointer && result.targets.empty())
    resultObject();
  // A number points nowhere, and a class object returned by value is a new
  // object: it holds the data, not the addresses of what it came from.
  if (!rt.isNull() && (rt->isArithmeticType() || rt->isEnumeralType() ||
                       (rt->isRecordType() && !view)))
    result.targets.clear();
  return result;
}

} // namespace sluice
