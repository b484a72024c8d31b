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
  ObfuscationScan(ASTContext &ctx, std::vector<FoundObfuscation> &out) : ctx_(ctx), out_(out) {}

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
              }
    return true;
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
    if (arith == BO_Xor || !text.empty()) {
      const VarDecl *dest = nullptr;
      if (const auto *ls = dyn_cast<ArraySubscriptExpr>(bo->getLHS()->IgnoreParenImpCasts()))
        if (const auto *dr = dyn_cast<DeclRefExpr>(ls->getBase()->IgnoreParenImpCasts()))
          dest = dyn_cast<VarDecl>(dr->getDecl());
      record(bo, text, dest);
    }
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
      record(bo, text, range);
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
        out_.push_back({"char-built-string", text, firstStore_[vd], vd});
    }
  }

private:
  using Base = RecursiveASTVisitor<ObfuscationScan>;
  template <class F> bool loop(Stmt *, F f) {
    ++loops_;
    bool r = f();
    --loops_;
    return r;
  }
  void record(const Expr *e, const std::string &text, const VarDecl *dest) {
    for (const FoundObfuscation &o : out_)
      if (o.kind == "decode-loop" && o.loc == e->getBeginLoc())
        return;
    out_.push_back({"decode-loop", text, e->getBeginLoc(), dest});
  }

  ASTContext &ctx_;
  std::vector<FoundObfuscation> &out_;
  int loops_ = 0;
  std::map<const VarDecl *, std::map<int64_t, int64_t>> chars_;
  std::map<const VarDecl *, SourceLocation> firstStore_;
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

std::vector<FoundObfuscation> findObfuscation(ASTContext &ctx, const FunctionDecl *fn) {
  std::vector<FoundObfuscation> out;
  if (!fn || !fn->getBody())
    return out;
  ObfuscationScan scan(ctx, out);
  scan.TraverseStmt(const_cast<Stmt *>(fn->getBody()));
  scan.finish();
  return out;
}

} // namespace sluice
