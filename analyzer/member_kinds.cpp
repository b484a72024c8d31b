#include "analyzer/member_kinds.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/DeclCXX.h>
#include <clang/AST/RecursiveASTVisitor.h>

#include <map>
#include <set>

using namespace clang;

namespace sluice {

namespace {

struct Below {
  bool any = false;
  std::set<std::string> names;
};

/// The member names of a record: its fields, those of its anonymous
/// members (reached by their own names) and of its bases.
void membersOf(const RecordDecl *rd, Below &out, int depth = 0) {
  if (depth > 8)
    return;
  const RecordDecl *def = rd->getDefinition();
  if (!def) {
    out.any = true;  // incomplete here: its members are unknown
    return;
  }
  for (const FieldDecl *f : def->fields()) {
    out.names.insert(f->getNameAsString());  // "" for an anonymous member
    if (f->isAnonymousStructOrUnion())
      if (const RecordDecl *inner = f->getType()->getAsRecordDecl())
        membersOf(inner, out, depth + 1);
  }
  if (const auto *cxx = dyn_cast<CXXRecordDecl>(def))
    for (const CXXBaseSpecifier &b : cxx->bases()) {
      if (const RecordDecl *base = b.getType()->getAsRecordDecl())
        membersOf(base, out, depth + 1);
      else
        out.any = true;  // a dependent base
    }
}

/// What may lie below a field of type `t`: the members of the record it
/// holds or points to; nothing for arithmetic, enumeration and function
/// types; anything for `void *`, dependent and other types.
void belowType(QualType t, Below &out) {
  for (int depth = 0; depth < 16 && !t.isNull(); ++depth) {
    if (t->isDependentType())
      break;
    t = t.getCanonicalType();
    if (t->isArithmeticType() || t->isEnumeralType() || t->isFunctionType())
      return;
    if (const RecordDecl *rd = t->getAsRecordDecl())
      return membersOf(rd, out);
    if (const auto *p = t->getAs<PointerType>())
      t = p->getPointeeType();
    else if (const auto *r = t->getAs<ReferenceType>())
      t = r->getPointeeType();
    else if (const auto *a = dyn_cast<ArrayType>(t.getTypePtr()))
      t = a->getElementType();
    else
      break;
  }
  out.any = true;
}

class Fields : public RecursiveASTVisitor<Fields> {
public:
  explicit Fields(const std::set<std::string> &used) : used_(used) {}
  std::map<std::string, Below> below;
  bool shouldVisitTemplateInstantiations() const { return true; }
  bool VisitFieldDecl(FieldDecl *fd) {
    std::string name = fd->getNameAsString();
    if (used_.count(name))
      belowType(fd->getType(), below[name]);
    return true;
  }

private:
  const std::set<std::string> &used_;
};

} // namespace

void classifyPathMembers(ASTContext &ctx, facts::TUFacts &u) {
  std::set<std::string> names = facts::pathMembers(u);
  u.memberShapes.clear();
  if (names.empty())
    return;
  Fields fields(names);
  fields.TraverseDecl(ctx.getTranslationUnitDecl());
  for (const std::string &name : names) {
    facts::MemberShape m;
    m.name = name;
    auto it = fields.below.find(name);
    if (name.empty() || it == fields.below.end() || it->second.any)
      m.any = true;
    else
      m.below.assign(it->second.names.begin(), it->second.names.end());
    u.memberShapes.push_back(std::move(m));
  }
}

} // namespace sluice
