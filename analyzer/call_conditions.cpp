// Model-row conditions and capabilities of calls: when a row applies to a
// call (the `when:` conditions, the handle a stream argument carries, the
// source kind a stream refines to) and what a capability row records.
// Part of Transfer (transfer.h); split from calls.cpp to keep files short.
#include "analyzer/const_eval.h"
#include "analyzer/transfer.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

#include <cstdlib>

namespace sluice {

namespace {
/// Tables longer than this are not walked element by element.
constexpr size_t kMaxTableElements = 256;
} // namespace

using namespace clang;

namespace {

bool isShellCommandFlag(const std::string &s) {
  return s == "-c" || s == "/c" || s == "/C" || s == "-Command" || s == "-lc" || s == "-ic";
}

bool containsShellFlag(const Stmt *s, int depth = 0) {
  if (!s || depth > 16)
    return false;
  if (const auto *sl = dyn_cast<StringLiteral>(s))
    return sl->getCharByteWidth() == 1 && isShellCommandFlag(sl->getString().str());
  for (const Stmt *c : s->children())
    if (containsShellFlag(c, depth + 1))
      return true;
  return false;
}

/// The function `e` names (f, &f, a cast of either, a captureless lambda),
/// when every return in its body gives a nonzero constant: a callback that
/// says yes whatever it is asked (a certificate check returning 1).
bool alwaysTrueFunction(const Expr *e, ASTContext &ctx) {
  if (!e)
    return false;
  e = e->IgnoreParenCasts();
  if (const auto *uo = dyn_cast<UnaryOperator>(e);
      uo && (uo->getOpcode() == UO_AddrOf || uo->getOpcode() == UO_Plus))
    e = uo->getSubExpr()->IgnoreParenCasts();
  // A captureless lambda passed as a function pointer: a call of its
  // conversion operator.
  if (const auto *mc = dyn_cast<CXXMemberCallExpr>(e); mc && isa<CXXConversionDecl>(mc->getMethodDecl()))
    e = mc->getImplicitObjectArgument()->IgnoreParenImpCasts();
  if (const auto *mt = dyn_cast<MaterializeTemporaryExpr>(e))
    e = mt->getSubExpr()->IgnoreParenImpCasts();
  const FunctionDecl *fd = nullptr;
  if (const auto *dr = dyn_cast<DeclRefExpr>(e))
    fd = dyn_cast<FunctionDecl>(dr->getDecl());
  else if (const auto *le = dyn_cast<LambdaExpr>(e))
    fd = le->getCallOperator();
  const FunctionDecl *def = nullptr;
  if (!fd || !fd->hasBody(def) || !def)
    return false;
  std::vector<const ReturnStmt *> returns = returnStatements(def->getBody());
  return !returns.empty() && std::all_of(returns.begin(), returns.end(), [&](const ReturnStmt *r) {
    auto v = r->getRetValue() ? constInt(r->getRetValue(), ctx) : std::nullopt;
    return v && *v != 0;
  });
}

} // namespace

std::string Transfer::pendingHandle(const std::string &when, const Args &a, AbsVal &handle) const {
  if (when.rfind("handle:", 0) != 0)
    return {};
  auto at = when.find('@');
  auto hp = AccessPath::parse(when.substr(at + 1));
  if (!hp || hp->arg >= static_cast<int>(a.values.size()))
    return {};
  for (const Taint &t : a.values[hp->arg].labels)
    if (arena_.label(t.label).cls == Label::Symbolic)
      handle.addLabel(t.label, t.trace, t.depth);
  return handle.labels.empty() ? std::string() : when.substr(7, at - 7);
}

bool Transfer::hasHandle(const AbsVal &v, const std::string &kind) const {
  for (const Taint &t : v.labels) {
    const Label &l = arena_.label(t.label);
    if (l.cls == Label::Handle && l.kind == kind)
      return true;
  }
  return false;
}

namespace {
bool isStandardInput(const NamedDecl *d) {
  std::string n = modelName(d);
  return n == "stdin" || n == "std::cin" || n == "std::wcin";
}
} // namespace

std::string Transfer::refineSourceKind(const ModelRow &row, const Args &a) const {
  if (!row.stream || *row.stream >= static_cast<int>(a.exprs.size()))
    return row.kind;
  // The stream is a descriptor or FILE* value, or (C++) the address of a
  // stream object whose content carries the handle.
  AbsVal v = a.values[*row.stream];
  for (ObjId o : a.values[*row.stream].targets) {
    const Object &obj = arena_.object(o);
    if (obj.kind == Object::Var && isStandardInput(static_cast<const VarDecl *>(obj.key)))
      return "user-input";
    v.join(st_->get(o));
  }
  if (hasHandle(v, "socket"))
    return "network";
  if (hasHandle(v, "stdin"))
    return "user-input";
  if (hasHandle(v, "pipe") && !hasHandle(v, "file"))
    return "";  // another process's output, not a file's content
  if (const Expr *e = a.exprs[*row.stream]) {
    auto fdNumber = constInt(e, ctx_);
    if (fdNumber && *fdNumber == 0)
      return "user-input";  // descriptor 0 is standard input
  }
  if (row.streamRequired && !hasHandle(v, "file")) {
    // A file stream by its type (an std::ifstream& parameter) is one even
    // when the stream was opened elsewhere.
    auto fileStream = [](const Expr *e) {
      QualType t = e ? e->IgnoreParenImpCasts()->getType().getNonReferenceType() : QualType();
      if (!t.isNull() && t->isPointerType())
        t = t->getPointeeType();
      const CXXRecordDecl *rd = t.isNull() ? nullptr : t->getAsCXXRecordDecl();
      std::string cls = rd ? modelName(rd) : "";
      return cls == "std::basic_ifstream" || cls == "std::basic_fstream";
    };
    const Expr *e = a.exprs[*row.stream];
    if (fileStream(e))
      return row.kind;
    // An std::istream& parameter of a function of the unit whose calls
    // are all known: what they pass (an ifstream, std::cin).
    const auto *dr = e ? dyn_cast<DeclRefExpr>(e->IgnoreParenImpCasts()) : nullptr;
    const auto *pv = dr ? dyn_cast<ParmVarDecl>(dr->getDecl()) : nullptr;
    if (pv && folder_ && pv->getDeclContext() == fn_)
      if (const auto *calls = folder_->knownCalls(fn_)) {
        unsigned i = pv->getFunctionScopeIndex();
        bool file = false, input = false;
        for (const CallExpr *ce : *calls) {
          if (i >= ce->getNumArgs())
            continue;
          const Expr *arg = ce->getArg(i)->IgnoreParenImpCasts();
          file = file || fileStream(arg);
          if (const auto *ar = dyn_cast<DeclRefExpr>(arg))
            input = input || isStandardInput(ar->getDecl());
        }
        if (file)
          return row.kind;
        if (input)
          return "user-input";
      }
    return "";  // a stream in memory: what it yields is what was put in
  }
  return row.kind;
}

void Transfer::descriptorFromOutside(const Expr *call, const ModelRow &row, const std::string &api,
                                     const Args &a, LabelId l, TraceId t) const {
  if (!observer_ || !row.stream || *row.stream >= static_cast<int>(a.values.size()))
    return;
  // read(fd, ...) on a descriptor the function did not open: a parameter,
  // a helper's result, a global. What it reads is network data if that
  // turns out to be a socket; the link step decides (facts.h). No source
  // of its own: one more atom per read would follow all the data read.
  AbsVal handle;
  for (const Taint &x : a.values[*row.stream].labels) {
    Label::Class cls = arena_.label(x.label).cls;
    if (cls == Label::Handle)
      return;  // known here: refineSourceKind has read it
    if (cls == Label::Symbolic)
      handle.addLabel(x.label, x.trace, x.depth);
  }
  if (handle.labels.empty())
    return;
  static const ModelRow confirm = [] {
    ModelRow r;
    r.role = ModelRole::Sink;
    r.kind = facts::kSourceKindSink;
    return r;
  }();
  AbsVal data;
  data.addLabel(l, t, arena_.trace(t).depth);
  const Expr *stream = a.exprs[static_cast<size_t>(*row.stream)];
  observer_->onSink(SinkHit{call, stream ? stream : call, &confirm, api, std::move(data), "socket",
                            std::move(handle)});
}

bool Transfer::conditionHolds(const ModelRow &row, const Args &a, unsigned argIndex) const {
  // Several conditions (a list in the rule file) must all hold.
  for (const std::string &when : splitList(row.when, '\n'))
    if (!oneConditionHolds(row, when, a, argIndex))
      return false;
  return true;
}

bool Transfer::oneConditionHolds(const ModelRow &row, const std::string &when, const Args &a,
                                 unsigned argIndex) const {
  if (!when.empty() && when[0] == '!')
    return !oneConditionHolds(row, when.substr(1), a, argIndex);
  if (when == "equals-constant") {
    // Validators: the other string argument is constant text, the checked
    // one is not.
    if (a.exprs.size() < 2 || argIndex > 1 || !a.exprs[0] || !a.exprs[1])
      return false;
    return isConstantText(a.exprs[1 - argIndex]) && !isConstantText(a.exprs[argIndex]);
  }
  if (when.rfind("rejects:", 0) == 0) {
    // Validators: the constant searched for (argument 1, a string or a
    // character) holds every one of the characters.
    if (a.exprs.size() < 2 || !a.exprs[1])
      return false;
    std::string needle;
    if (auto s = constString(a.exprs[1], ctx_))
      needle = *s;
    else if (auto c = constInt(a.exprs[1], ctx_); c && *c > 0 && *c < 128)
      needle = std::string(1, static_cast<char>(*c));
    else
      return false;
    for (char c : when.substr(8))
      if (needle.find(c) == std::string::npos)
        return false;
    return true;
  }
  if (when.rfind("append-mode@", 0) == 0) {
    // fopen(path, "a"), open(path, O_WRONLY | O_APPEND): adds to the file.
    auto p = AccessPath::parse(when.substr(12));
    if (!p || p->arg >= static_cast<int>(a.exprs.size()) || !a.exprs[p->arg])
      return false;
    if (auto mode = constString(a.exprs[p->arg], ctx_))
      return mode->find('a') != std::string::npos;
    if (auto flags = constInt(a.exprs[p->arg], ctx_))
      return (*flags & 02000) != 0;  // O_APPEND
    return false;
  }
  if (when.rfind("bits:", 0) == 0) {
    // bits:2@arg3 - a constant argument with any of these bits set
    // (RegOpenKeyEx asking for KEY_SET_VALUE).
    auto at = when.rfind('@');
    auto p = AccessPath::parse(when.substr(at + 1));
    auto mask = std::strtoll(when.substr(5, at - 5).c_str(), nullptr, 0);
    if (!p || p->arg >= static_cast<int>(a.exprs.size()) || !a.exprs[p->arg])
      return false;
    auto v = foldInt(a.exprs[p->arg]);
    return v && (*v & mask) != 0;
  }
  if (when.rfind("always-true@", 0) == 0) {
    auto p = AccessPath::parse(when.substr(12));
    return p && p->arg < static_cast<int>(a.exprs.size()) &&
           alwaysTrueFunction(a.exprs[p->arg], ctx_);
  }
  if (when.rfind("stdio-fd@", 0) == 0) {
    // dup2(sock, fd): fd is 0, 1 or 2, or a variable (for (fd = 0; fd < 3; ...)).
    auto p = AccessPath::parse(when.substr(9));
    if (!p || p->arg >= static_cast<int>(a.exprs.size()) || !a.exprs[p->arg])
      return false;
    auto v = foldInt(a.exprs[p->arg]);
    return !v || (*v >= 0 && *v <= 2);
  }
  if (when.rfind("exec-mode@", 0) == 0 || when.rfind("exec-prot@", 0) == 0 ||
      when.rfind("zero@", 0) == 0 || when.rfind("nonzero@", 0) == 0) {
    // A constant integer argument: chmod's mode with an execute bit, mmap's
    // protection with PROT_EXEC, a flag turned off (0) or on.
    auto p = AccessPath::parse(when.substr(when.find('@') + 1));
    if (!p || p->arg >= static_cast<int>(a.exprs.size()) || !a.exprs[p->arg])
      return false;
    auto v = foldInt(a.exprs[p->arg]);
    if (!v)
      return false;
    switch (when[0]) {
    case 'z':
      return *v == 0;
    case 'n':
      return *v != 0;
    default:
      return when[5] == 'm' ? (*v & 0111) != 0 : (*v & 4) != 0;  // S_IXUSR|S_IXGRP|S_IXOTH, PROT_EXEC
    }
  }
  if (when.rfind("shell-command", 0) == 0) {
    // The program is argument 0, or the one named after '@'.
    unsigned prog = 0;
    if (auto at = when.find('@'); at != std::string::npos)
      if (auto p = AccessPath::parse(when.substr(at + 1)))
        prog = static_cast<unsigned>(p->arg);
    if (a.exprs.size() <= prog || !a.exprs[prog])
      return false;
    // A literal, also wrapped in a string object (QString("/bin/sh")).
    const Expr *pe = a.exprs[prog]->IgnoreParenImpCasts();
    for (int depth = 0; depth < 4; ++depth) {
      if (const auto *mt = dyn_cast<MaterializeTemporaryExpr>(pe))
        pe = mt->getSubExpr()->IgnoreParenImpCasts();
      else if (const auto *bt = dyn_cast<CXXBindTemporaryExpr>(pe))
        pe = bt->getSubExpr()->IgnoreParenImpCasts();
      else if (const auto *fc = dyn_cast<CXXFunctionalCastExpr>(pe))
        pe = fc->getSubExpr()->IgnoreParenImpCasts();
      else if (const auto *cc = dyn_cast<CXXConstructExpr>(pe); cc && cc->getNumArgs() >= 1)
        pe = cc->getArg(0)->IgnoreParenImpCasts();
      else
        break;
    }
    auto program = constString(pe, ctx_);
    if (!program || !isShellProgram(*program))
      return false;
    // For argument lists (execl): only positions after the command flag.
    // For argument vectors (execv: **arg1) the flag is inside the array.
    if (row.at.size() == 1 && row.at[0].derefs >= 2)
      return true;
    // An argument list object (QStringList() << "-c" << cmd): the flag is
    // one of the literals it is built from.
    if (argIndex < a.exprs.size() && a.exprs[argIndex] &&
        a.exprs[argIndex]->IgnoreParenImpCasts()->getType()->isRecordType() &&
        containsShellFlag(a.exprs[argIndex]))
      return true;
    for (unsigned i = prog + 1; i < argIndex && i < a.exprs.size(); ++i) {
      auto s = a.exprs[i] ? constString(a.exprs[i], ctx_) : std::nullopt;
      if (s && isShellCommandFlag(*s))
        return true;
    }
    return false;
  }
  if (when.rfind("handle:", 0) == 0) {
    auto at = when.find('@');
    std::string kind = when.substr(7, at - 7);
    auto p = AccessPath::parse(when.substr(at + 1));
    if (!p || p->arg >= static_cast<int>(a.values.size()))
      return false;
    if (hasHandle(a.values[p->arg], kind))
      return true;
    // A stream object (std::ofstream) passed by address carries its handle
    // in its content.
    if (st_)
      for (ObjId o : a.values[p->arg].targets)
        if (hasHandle(st_->get(o), kind))
          return true;
    return false;
  }
  if (when.rfind("standard-output@", 0) == 0) {
    // The stream is std::cout/std::cerr/std::clog (or stdout/stderr), also
    // through a chain: (std::cout << a) << b passes the stream along.
    auto p = AccessPath::parse(when.substr(16));
    if (!p || p->arg >= static_cast<int>(a.values.size()))
      return false;
    static const char *names[] = {"std::cout", "std::cerr", "std::clog", "std::wcout",
                                  "std::wcerr", "std::wclog", "stdout", "stderr"};
    auto isStd = [&](const NamedDecl *d) {
      std::string n = modelName(d);
      for (const char *x : names)
        if (n == x)
          return true;
      return false;
    };
    for (ObjId o : a.values[p->arg].targets)
      if (arena_.object(o).kind == Object::Var && isStd(static_cast<const VarDecl *>(arena_.object(o).key)))
        return true;
    return false;
  }
  if (when.rfind("read-mode@", 0) == 0 || when.rfind("write-mode@", 0) == 0) {
    // fopen's mode string or open's flags: read-only when known to be so;
    // anything unknown counts as writing.
    bool wantRead = when[0] == 'r';
    auto p = AccessPath::parse(when.substr(when.find('@') + 1));
    bool readOnly = false;
    if (p && p->arg < static_cast<int>(a.exprs.size()) && a.exprs[p->arg]) {
      if (auto mode = constString(a.exprs[p->arg], ctx_))
        readOnly = !mode->empty() && (*mode)[0] == 'r' && mode->find('+') == std::string::npos;
      else if (auto flags = constInt(a.exprs[p->arg], ctx_))
        readOnly = (*flags & 3) == 0 && (*flags & (0100 | 01000)) == 0;  // no O_CREAT, O_TRUNC
    } else if (p && p->arg >= static_cast<int>(a.exprs.size())) {
      readOnly = true;  // open(path) / ifstream(path) without a mode
    }
    return wantRead == readOnly;
  }
  if (when.rfind("constant:", 0) == 0) {
    // constant:CURLOPT_POSTFIELDS|59@arg1 - the argument is that enumerator
    // (or named constant), or that integer value.
    auto at = when.rfind('@');
    auto p = AccessPath::parse(when.substr(at + 1));
    if (!p || p->arg >= static_cast<int>(a.exprs.size()) || !a.exprs[p->arg])
      return false;
    std::vector<std::string> wants = splitList(when.substr(9, at - 9), '|');
    auto named = [&](const Expr *x) {
      x = x->IgnoreParenImpCasts();
      std::string name;
      if (const auto *dr = dyn_cast<DeclRefExpr>(x))
        name = dr->getDecl()->getNameAsString();
      auto value = foldInt(x);
      for (const std::string &want : wants)
        if (want == name || (value && std::to_string(*value) == want))
          return true;
      return false;
    };
    const Expr *e = a.exprs[p->arg]->IgnoreParenImpCasts();
    if (named(e))
      return true;
    // dump(cfg, stderr) into `FILE *out`, unchanged: one of the constants
    // where a call of this function of the unit (all its calls known)
    // passes one.
    const auto *dr = dyn_cast<DeclRefExpr>(e);
    const auto *pv = dr ? dyn_cast<ParmVarDecl>(dr->getDecl()) : nullptr;
    if (!pv || !folder_ || pv->getDeclContext() != fn_ || folder_->mutatedVar(pv))
      return false;
    if (const auto *calls = folder_->knownCalls(fn_))
      for (const CallExpr *ce : *calls)
        if (pv->getFunctionScopeIndex() < ce->getNumArgs() &&
            named(ce->getArg(pv->getFunctionScopeIndex())))
          return true;
    return false;
  }
  // name:PATH|LD_*@arg0 - the argument is a constant matching a pattern;
  // text:curl *|wget *@arg0 - its text, folded where it is built from
  // constants (unknown parts are '*'), matches one.
  // env-name:PATH|LD_*@arg0 - the argument is an environment entry
  // "NAME=value" (putenv) whose name matches a pattern, or whose name is
  // not known: its folded text has an unknown part before the first '='.
  bool byName = when.rfind("name:", 0) == 0, byText = when.rfind("text:", 0) == 0;
  bool byEnvName = when.rfind("env-name:", 0) == 0;
  if (byName || byText || byEnvName) {
    auto at = when.rfind('@');
    auto p = AccessPath::parse(when.substr(at + 1));
    if (!p || p->arg >= static_cast<int>(a.exprs.size()) || !a.exprs[p->arg])
      return false;
    size_t colon = when.find(':') + 1;
    std::vector<std::string> globs = splitList(when.substr(colon, at - colon), '|');
    if (byEnvName) {
      std::vector<std::string> texts = foldTexts(a.exprs[p->arg]);
      if (texts.empty())
        return true;  // nothing known of it: any variable
      for (const std::string &text : texts) {
        size_t eq = text.find('=');
        std::string name = text.substr(0, eq);
        if (eq == std::string::npos || name.find('*') != std::string::npos)
          return true;
        for (const std::string &glob : globs)
          if (globMatch(glob, name, false))
            return true;
      }
      return false;
    }
    // A text that is one of several (`a ? "curl ..." : "wget ..."`) holds
    // when any of them does.
    std::vector<std::string> texts;
    if (byText)
      texts = foldTexts(a.exprs[p->arg]);
    else if (auto t = constString(a.exprs[p->arg], ctx_))
      texts.push_back(*t);
    for (const std::string &glob : globs)
      for (const std::string &text : texts)
        if (globMatch(glob, text, false))
          return true;
    return false;
  }
  return false;
}

std::vector<std::string> Transfer::capabilityValues(const Args &a, const AccessPath &p,
                                                    unsigned i) {
  if (p.isReturn() || i >= a.exprs.size() || !a.exprs[i])
    return {};
  const Expr *e = a.exprs[i];
  if (p.derefs == 0)
    if (auto v = foldInt(e))
      return {std::to_string(*v)};
  // execl(cmd, ...) where cmd was decoded by a loop or stored character by
  // character: the text it holds then, not the encoded initial text.
  for (const Expr *x = e->IgnoreParenImpCasts(); x;) {
    if (const auto *dr = dyn_cast<DeclRefExpr>(x)) {
      if (const auto *vd = dyn_cast<VarDecl>(dr->getDecl()))
        if (auto it = decoded_.find(vd); it != decoded_.end())
          return {it->second};
      break;
    }
    // s.c_str(), s.data()
    const auto *mc = dyn_cast<CXXMemberCallExpr>(x);
    x = mc ? mc->getImplicitObjectArgument()->IgnoreParenImpCasts() : nullptr;
  }
  return knownTexts(e);
}

int Transfer::parameterIndex(const Expr *e) const {
  // path, path.c_str(), (const char *)path: the function's own parameter.
  for (int depth = 0; e && depth < 4; ++depth) {
    e = e->IgnoreParenCasts();
    if (const auto *dr = dyn_cast<DeclRefExpr>(e)) {
      const auto *pv = dyn_cast<ParmVarDecl>(dr->getDecl());
      if (!pv || pv->getDeclContext() != fn_)
        return -1;
      const auto *md = dyn_cast<CXXMethodDecl>(fn_);
      return static_cast<int>(pv->getFunctionScopeIndex()) + (md && md->isInstance() ? 1 : 0);
    }
    const auto *mc = dyn_cast<CXXMemberCallExpr>(e);
    e = mc ? mc->getImplicitObjectArgument() : nullptr;
  }
  return -1;
}

void Transfer::capabilityRow(const Expr *call, const std::string &api, const ModelRow &row,
                             const Args &a) {
  std::string required;
  AbsVal handle;
  if (!conditionHolds(row, a, 0)) {
    if (capabilityPerElement(call, api, row, a))
      return;
    // dup2(fd, 0) where fd came from a caller or a helper: every other
    // condition holds and the descriptor is symbolic, so the link step
    // decides whether it is a socket.
    for (const std::string &when : splitList(row.when, '\n')) {
      if (oneConditionHolds(row, when, a, 0))
        continue;
      if (!required.empty())
        return;
      required = pendingHandle(when, a, handle);
      if (required.empty())
        return;
    }
  }
  emitCapability(call, api, row, a, required, handle);
}

bool Transfer::capabilityPerElement(const Expr *call, const std::string &api,
                                    const ModelRow &row, const Args &a) {
  if (row.when.empty())
    return false;
  // The arguments that read one element of the same constant table; two
  // tables (or one read with two indices) are not matched up.
  const VarDecl *table = nullptr;
  std::vector<std::pair<size_t, const FieldDecl *>> reads;
  for (size_t i = 0; i < a.exprs.size(); ++i) {
    if (!a.exprs[i])
      continue;
    auto r = tableRead(a.exprs[i]);
    if (!r)
      continue;
    if (table && r->table != table)
      return false;
    table = r->table;
    reads.emplace_back(i, r->field);
  }
  if (!table)
    return false;
  std::vector<const Expr *> elements = tableElements(table->getInit());
  if (elements.size() > kMaxTableElements)
    return false;
  bool any = false;
  for (const Expr *el : elements) {
    Args one{a.exprs, {}, a.types, a.hasObject};
    one.values = a.values;
    bool complete = true;
    for (const auto &[i, field] : reads) {
      const Expr *x = field ? elementMember(el, field) : el;
      complete = complete && x;
      one.exprs[i] = x;
    }
    if (!complete || !conditionHolds(row, one, 0))
      continue;
    emitCapability(call, api, row, one, std::string(), AbsVal());
    any = true;
  }
  return any;
}

void Transfer::emitCapability(const Expr *call, const std::string &api, const ModelRow &row,
                              const Args &a, const std::string &required, const AbsVal &handle) {
  recordCoverage(row, call);
  // The value: what the argument folds to, one capability per text when it
  // is one of several (a loop over a table of paths reads each of them).
  std::vector<std::string> values;
  int valueParam = -1;
  for (const AccessPath &p : row.at) {
    for (unsigned i : positions(a, p)) {
      if (values.empty())
        values = capabilityValues(a, p, i);
      if (values.empty() && valueParam < 0 && i < a.exprs.size() && a.exprs[i])
        valueParam = parameterIndex(a.exprs[i]);
    }
  }
  if (values.empty())
    values.emplace_back();
  for (const std::string &value : values) {
    std::string kind = row.kind;
    if (kind == "exec" && isShellProgram(value))
      kind = "exec-shell";  // execl("/bin/sh", ...) runs a shell like system()
    observer_->onCapability(call, kind, api, value, value.empty() ? valueParam : -1, required,
                            handle);
    if (kind != "load-symbol" || value.empty())
      continue;
    // dlsym(handle, "system"): the function looked up is as good as called.
    // What its own unconditional capability rows say counts too.
    for (const ModelRow *r : rules_.rowsFor(value, value))
      if (r->role == ModelRole::Capability && r->when.empty() && r->kind != "load-symbol")
        observer_->onCapability(call, r->kind, api + "(\"" + value + "\")", std::string(), -1,
                                {}, {});
  }
}

} // namespace sluice
