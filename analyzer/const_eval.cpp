#include "analyzer/const_eval.h"

#include "clang/AST/Decl.h"

namespace sluice {

using namespace clang;

std::optional<std::string> constString(const Expr *e, const ASTContext &ctx) {
  for (int guard = 0; e && guard < 8; ++guard) {
    e = e->IgnoreParenCasts();
    if (const auto *sl = dyn_cast<StringLiteral>(e)) {
      if (sl->getCharByteWidth() == 1)
        return sl->getString().str();
      std::string out;
      for (unsigned i = 0; i < sl->getLength(); ++i) {
        uint32_t c = sl->getCodeUnit(i);
        out.push_back(c < 128 ? static_cast<char>(c) : '?');
      }
      return out;
    }
    const auto *dr = dyn_cast<DeclRefExpr>(e);
    if (!dr)
      return std::nullopt;
    const auto *vd = dyn_cast<VarDecl>(dr->getDecl());
    if (!vd || !vd->getInit())
      return std::nullopt;
    QualType t = vd->getType();
    // `const char *const p = "..."`, `static const char s[] = "..."`.
    bool constant = t.isConstQualified() ||
                    (t->isArrayType() && ctx.getAsArrayType(t)->getElementType().isConstQualified());
    if (!constant)
      return std::nullopt;
    e = vd->getInit();
  }
  return std::nullopt;
}

std::optional<int64_t> constInt(const Expr *e, const ASTContext &ctx) {
  if (!e || e->isValueDependent() || e->isTypeDependent())
    return std::nullopt;
  Expr::EvalResult r;
  if (!e->EvaluateAsInt(r, ctx))
    return std::nullopt;
  return r.Val.getInt().getExtValue();
}

bool isNullPointer(const Expr *e, const ASTContext &ctx) {
  if (!e || e->isValueDependent())
    return false;
  return e->isNullPointerConstant(const_cast<ASTContext &>(ctx),
                                  Expr::NPC_ValueDependentIsNotNull) != Expr::NPCK_NotNull;
}

} // namespace sluice
