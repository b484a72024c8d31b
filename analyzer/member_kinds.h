// What may lie below each member name of a unit's paths, from the
// declarations the unit sees (see TUFacts::memberShapes).
#pragma once

#include "analyzer/facts.h"

namespace clang {
class ASTContext;
}

namespace sluice {

/// Fills `u.memberShapes`: for every member name of u's paths, the names
/// its fields' types (pointers, arrays and references stripped) declare as
/// members, over every field of that name in the unit (its own files and
/// headers, template instantiations included).
void classifyPathMembers(clang::ASTContext &ctx, facts::TUFacts &u);

} // namespace sluice
