// Recovery from missing headers: the names a parse could not resolve, and a
// prelude that declares them for a second parse.
//
// When an include is missing, Clang goes on without it (see IncludeWatcher),
// but every declaration that used its types is lost: `widget_t *w =
// widget_open(getenv("W"));` parses as a multiplication of two undeclared
// identifiers, and the flow from getenv disappears with it. After such a
// parse the errors name what was unknown; the second parse includes a
// prelude that declares each name in the role its use shows:
//   - a type (`unknown type name 'T'`, or `T *x` / `T &x` where `T` is
//     undeclared): an incomplete struct type, so pointers to it work;
//   - a function called in C++ (`f(...)` undeclared): a variadic template
//     returning a value that converts to any type (C already declares
//     undeclared functions implicitly);
//   - a constant in capitals (`WIDGET_READ`): an enumerator with a distinct
//     value, so `case` labels stay distinct.
// Lower-case undeclared values are left alone: they are mostly variables
// whose own declaration failed, and the second parse declares them.
// Standard names (bool, true, uint8_t, size_t) bring in their standard
// header instead.
// Once a type is declared, later rounds learn more about it: the members
// read from it (`msg->payload` on an incomplete `struct mosquitto_message`
// or a declared `cJSON`) become members of a complete struct (in C, of type
// `char *`: text is what taint is about, and C converts pointers and
// integers with a warning; `long` for names of lengths, counts and ids),
// and a type used by value gets a complete
// definition.
#pragma once

#include "clang/Basic/Diagnostic.h"

#include <array>
#include <map>
#include <set>
#include <string>

namespace sluice {

struct UnknownNames {
  std::set<std::string> types, functions, constants;
  /// Members read from a type or struct tag ("struct mosquitto_message"
  /// or a declared type's name), and types that must be complete.
  std::map<std::string, std::set<std::string>> members;
  std::set<std::string> complete;
  /// Standard lower-case names used undeclared (true, false, bool): the
  /// standard header that declares them is included instead.
  std::set<std::string> lowerValues;
  static const std::pair<const char *, std::array<const char *, 12>> kStandardNames[3];

  bool empty() const {
    return types.empty() && functions.empty() && constants.empty() && members.empty() &&
           complete.empty() && lowerValues.empty();
  }
  /// Adds `o`'s names; true when any was new.
  bool add(const UnknownNames &o);
  /// Records what an error diagnostic says was unknown, if anything.
  void note(const clang::Diagnostic &d, bool cxx);
  /// Declarations of every name, for `-include`.
  std::string prelude(bool cxx) const;
  /// "types a, b; functions f; constants K" for the report.
  std::string summary() const;
};

} // namespace sluice
