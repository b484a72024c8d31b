// Obfuscation: decoding loops and strings built one character at a time,
// folded where their text is constant, and the constant ports a function
// names. Syntactic views of one function, like the guards (cap_guards.h).
#include "analyzer/cap_guards.h"

#include "analyzer/const_eval.h"

#include "clang/AST/RecursiveASTVisitor.h"

namespace sluice {

using namespace clang;

namespace {

/// The constant elements of an array variable's initializer (string literal
/// or list of integer constants).
std::optional<std::vector<int64_t>> arrayElements(const VarDecl *vd, ASTContext &ctx) {
  if (!vd || !vd->getType()->isArrayType())
    return std::nullopt;
  const VarDecl *def = vd->getDefinition() ? vd->getDefinition() : vd;
  const Expr *init = def->getInit();
  if (!init)
    return std::nullopt;
  std::vector<int64_t> out;
  if (const auto *il = dyn_cast<InitListExpr>(init->IgnoreParenImpCasts())) {
    if (il->getNumInits() == 1)
      if (const auto *sl = dyn_cast<StringLiteral>(il->getInit(0)->IgnoreParenImpCasts()))
        init = sl;
    if (!isa<StringLiteral>(init)) {
      for (const Expr *e : il->inits()) {
        auto v = constInt(e, ctx);
        if (!v)
          return std::nullopt;
        out.push_back(*v);
      }
      return out;
    }
  }
  if (const auto *sl = dyn_cast<StringLiteral>(init->IgnoreParenImpCasts())) {
    for (unsigned i = 0; i < sl->getLength(); ++i)
      out.push_back(sl->getCodeUnit(i));
    return out;
  }
  return std::nullopt;
}

std::string printable(const std::vector<int64_t> &bytes) {
  std::string s;
  for (int64_t b : bytes) {
    unsigned char c = static_cast<unsigned char>(b & 0xff);
    if (c == 0)
      break;
    if (c < 0x20 || c > 0x7e)
      return {};  // not text: do not pretend to have decoded it
    s.push_back(static_cast<char>(c));
  }
  return s;
}

class ObfuscationScan : public RecursiveASTVisitor<ObfuscationScan> {
public:
  /// `base64`: the function reads the base64 alphabet (readsBase64Alphabet),
  /// so bits unpacked into characters are decoded text.
  ObfuscationScan(ASTContext &ctx, std::vector<FoundObfuscation> &out, bool base64)
      : ctx_(ctx), out_(out), base64_(base64) {}

  bool TraverseForStmt(ForStmt *s) { return loop(s, [&] { return Base::TraverseForStmt(s); }); }
  bool TraverseWhileStmt(WhileStmt *s) {
    return loop(s, [&] { return Base::TraverseWhileStmt(s); });
  }
  bool TraverseDoStmt(DoStmt *s) { return loop(s, [&] { return Base::TraverseDoStmt(s); }); }
  bool TraverseCXXForRangeStmt(CXXForRangeStmt *s) {
    // for (char &c : secret) c ^= K: c stands for the elements of secret.
    if (const VarDecl *lv = s->getLoopVariable())
      if (const auto *dr = dyn_cast<DeclRefExpr>(s->getRangeInit()->IgnoreParenImpCasts()))
        if (const auto *range = dyn_cast<VarDecl>(dr->getDecl()))
          rangeOf_[lv] = range;
    return loop(s, [&] { return Base::TraverseCXXForRangeStmt(s); });
  }

  bool VisitBinaryOperator(BinaryOperator *bo) {
    BinaryOperatorKind op = bo->getOpcode();
    // In a loop: x[i] ^= K, x[i] = y[i] ^ K (also + and -).
    if (loops_ > 0) {
      const Expr *elem = nullptr, *key = nullptr;
      BinaryOperatorKind arith = BO_Comma;
      if (op == BO_XorAssign || op == BO_AddAssign || op == BO_SubAssign) {
        elem = bo->getLHS();
        key = bo->getRHS();
        arith = op == BO_XorAssign ? BO_Xor : op == BO_AddAssign ? BO_Add : BO_Sub;
      } else if (op == BO_Assign) {
        if (const auto *rhs = dyn_cast<BinaryOperator>(bo->getRHS()->IgnoreParenCasts());
            rhs && (rhs->getOpcode() == BO_Xor || rhs->getOpcode() == BO_Add ||
                    rhs->getOpcode() == BO_Sub)) {
          elem = rhs->getLHS();
          key = rhs->getRHS();
          arith = rhs->getOpcode();
        }
      }
      if (elem && (op == BO_XorAssign || op == BO_AddAssign || op == BO_SubAssign))
        if (const auto *dr = dyn_cast<DeclRefExpr>(elem->IgnoreParenImpCasts()))
          if (auto it = rangeOf_.find(dyn_cast<VarDecl>(dr->getDecl())); it != rangeOf_.end())
            decodeRange(bo, it->second, key, arith);
      const auto *sub = elem ? dyn_cast<ArraySubscriptExpr>(elem->IgnoreParenImpCasts()) : nullptr;
      if (sub && isa<ArraySubscriptExpr>(bo->getLHS()->IgnoreParenImpCasts()))
        decode(bo, sub, key, arith);
      // Any other character stored in a loop that a XOR or bit unpacking
      // computes (out[i] = in[i] ^ key[i % n], *p++ = (acc >> bits) & 0xff,
      // c ^= k[j]): decoded, though its text is not known here.
      if ((op == BO_Assign || op == BO_XorAssign) && characterStore(bo->getLHS()) &&
          (op == BO_XorAssign ? !isZero(bo->getRHS()) &&
                                    (constInt(bo->getRHS(), ctx_) || readsElement(bo->getRHS()))
                              : unpacksBits(bo->getRHS())))
        record(bo, "", storedVar(bo->getLHS()), bo->getRHS());
      // out[i] = (char)strtol(...16): hexadecimal digits unpacked.
      if (op == BO_Assign && characterStore(bo->getLHS()))
        if (auto text = hexUnpacked(bo->getRHS()))
          record(bo, *text, storedVar(bo->getLHS()), bo->getRHS());
    }
    // s[3] = 'h': strings assembled one character at a time.
    if (op == BO_Assign)
      if (const auto *sub = dyn_cast<ArraySubscriptExpr>(bo->getLHS()->IgnoreParenImpCasts()))
        if (const auto *dr = dyn_cast<DeclRefExpr>(sub->getBase()->IgnoreParenImpCasts()))
          if (const auto *vd = dyn_cast<VarDecl>(dr->getDecl()))
            if (auto idx = constInt(sub->getIdx(), ctx_))
              if (auto ch = constInt(bo->getRHS(), ctx_);
                  ch && *idx >= 0 && *idx < 4096 && *ch >= 0 && *ch < 256 &&
                  sub->getType()->isCharType()) {
                auto &c = chars_[vd];
                if (c.empty())
                  firstStore_[vd] = bo->getBeginLoc();
                c[*idx] = *ch;
                charStores_[vd].push_back(bo->getRHS()->IgnoreParenImpCasts());
              }
    return true;
  }

  /// s.push_back(c), s += c, s.append(1, c) in a loop, with c computed by a
  /// XOR or bit unpacking: a string decoded one character at a time.
  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *ce) {
    const CXXMethodDecl *md = ce->getMethodDecl();
    if (!md || !md->getIdentifier() || ce->getNumArgs() == 0)
      return true;
    StringRef name = md->getName();
    const Expr *arg = ce->getArg(ce->getNumArgs() - 1);
    bool appends = name == "push_back" || name == "append" || name == "emplace_back";
    if (appends)  // append(1, 'c') is one character; append("text") is not
      appended(storedVar(ce->getImplicitObjectArgument()), ce,
               name != "append" || (ce->getNumArgs() == 2 && constInt(ce->getArg(0), ctx_) == 1)
                   ? arg
                   : nullptr);
    if (loops_ > 0 && appends && characterValue(arg) && unpacksBits(arg))
      record(ce, "", storedVar(ce->getImplicitObjectArgument()), arg);
    if (loops_ > 0 && appends && characterValue(arg))
      if (auto text = hexUnpacked(arg))
        record(ce, *text, storedVar(ce->getImplicitObjectArgument()), arg);
    return true;
  }
  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *ce) {
    if (ce->getOperator() == OO_PlusEqual && ce->getNumArgs() == 2)
      appended(storedVar(ce->getArg(0)), ce, ce->getArg(1));
    if (loops_ > 0 && ce->getOperator() == OO_PlusEqual && ce->getNumArgs() == 2 &&
        characterValue(ce->getArg(1)) && unpacksBits(ce->getArg(1)))
      record(ce, "", storedVar(ce->getArg(0)), ce->getArg(1));
    if (loops_ > 0 && ce->getOperator() == OO_PlusEqual && ce->getNumArgs() == 2 &&
        characterValue(ce->getArg(1)))
      if (auto text = hexUnpacked(ce->getArg(1)))
        record(ce, *text, storedVar(ce->getArg(0)), ce->getArg(1));
    return true;
  }

  /// (char)strtol(hex + 2 * i, NULL, 16), std::stoi(s.substr(i, 2), nullptr,
  /// 16): a character unpacked from hexadecimal digits. The decoded text
  /// when the digits are a constant string the conversion reads ("" when
  /// not known); nullopt when `value` is no such conversion.
  std::optional<std::string> hexUnpacked(const Expr *value) const {
    const auto *ce = dyn_cast<CallExpr>(value->IgnoreParenCasts());
    const FunctionDecl *fd = ce ? ce->getDirectCallee() : nullptr;
    if (!fd || !fd->getIdentifier() || ce->getNumArgs() < 3)
      return std::nullopt;
    static const std::set<std::string> converters = {"strtol",  "strtoul", "strtoll", "strtoull",
                                                     "stoi",    "stol",    "stoul",   "stoll",
                                                     "stoull"};
    if (!converters.count(fd->getName().str()) || constInt(ce->getArg(2), ctx_) != 16)
      return std::nullopt;
    std::string digits;
    std::function<void(const Stmt *)> find = [&](const Stmt *s) {
      if (!s || !digits.empty())
        return;
      if (const auto *e = dyn_cast<Expr>(s))
        if (isa<DeclRefExpr, StringLiteral>(e->IgnoreParenImpCasts()))
          if (auto t = constString(e, ctx_); t && t->size() >= 4 && t->size() % 2 == 0 &&
                                             t->find_first_not_of("0123456789abcdefABCDEF") ==
                                                 std::string::npos)
            digits = *t;
      for (const Stmt *c : s->children())
        find(c);
    };
    find(ce->getArg(0));
    std::vector<int64_t> bytes;
    for (size_t i = 0; i + 1 < digits.size(); i += 2)
      bytes.push_back(std::stoll(digits.substr(i, 2), nullptr, 16));
    return printable(bytes);
  }

  /// s += 'n'; s.push_back('o'); ...: a string appended to one constant
  /// character at a time, outside loops, and never anything else (a JSON
  /// writer's `out += '{'` between appends of text is not one).
  void appended(const VarDecl *vd, const Expr *at, const Expr *what) {
    if (!vd)
      return;
    auto [it, fresh] = appends_.try_emplace(vd);
    if (fresh)
      appendOrder_.push_back(vd);
    Appends &a = it->second;
    auto ch = what && characterValue(what) ? constInt(what, ctx_) : std::nullopt;
    if (loops_ > 0 || !ch || *ch <= 0 || *ch >= 256) {
      a.other = true;
      return;
    }
    if (a.chars.empty())
      a.first = at->getBeginLoc();
    a.chars.push_back(*ch);
    a.stores.push_back(what->IgnoreParenImpCasts());
  }

  /// x[i] OP key, with key a constant or an element of a constant key
  /// table (key[i % n]); decodes the text when x is a constant array too.
  void decode(const BinaryOperator *bo, const ArraySubscriptExpr *sub, const Expr *key,
              BinaryOperatorKind arith) {
    std::vector<int64_t> keys;
    if (auto k = constInt(key, ctx_)) {
      if (arith != BO_Xor && *k == 0)
        return;
      keys.push_back(*k);
    } else if (const auto *ks = dyn_cast<ArraySubscriptExpr>(key->IgnoreParenImpCasts())) {
      const auto *kd = dyn_cast<DeclRefExpr>(ks->getBase()->IgnoreParenImpCasts());
      auto table = kd ? arrayElements(dyn_cast<VarDecl>(kd->getDecl()), ctx_) : std::nullopt;
      if (!table || table->empty())
        return;
      keys = *table;
      if (keys.size() > 1 && keys.back() == 0)
        keys.pop_back();  // a string key's terminator is not part of the key
    } else {
      return;
    }
    std::string text;
    if (const auto *dr = dyn_cast<DeclRefExpr>(sub->getBase()->IgnoreParenImpCasts()))
      if (auto bytes = arrayElements(dyn_cast<VarDecl>(dr->getDecl()), ctx_)) {
        // An encoded array's own terminator stays a terminator.
        if (!bytes->empty() && bytes->back() == 0)
          bytes->pop_back();
        for (size_t i = 0; i < bytes->size(); ++i) {
          int64_t k = keys[i % keys.size()];
          int64_t &b = (*bytes)[i];
          b = arith == BO_Xor ? (b ^ k) : arith == BO_Add ? b + k : b - k;
        }
        text = printable(*bytes);
      }
    // An add or subtract loop is only a decoder when it decodes to text; a
    // XOR with a key over an array is one either way.
    if (arith == BO_Xor || !text.empty())
      record(bo, text, storedVar(bo->getLHS()), bo->getRHS());
  }

  /// The elements of `range` (a string initialised from a literal) changed
  /// in place with a constant key.
  void decodeRange(const BinaryOperator *bo, const VarDecl *range, const Expr *key,
                   BinaryOperatorKind arith) {
    auto k = constInt(key, ctx_);
    if (!k || (arith != BO_Xor && *k == 0))
      return;
    std::string text;
    if (const Expr *init = range->getInit()) {
      std::optional<std::string> lit = constString(init, ctx_);
      if (!lit)
        if (const auto *cc = dyn_cast<CXXConstructExpr>(init->IgnoreParenImpCasts()))
          if (cc->getNumArgs() >= 1)
            lit = constString(cc->getArg(0), ctx_);
      if (lit) {
        std::vector<int64_t> bytes;
        for (unsigned char c : *lit)
          bytes.push_back(arith == BO_Xor ? (c ^ *k) : arith == BO_Add ? c + *k : c - *k);
        text = printable(bytes);
      }
    }
    if (arith == BO_Xor || !text.empty())
      record(bo, text, range, bo->getRHS());
  }

  void finish() {
    for (const auto &[vd, chars] : chars_) {
      if (chars.size() < 4)
        continue;
      std::vector<int64_t> bytes;
      for (int64_t i = 0; chars.count(i); ++i)
        bytes.push_back(chars.at(i));
      std::string text = printable(bytes);
      // Binary records (a protocol header filled field by field) are not
      // hidden strings.
      if (text.size() >= 4)
        out_.push_back({"char-built-string", text, firstStore_[vd], vd, charStores_[vd]});
    }
    for (const VarDecl *vd : appendOrder_) {
      const Appends &a = appends_.at(vd);
      if (a.other || a.chars.size() < 4)
        continue;
      std::string text = printable(a.chars);
      if (text.size() >= 4)
        out_.push_back({"char-built-string", text, a.first, vd, a.stores});
    }
  }

private:
  using Base = RecursiveASTVisitor<ObfuscationScan>;
  bool isZero(const Expr *e) const {
    auto v = constInt(e, ctx_);
    return v && *v == 0;
  }
  static bool characterValue(const Expr *e) {
    QualType t = e->IgnoreParenImpCasts()->getType();
    return t->isCharType() || t->isWideCharType();
  }
  /// An element of a character array or what a character pointer points to.
  static bool characterStore(const Expr *lhs) {
    lhs = lhs->IgnoreParenImpCasts();
    const auto *deref = dyn_cast<UnaryOperator>(lhs);
    return (isa<ArraySubscriptExpr>(lhs) || (deref && deref->getOpcode() == UO_Deref)) &&
           (lhs->getType()->isCharType() || lhs->getType()->isWideCharType());
  }
  /// a ^ b (neither 0), or, in a base64 decoder (below), a mask or
  /// combination of shifted bits ((acc >> n) & 0xff): how decoders compute
  /// characters. Shifts alone are not enough: UTF-16 and integer
  /// serialisation write bytes that way (sqlite3's WRITE_UTF16LE, redis's
  /// listpack).
  bool unpacksBits(const Expr *e) const {
    const auto *bo = dyn_cast<BinaryOperator>(e->IgnoreParenCasts());
    if (!bo)
      return false;
    switch (bo->getOpcode()) {
    case BO_Xor:
      // Data read element by element with a key: in[i] ^ key[i % n]. A
      // XOR of scalars (a seed mixed from the clock and the pid) is not.
      return !isZero(bo->getLHS()) && !isZero(bo->getRHS()) && !constInt(bo, ctx_) &&
             (readsElement(bo->getLHS()) || readsElement(bo->getRHS()));
    case BO_And:
    case BO_Or:
      if (!base64_)
        return false;
      for (const Expr *side : {bo->getLHS(), bo->getRHS()})
        if (const auto *sh = dyn_cast<BinaryOperator>(side->IgnoreParenCasts());
            sh && (sh->getOpcode() == BO_Shr || sh->getOpcode() == BO_Shl) && !constInt(sh, ctx_))
          return true;
      return false;
    default:
      return false;
    }
  }
  /// An element of an array, string or container, what a pointer points
  /// to, or a range-for loop variable (an element too); through casts and
  /// nested XORs.
  bool readsElement(const Expr *e) const {
    e = e->IgnoreParenCasts();
    if (const auto *bo = dyn_cast<BinaryOperator>(e); bo && bo->getOpcode() == BO_Xor)
      return readsElement(bo->getLHS()) || readsElement(bo->getRHS());
    if (isa<ArraySubscriptExpr>(e))
      return true;
    if (const auto *uo = dyn_cast<UnaryOperator>(e))
      return uo->getOpcode() == UO_Deref;
    if (const auto *oc = dyn_cast<CXXOperatorCallExpr>(e))
      return oc->getOperator() == OO_Subscript || oc->getOperator() == OO_Star;
    if (const auto *mc = dyn_cast<CXXMemberCallExpr>(e))
      return mc->getMethodDecl() && mc->getMethodDecl()->getIdentifier() &&
             mc->getMethodDecl()->getName() == "at";
    if (const auto *dr = dyn_cast<DeclRefExpr>(e))
      return rangeOf_.count(dyn_cast<VarDecl>(dr->getDecl())) > 0;
    return false;
  }

  /// The variable an element store or an appending call writes into.
  static const VarDecl *storedVar(const Expr *e) {
    e = e->IgnoreParenImpCasts();
    if (const auto *sub = dyn_cast<ArraySubscriptExpr>(e))
      e = sub->getBase()->IgnoreParenImpCasts();
    else if (const auto *uo = dyn_cast<UnaryOperator>(e); uo && uo->getOpcode() == UO_Deref)
      e = uo->getSubExpr()->IgnoreParenImpCasts();
    while (const auto *uo = dyn_cast<UnaryOperator>(e))
      e = uo->getSubExpr()->IgnoreParenImpCasts();  // *p++
    if (const auto *dr = dyn_cast<DeclRefExpr>(e))
      return dyn_cast<VarDecl>(dr->getDecl());
    return nullptr;
  }
  template <class F> bool loop(Stmt *, F f) {
    ++loops_;
    bool r = f();
    --loops_;
    return r;
  }
  void record(const Expr *e, const std::string &text, const VarDecl *dest, const Expr *stored) {
    for (const FoundObfuscation &o : out_)
      if (o.kind == "decode-loop" && o.loc == e->getBeginLoc())
        return;
    out_.push_back({"decode-loop", text, e->getBeginLoc(), dest, {stored->IgnoreParenImpCasts()}});
  }

  ASTContext &ctx_;
  std::vector<FoundObfuscation> &out_;
  int loops_ = 0;
  bool base64_;
  std::map<const VarDecl *, std::map<int64_t, int64_t>> chars_;
  std::map<const VarDecl *, SourceLocation> firstStore_;
  std::map<const VarDecl *, std::vector<const Expr *>> charStores_;
  struct Appends {
    std::vector<int64_t> chars;
    std::vector<const Expr *> stores;
    SourceLocation first;
    bool other = false;  // something else appended, or in a loop
  };
  std::map<const VarDecl *, Appends> appends_;
  std::vector<const VarDecl *> appendOrder_;  // first seen first
  std::map<const VarDecl *, const VarDecl *> rangeOf_;  // range-for variable -> range
};

} // namespace

std::set<int64_t> findPorts(ASTContext &ctx, const FunctionDecl *fn) {
  struct Scan : RecursiveASTVisitor<Scan> {
    ASTContext &ctx;
    std::set<int64_t> ports;
    explicit Scan(ASTContext &c) : ctx(c) {}
    bool VisitCallExpr(CallExpr *ce) {
      const FunctionDecl *fd = ce->getDirectCallee();
      if (fd && fd->getIdentifier() && ce->getNumArgs() == 1 &&
          (fd->getName() == "htons" || fd->getName() == "__bswap_16"))
        if (auto v = constInt(ce->getArg(0), ctx); v && *v > 0 && *v < 65536)
          ports.insert(*v);
      return true;
    }
  };
  Scan s(ctx);
  if (fn && fn->getBody())
    s.TraverseStmt(const_cast<Stmt *>(fn->getBody()));
  return s.ports;
}

/// Whether `body` reads the base64 alphabet (a string literal, or a variable
/// initialised with one, holding A-Z, a-z and 0-9 in that order): what a
/// base64 decoder looks each character up in.
bool readsBase64Alphabet(const Stmt *body) {
  struct Scan : RecursiveASTVisitor<Scan> {
    bool found = false;
    static bool alphabet(const Expr *e) {
      const auto *sl = e ? dyn_cast<StringLiteral>(e->IgnoreParenImpCasts()) : nullptr;
      return sl && sl->getCharByteWidth() == 1 &&
             sl->getString().contains(
                 "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    }
    bool VisitStringLiteral(StringLiteral *sl) {
      found = found || alphabet(sl);
      return !found;
    }
    bool VisitDeclRefExpr(DeclRefExpr *dr) {
      if (const auto *vd = dyn_cast<VarDecl>(dr->getDecl())) {
        const Expr *init = vd->getAnyInitializer();
        if (const auto *cc = init ? dyn_cast<CXXConstructExpr>(init->IgnoreParenImpCasts()) : nullptr;
            cc && cc->getNumArgs() >= 1)
          init = cc->getArg(0);
        found = found || alphabet(init);
      }
      return !found;
    }
  };
  Scan s;
  s.TraverseStmt(const_cast<Stmt *>(body));
  return s.found;
}

std::vector<FoundObfuscation> findObfuscation(ASTContext &ctx, const FunctionDecl *fn) {
  std::vector<FoundObfuscation> out;
  if (!fn || !fn->getBody())
    return out;
  ObfuscationScan scan(ctx, out, readsBase64Alphabet(fn->getBody()));
  scan.TraverseStmt(const_cast<Stmt *>(fn->getBody()));
  scan.finish();
  return out;
}

} // namespace sluice
