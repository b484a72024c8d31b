#include "frontend/header_recovery.h"

#include "clang/Basic/DiagnosticSema.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/SmallString.h"

#include <cctype>

namespace sluice {

namespace {

bool identChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

/// The name a diagnostic quotes first: "unknown type name 'widget_t'".
std::string quotedName(const clang::Diagnostic &d) {
  llvm::SmallString<128> msg;
  d.FormatDiagnostic(msg);
  llvm::StringRef m = msg.str();
  size_t a = m.find('\'');
  size_t b = a == llvm::StringRef::npos ? a : m.find('\'', a + 1);
  if (b == llvm::StringRef::npos)
    return "";
  std::string name = m.substr(a + 1, b - a - 1).str();
  for (char c : name)
    if (!identChar(c))
      return "";  // a qualified or operator name: not recovered
  return name;
}

bool constantLike(const std::string &n) {
  bool letter = false;
  for (char c : n) {
    if (std::islower(static_cast<unsigned char>(c)))
      return false;
    letter |= std::isupper(static_cast<unsigned char>(c)) != 0;
  }
  return letter && n.size() > 1;
}

/// What follows the identifier at `loc` in the source: a declarator
/// (`* name`, `& name`, `name`) makes it a type, `(` a call.
enum class Use { Type, Call, Other };
Use useAt(const clang::SourceManager &sm, clang::SourceLocation loc) {
  if (loc.isInvalid() || loc.isMacroID())
    return Use::Other;
  bool invalid = false;
  const char *p = sm.getCharacterData(loc, &invalid);
  if (invalid || !p)
    return Use::Other;
  llvm::StringRef buf = sm.getBufferData(sm.getFileID(loc), &invalid);
  if (invalid)
    return Use::Other;
  const char *end = buf.data() + buf.size();
  auto skipSpace = [&] {
    while (p < end && (*p == ' ' || *p == '\t'))
      ++p;
  };
  while (p < end && identChar(*p))
    ++p;
  skipSpace();
  if (p < end && *p == '(')
    return Use::Call;
  bool pointer = false;
  while (p < end && (*p == '*' || *p == '&')) {
    pointer = true;
    ++p;
    skipSpace();
  }
  if (!pointer || p >= end || !(std::isalpha(static_cast<unsigned char>(*p)) || *p == '_'))
    return Use::Other;
  while (p < end && identChar(*p))
    ++p;
  skipSpace();
  // `T *x = ...`, `T *x;`, `T *x, *y`, `T *x)` (a parameter), `T *x[`.
  return p < end && (*p == '=' || *p == ';' || *p == ',' || *p == ')' || *p == '[')
             ? Use::Type
             : Use::Other;
}

} // namespace

void UnknownNames::note(const clang::Diagnostic &d, bool cxx) {
  unsigned id = d.getID();
  if (id != clang::diag::err_unknown_typename && id != clang::diag::err_undeclared_var_use)
    return;
  std::string name = quotedName(d);
  if (name.empty() || name.rfind("__", 0) == 0)
    return;
  if (id == clang::diag::err_unknown_typename) {
    types.insert(name);
    return;
  }
  if (!d.hasSourceManager())
    return;
  switch (useAt(d.getSourceManager(), d.getLocation())) {
  case Use::Type:
    types.insert(name);
    return;
  case Use::Call:
    if (cxx)
      functions.insert(name);
    return;
  case Use::Other:
    if (constantLike(name))
      constants.insert(name);
    return;
  }
}

bool UnknownNames::add(const UnknownNames &o) {
  size_t before = types.size() + functions.size() + constants.size();
  types.insert(o.types.begin(), o.types.end());
  functions.insert(o.functions.begin(), o.functions.end());
  constants.insert(o.constants.begin(), o.constants.end());
  return types.size() + functions.size() + constants.size() > before;
}

std::string UnknownNames::prelude(bool cxx) const {
  std::string out = "// Declarations Sluice made for names of missing headers.\n";
  for (const std::string &t : types)
    if (!functions.count(t) && !constants.count(t))
      out += "typedef struct sluice_unknown_" + t + " " + t + ";\n";
  if (!constants.empty()) {
    out += "enum sluice_unknown_constant {\n";
    unsigned v = 0x51000;
    for (const std::string &c : constants)
      if (!types.count(c))
        out += "  " + c + " = " + std::to_string(++v) + ",\n";
    out += "};\n";
  }
  if (cxx && !functions.empty()) {
    out += "struct sluice_unknown_value {\n"
           "  template <class T> operator T() const;\n"
           "};\n";
    for (const std::string &f : functions)
      if (!types.count(f))
        out += "template <class... A> sluice_unknown_value " + f + "(A &&...);\n";
  }
  return out;
}

std::string UnknownNames::summary() const {
  std::string out;
  auto list = [&out](const char *what, const std::set<std::string> &names) {
    if (names.empty())
      return;
    if (!out.empty())
      out += "; ";
    out += what;
    size_t n = 0;
    for (const std::string &x : names) {
      if (++n > 10) {
        out += " and " + std::to_string(names.size() - 10) + " more";
        break;
      }
      out += (n == 1 ? " " : ", ") + x;
    }
  };
  list("types", types);
  list("functions", functions);
  list("constants", constants);
  return out;
}

} // namespace sluice
