#include "frontend/header_recovery.h"

#include "clang/Basic/DiagnosticSema.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/SmallString.h"

#include <cctype>
#include <cstring>

namespace sluice {

namespace {

bool identChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

/// The name a diagnostic quotes first: "unknown type name 'widget_t'".
/// The first quoted text of a diagnostic's message, or "".
std::string firstQuoted(const clang::Diagnostic &d) {
  llvm::SmallString<128> msg;
  d.FormatDiagnostic(msg);
  llvm::StringRef m = msg.str();
  size_t a = m.find('\'');
  size_t b = a == llvm::StringRef::npos ? a : m.find('\'', a + 1);
  return b == llvm::StringRef::npos ? "" : m.substr(a + 1, b - a - 1).str();
}

std::string quotedName(const clang::Diagnostic &d) {
  std::string name = firstQuoted(d);
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

/// The type a diagnostic names, without qualifiers: "const struct x" ->
/// "struct x", "const cJSON" (aka ...) -> "cJSON"; empty when it is not one
/// Sluice can define.
std::string typeName(const clang::Diagnostic &d) {
  std::string t = firstQuoted(d);
  for (const char *q : {"const ", "volatile "})
    while (t.rfind(q, 0) == 0)
      t = t.substr(std::strlen(q));
  bool tag = t.rfind("struct ", 0) == 0;
  std::string name = tag ? t.substr(7) : t;
  for (char c : name)
    if (!identChar(c))
      return "";
  return tag ? "struct " + name : name;
}

/// The member named right after the `.` or `->` at `loc`.
std::string memberAt(const clang::SourceManager &sm, clang::SourceLocation loc) {
  if (loc.isInvalid() || loc.isMacroID())
    return "";
  bool invalid = false;
  const char *p = sm.getCharacterData(loc, &invalid);
  llvm::StringRef buf = sm.getBufferData(sm.getFileID(loc), &invalid);
  if (invalid || !p)
    return "";
  const char *end = buf.data() + buf.size();
  // The location is the object's start or the operator: find the operator.
  while (p < end && (identChar(*p) || *p == ' ' || *p == ')' || *p == '(' || *p == ']' ||
                     *p == '['))
    ++p;
  if (p + 1 < end && p[0] == '-' && p[1] == '>')
    p += 2;
  else if (p < end && *p == '.')
    ++p;
  else
    return "";
  while (p < end && (*p == ' ' || *p == '\t'))
    ++p;
  std::string name;
  while (p < end && identChar(*p))
    name += *p++;
  return name;
}

/// A member that holds a number by its name: a length, a count, an id.
bool countLike(const std::string &m) {
  static const char *kSuffixes[] = {"len", "length", "size", "count", "num", "id", "flags",
                                    "type", "mode", "qos", "port", "fd", "code", "status"};
  std::string lower;
  for (char c : m)
    lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char *x : kSuffixes) {
    size_t n = std::strlen(x);
    if (lower.size() >= n && lower.compare(lower.size() - n, n, x) == 0)
      return true;
  }
  return false;
}

} // namespace

const std::pair<const char *, std::array<const char *, 12>> UnknownNames::kStandardNames[3] = {
    {"stdbool.h", {"bool", "true", "false"}},
    {"stdint.h", {"int8_t", "int16_t", "int32_t", "int64_t", "uint8_t", "uint16_t", "uint32_t",
                  "uint64_t", "intptr_t", "uintptr_t"}},
    {"stddef.h", {"size_t", "ptrdiff_t", "NULL"}},
};

void UnknownNames::note(const clang::Diagnostic &d, bool cxx) {
  unsigned id = d.getID();
  if (id == clang::diag::err_typecheck_incomplete_tag && !cxx && d.hasSourceManager()) {
    std::string t = typeName(d), m = memberAt(d.getSourceManager(), d.getLocation());
    if (!t.empty() && !m.empty())
      members[t].insert(m);
    return;
  }
  if (id == clang::diag::err_typecheck_decl_incomplete_type) {
    std::string t = typeName(d);
    if (!t.empty())
      complete.insert(t);
    return;
  }
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
    else if (name == "true" || name == "false" || name == "bool")
      lowerValues.insert(name);
    return;
  }
}

bool UnknownNames::add(const UnknownNames &o) {
  auto count = [this] {
    size_t n = types.size() + functions.size() + constants.size() + complete.size() +
               lowerValues.size();
    for (const auto &[t, ms] : members)
      n += ms.size();
    return n;
  };
  size_t before = count();
  types.insert(o.types.begin(), o.types.end());
  functions.insert(o.functions.begin(), o.functions.end());
  constants.insert(o.constants.begin(), o.constants.end());
  lowerValues.insert(o.lowerValues.begin(), o.lowerValues.end());
  complete.insert(o.complete.begin(), o.complete.end());
  for (const auto &[t, ms] : o.members)
    members[t].insert(ms.begin(), ms.end());
  return count() > before;
}

std::string UnknownNames::prelude(bool cxx) const {
  std::string out = "// Declarations Sluice made for names of missing headers.\n";
  // Standard names a missing header would have brought in with its own
  // includes (mosquitto.h includes stdbool.h).
  for (const auto &[header, names] : kStandardNames)
    for (const char *n : names)
      if (n && (types.count(n) || constants.count(n) || lowerValues.count(n))) {
        out += std::string("#include <") + header + ">\n";
        break;
      }
  // A struct's body: the members read from it, or one placeholder so that
  // a variable of the type can exist.
  auto body = [&](const std::string &key) {
    auto it = members.find(key);
    std::string b = " {";
    if (it == members.end() || it->second.empty())
      b += " int sluice_unknown_member;";
    else
      for (const std::string &m : it->second)
        b += (countLike(m) ? " long " : " char *") + m + ";";
    return b + " }";
  };
  auto defined = [&](const std::string &key) { return members.count(key) || complete.count(key); };
  auto standard = [](const std::string &n) {
    for (const auto &[header, names] : kStandardNames)
      for (const char *x : names)
        if (x && n == x)
          return true;
    return false;
  };
  for (const std::string &t : types)
    if (!functions.count(t) && !constants.count(t) && !standard(t))
      out += "typedef struct sluice_unknown_" + t + (defined(t) ? body(t) : "") + " " + t + ";\n";
  // Struct tags the file names but no header defined.
  std::set<std::string> tags;
  for (const auto &[t, ms] : members)
    if (t.rfind("struct ", 0) == 0)
      tags.insert(t);
  for (const std::string &t : complete)
    if (t.rfind("struct ", 0) == 0)
      tags.insert(t);
  for (const std::string &t : tags)
    out += t + body(t) + ";\n";
  if (!constants.empty()) {
    out += "enum sluice_unknown_constant {\n";
    unsigned v = 0x51000;
    for (const std::string &c : constants)
      if (!types.count(c) && !standard(c))
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
  std::set<std::string> withMembers;
  for (const auto &[t, ms] : members)
    withMembers.insert(t + " (" + std::to_string(ms.size()) + " member" +
                       (ms.size() == 1 ? "" : "s") + ")");
  list("struct bodies", withMembers);
  return out;
}

} // namespace sluice
