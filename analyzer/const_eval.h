// Constant folding of the values the rules look at (program names, flags,
// descriptor numbers). Only what the language guarantees is constant is
// folded here; the taint analysis never guesses.
#pragma once

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"

#include <optional>
#include <string>

namespace sluice {

/// The text of a string literal expression (narrow or wide; wide characters
/// outside ASCII become '?'), looking through parentheses and casts and
/// through `const` variables initialised with a literal.
std::optional<std::string> constString(const clang::Expr *e, const clang::ASTContext &ctx);

/// The value of an integer constant expression, if `e` is one.
std::optional<int64_t> constInt(const clang::Expr *e, const clang::ASTContext &ctx);

/// True when `e` is a null pointer constant.
bool isNullPointer(const clang::Expr *e, const clang::ASTContext &ctx);

} // namespace sluice
