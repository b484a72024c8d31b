#include "analyzer/rules_loader.h"
#include "analyzer/yaml_tree.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLParser.h"

#include <algorithm>
#include <memory>
#include <set>

namespace sluice {

namespace {

/// Turns parsed YAML into models and policies, reporting every problem with
/// its position.
class Builder {
public:
  Builder(const std::string &file, std::vector<RuleError> &errors) : file_(file), errors_(errors) {}

  void document(const YNode &doc, RuleSet &out) {
    if (doc.kind != YNode::Mapping) {
      error(doc, "a rule file is a mapping with 'models', 'secrets', 'omitted' and/or 'rule'");
      return;
    }
    for (const auto &[k, v] : doc.entries) {
      if (k.value == "models")
        models(v, out);
      else if (k.value == "secrets")
        secrets(v, out);
      else if (k.value == "omitted")
        omitted(v);
      else if (k.value == "rule")
        rule(v, out);
      else if (k.value == "behavior")
        behavior(v, out);
      else if (k.value == "path-classes")
        pathClasses(v, out);
      else
        error(k, "unknown top-level key '" + k.value +
                     "' (expected 'models', 'secrets', 'path-classes', 'omitted', 'rule' or "
                     "'behavior')");
    }
  }

  size_t errorCount() const { return count_; }

private:
  void error(const YNode &n, const std::string &msg) {
    errors_.push_back({file_, n.line, n.column, msg});
    ++count_;
  }

  bool scalar(const YNode &n, std::string &out, const char *what) {
    if (n.kind != YNode::Scalar) {
      error(n, std::string("'") + what + "' must be a single value");
      return false;
    }
    out = n.value;
    return true;
  }

  /// A scalar or a sequence of scalars.
  bool list(const YNode &n, std::vector<std::string> &out, const char *what) {
    if (n.kind == YNode::Scalar) {
      out.push_back(n.value);
      return true;
    }
    if (n.kind != YNode::Sequence) {
      error(n, std::string("'") + what + "' must be a value or a list of values");
      return false;
    }
    for (const YNode &i : n.items) {
      if (i.kind != YNode::Scalar) {
        error(i, std::string("'") + what + "' entries must be single values");
        return false;
      }
      out.push_back(i.value);
    }
    return true;
  }

  /// "argN" (a plain argument position) as N, or nullopt.
  static std::optional<int> plainArgument(const std::string &text) {
    auto p = AccessPath::parse(text);
    if (!p || p->isReturn() || p->derefs || p->andLater)
      return std::nullopt;
    return p->arg;
  }

  /// A single argument position such as arg2.
  void argument(const YNode &n, std::optional<int> &out, const char *what) {
    std::string t;
    if (!scalar(n, t, what))
      return;
    out = plainArgument(t);
    if (!out)
      error(n, std::string("'") + what + "' must name an argument, e.g. arg0");
  }

  /// true or false.
  void boolean(const YNode &n, bool &out, const char *what) {
    std::string b;
    if (!scalar(n, b, what))
      return;
    if (b == "true" || b == "false")
      out = b == "true";
    else
      error(n, std::string("'") + what + "' must be true or false");
  }

  bool paths(const YNode &n, std::vector<AccessPath> &out, const char *what,
             bool allowState = false) {
    std::vector<std::string> texts;
    if (!list(n, texts, what))
      return false;
    for (const std::string &t : texts) {
      auto p = AccessPath::parse(t, allowState);
      if (!p) {
        error(n, "bad access path '" + t + "' in '" + what +
                     "' (expected ret, *ret, argN, *argN, **argN or *argN.." +
                     (allowState ? ", or state" : "") + ")");
        return false;
      }
      out.push_back(*p);
    }
    return true;
  }

  bool oneOf(const YNode &n, const std::string &v, const std::vector<std::string> &allowed,
             const char *what) {
    if (std::find(allowed.begin(), allowed.end(), v) != allowed.end())
      return true;
    std::string all;
    for (const auto &a : allowed)
      all += (all.empty() ? "" : ", ") + a;
    error(n, "unknown " + std::string(what) + " '" + v + "' (known: " + all + ")");
    return false;
  }

  void models(const YNode &n, RuleSet &out) {
    if (n.kind != YNode::Sequence) {
      error(n, "'models' must be a list of model rows");
      return;
    }
    for (const YNode &row : n.items)
      modelRow(row, out);
  }

  void secrets(const YNode &n, RuleSet &out) {
    if (n.kind != YNode::Mapping) {
      error(n, "'secrets' must be a mapping with 'env-names' and/or 'paths'");
      return;
    }
    for (const auto &[k, v] : n.entries) {
      if (k.value == "env-names")
        list(v, out.secrets.envNames, "env-names");
      else if (k.value == "paths")
        list(v, out.secrets.paths, "paths");
      else
        error(k, "unknown key '" + k.value + "' in 'secrets' (expected env-names, paths)");
    }
  }

  void omitted(const YNode &n) {
    // Deliberate omissions are documentation: each names functions and says
    // why they are not modelled. They are checked for shape only.
    if (n.kind != YNode::Sequence) {
      error(n, "'omitted' must be a list");
      return;
    }
    for (const YNode &row : n.items) {
      if (row.kind != YNode::Mapping) {
        error(row, "an omitted entry is a mapping with 'functions' and 'why'");
        continue;
      }
      bool hasWhy = false, hasFn = false;
      for (const auto &[k, v] : row.entries) {
        if (k.value == "why")
          hasWhy = true;
        else if (k.value == "function" || k.value == "functions")
          hasFn = true;
        else
          error(k, "unknown key '" + k.value + "' in an omitted entry");
      }
      if (!hasWhy || !hasFn)
        error(row, "an omitted entry needs 'functions' and 'why'");
    }
  }

  void modelRow(const YNode &n, RuleSet &out) {
    if (n.kind != YNode::Mapping) {
      error(n, "a model row must be a mapping");
      return;
    }
    size_t before = count_;
    ModelRow r;
    r.origin = {file_, n.line};
    int roles = 0;
    bool hasAt = false, hasFrom = false, hasTo = false, hasOperators = false, hasVariables = false;
    const YNode *whenNode = nullptr;
    for (const auto &[k, v] : n.entries) {
      const std::string &key = k.value;
      if (key == "source" || key == "sink" || key == "handle") {
        ++roles;
        r.role = key == "source" ? ModelRole::Source
                 : key == "sink" ? ModelRole::Sink
                                 : ModelRole::Handle;
        if (scalar(v, r.kind, key.c_str()))
          oneOf(v, r.kind,
                key == "source" ? knownSourceKinds()
                : key == "sink" ? knownSinkKinds()
                                : knownHandleKinds(),
                (key + " kind").c_str());
      } else if (key == "capability") {
        ++roles;
        r.role = ModelRole::Capability;
        if (scalar(v, r.kind, "capability"))
          oneOf(v, r.kind, knownCapabilityKinds(), "capability kind");
      } else if (key == "propagate") {
        ++roles;
        r.role = ModelRole::Propagator;
        if (v.kind != YNode::Mapping) {
          error(v, "'propagate' must be a mapping with 'from' and 'to'");
          continue;
        }
        for (const auto &[pk, pv] : v.entries) {
          if (pk.value == "from")
            hasFrom = paths(pv, r.from, "from", true);
          else if (pk.value == "to")
            hasTo = paths(pv, r.to, "to", true);
          else if (pk.value == "overwrite")
            boolean(pv, r.overwrite, "overwrite");
          else if (pk.value == "join") {
            if (scalar(pv, r.join, "join") && r.join != "append" && r.join != "operands" &&
                r.join != "path-operands" && r.join != "scan" &&
                !(r.join.rfind("format@", 0) == 0 && AccessPath::parse(r.join.substr(7))))
              error(pv, "'join' must be append, operands, path-operands, scan or format@argN");
          } else
            error(pk, "unknown key '" + pk.value +
                          "' in 'propagate' (expected from, to, overwrite, join)");
        }
        if (!hasFrom || !hasTo)
          error(v, "'propagate' needs both 'from' and 'to'");
      } else if (key == "callback") {
        ++roles;
        r.role = ModelRole::Callback;
        if (v.kind != YNode::Mapping) {
          error(v, "'callback' must be a mapping with 'call' and 'args'");
          continue;
        }
        bool hasCall = false;
        for (const auto &[ck, cv] : v.entries) {
          if (ck.value == "call") {
            std::vector<AccessPath> one;
            if (paths(cv, one, "call") && one.size() == 1 && !one[0].isReturn() &&
                !one[0].andLater) {
              r.callTarget = one[0];
              hasCall = true;
            } else {
              error(cv, "'call' must be one argument position, e.g. arg2 or *arg0");
            }
          } else if (ck.value == "args") {
            paths(cv, r.callArgs, "args");
          } else if (ck.value == "data") {
            if (scalar(cv, r.callbackData, "data"))
              oneOf(cv, r.callbackData, knownSourceKinds(), "source kind");
          } else {
            error(ck, "unknown key '" + ck.value + "' in 'callback' (expected call, args, data)");
          }
        }
        if (!hasCall)
          error(v, "'callback' needs 'call'");
      } else if (key == "validate") {
        ++roles;
        r.role = ModelRole::Validator;
        std::vector<std::string> kinds;
        if (list(v, kinds, "validate")) {
          for (const std::string &kd : kinds)
            if (kd != "all")
              oneOf(v, kd, knownSinkKinds(), "sink kind");
          std::sort(kinds.begin(), kinds.end());
          for (size_t i = 0; i < kinds.size(); ++i)
            r.kind += (i ? "," : "") + kinds[i];
        }
      } else if (key == "passes-when") {
        if (scalar(v, r.passesWhen, "passes-when") && r.passesWhen != "zero" &&
            r.passesWhen != "nonzero")
          error(v, "'passes-when' must be zero or nonzero");
      } else if (key == "sanitize") {
        ++roles;
        r.role = ModelRole::Sanitizer;
        std::vector<std::string> kinds;
        if (list(v, kinds, "sanitize")) {
          for (const std::string &kd : kinds) {
            if (kd != "all")
              oneOf(v, kd, knownSourceKinds(), "source kind");
          }
          r.kind = kinds.size() == 1 ? kinds[0] : "";
          for (size_t i = 1; i < kinds.size(); ++i)
            r.kind += (i == 1 ? kinds[0] + "," : ",") + kinds[i];
        }
      } else if (key == "function" || key == "functions") {
        list(v, r.functions, key.c_str());
      } else if (key == "operators") {
        // Built-in arithmetic on numbers, for sanitizers: indexed under a
        // name no declared function can have (see builtinOperatorName).
        std::vector<std::string> ops;
        if (list(v, ops, "operators"))
          for (const std::string &op : ops) {
            static const std::set<std::string> known = {"/", "%", "+", "-", "*",
                                                        "^", "&", "|", "<<", ">>"};
            if (!known.count(op))
              error(v, "'operators' lists built-in operators on numbers: / % + - * ^ & | << >>");
            else
              r.functions.push_back(builtinOperatorName(op));
          }
        hasOperators = true;
      } else if (key == "variables") {
        // A library's global array of strings (environ): what its strings
        // hold is a source, wherever the program reads it.
        std::vector<std::string> names;
        if (list(v, names, "variables"))
          for (const std::string &name : names)
            r.functions.push_back(sourceVariableName(name));
        hasVariables = true;
      } else if (key == "at") {
        hasAt = true;
        paths(v, r.at, "at");
      } else if (key == "stream") {
        argument(v, r.stream, "stream");
      } else if (key == "names") {
        argument(v, r.names, "names");
      } else if (key == "like") {
        argument(v, r.like, "like");
      } else if (key == "content-of-handle") {
        boolean(v, r.contentOfHandle, "content-of-handle");
      } else if (key == "handle-from-callers") {
        boolean(v, r.handleFromCallers, "handle-from-callers");
      } else if (key == "stream-required") {
        boolean(v, r.streamRequired, "stream-required");
      } else if (key == "when") {
        // One condition, or a list that must all hold (kept one per line).
        whenNode = &v;
        std::vector<std::string> conds;
        if (list(v, conds, "when"))
          for (const std::string &c : conds)
            r.when += (r.when.empty() ? "" : "\n") + c;
      } else if (key == "why") {
        scalar(v, r.why, "why");
      } else {
        error(k, "unknown key '" + key + "' in a model row");
      }
    }
    if (roles != 1)
      error(n, "a model row needs exactly one of source, sink, handle, propagate, sanitize, "
               "validate, callback, capability");
    if (r.functions.empty() && !hasOperators && !hasVariables)
      error(n, "a model row needs 'function' or 'functions'");
    if (hasVariables && r.role != ModelRole::Source)
      error(n, "'variables' only applies to source rows");
    if (hasOperators && r.role != ModelRole::Sanitizer)
      error(n, "'operators' only applies to sanitize rows");
    // Decoders and case conversions are built from + - ^ and shifts: those
    // may clear named source kinds, never all of them. A quotient, remainder
    // or product is a number.
    if (hasOperators && r.kind == "all")
      for (const std::string &f : r.functions)
        if (f != builtinOperatorName("/") && f != builtinOperatorName("%") &&
            f != builtinOperatorName("*"))
          error(n, "only '/', '%' and '*' may clear every kind ('sanitize: all'); other operators "
                   "clear named source kinds");
    if (roles == 1 && r.role != ModelRole::Propagator && r.role != ModelRole::Callback &&
        r.role != ModelRole::Capability && !hasAt && !hasVariables)
      error(n, "a model row needs 'at' (where on the call it applies)");
    if (r.stream && r.role != ModelRole::Source)
      error(n, "'stream' only applies to source rows");
    if (r.streamRequired && !r.stream)
      error(n, "'stream-required' needs 'stream'");
    if (r.contentOfHandle && r.role != ModelRole::Sink)
      error(n, "'content-of-handle' only applies to sink rows");
    if (!r.handleFromCallers &&
        (r.role != ModelRole::Sink || r.when.find("handle:") == std::string::npos))
      error(n, "'handle-from-callers' only applies to sink rows with a handle: condition");
    if (r.role == ModelRole::Validator && r.passesWhen.empty())
      error(n, "a validate row needs 'passes-when' (zero or nonzero)");
    if (!r.passesWhen.empty() && r.role != ModelRole::Validator)
      error(n, "'passes-when' only applies to validate rows");
    if (whenNode) {
      if (r.role != ModelRole::Sink && r.role != ModelRole::Validator &&
          r.role != ModelRole::Source && r.role != ModelRole::Capability &&
          r.role != ModelRole::Handle)
        error(*whenNode,
              "'when' only applies to source, sink, validate, capability and handle rows");
      else
        for (const std::string &c : splitList(r.when, '\n'))
          if (!validCondition(c))
            error(*whenNode, "unknown condition '" + c +
                                 "' (expected shell-command[@argN], equals-constant, "
                                 "rejects:<chars>, name:<globs>@argN, text:<globs>@argN, "
                                 "constant:<names|values>@argN, handle:<kind>@argN, "
                                 "read-mode@argN, write-mode@argN, exec-mode@argN, "
                                 "exec-prot@argN, zero@argN, nonzero@argN, stdio-fd@argN, "
                                 "append-mode@argN, always-true@argN or bits:MASK@argN; "
                                 "'!' negates)");
    }
    if (r.names && r.role != ModelRole::Source && r.role != ModelRole::Handle)
      error(n, "'names' only applies to source and handle rows");
    if (r.like && r.role != ModelRole::Handle)
      error(n, "'like' only applies to handle rows");
    if (count_ == before)
      out.rows.push_back(std::move(r));
  }

  bool validCondition(const std::string &c) {
    if (!c.empty() && c[0] == '!')
      return validCondition(c.substr(1));
    if (c == "shell-command" || c == "equals-constant")
      return true;
    auto at = c.rfind('@');
    bool argAfterAt = at != std::string::npos && plainArgument(c.substr(at + 1)).has_value();
    if (c.rfind("read-mode@", 0) == 0 || c.rfind("write-mode@", 0) == 0 ||
        c.rfind("exec-mode@", 0) == 0 || c.rfind("exec-prot@", 0) == 0 ||
        c.rfind("zero@", 0) == 0 || c.rfind("nonzero@", 0) == 0 ||
        c.rfind("stdio-fd@", 0) == 0 || c.rfind("append-mode@", 0) == 0 ||
        c.rfind("standard-output@", 0) == 0 || c.rfind("shell-command@", 0) == 0 ||
        c.rfind("always-true@", 0) == 0)
      return argAfterAt;
    if (c.rfind("bits:", 0) == 0) {
      char *end = nullptr;
      std::string mask = at == std::string::npos ? "" : c.substr(5, at - 5);
      std::strtoll(mask.c_str(), &end, 0);
      return argAfterAt && !mask.empty() && end && *end == 0;
    }
    if (c.rfind("name:", 0) == 0 || c.rfind("constant:", 0) == 0 || c.rfind("text:", 0) == 0 ||
        c.rfind("env-name:", 0) == 0)
      return argAfterAt && at != c.find(':') + 1;
    if (c.rfind("rejects:", 0) == 0)
      return c.size() > 8;
    if (c.rfind("handle:", 0) != 0 || !argAfterAt)
      return false;
    std::string kind = c.substr(7, c.find('@') - 7);
    return std::find(knownHandleKinds().begin(), knownHandleKinds().end(), kind) !=
           knownHandleKinds().end();
  }

  void pathClasses(const YNode &n, RuleSet &out) {
    if (n.kind != YNode::Mapping) {
      error(n, "'path-classes' must map class names to lists of path patterns");
      return;
    }
    for (const auto &[k, v] : n.entries) {
      if (k.value == "credential") {
        error(k, "the credential class is the secret paths; add patterns under 'secrets: paths'");
        continue;
      }
      list(v, out.pathClasses[k.value], "path-classes");
    }
  }

  /// Keys shared by taint rules and behaviours: the SARIF rule description.
  /// Returns false when `key` is not one of them.
  bool ruleInfoKey(const std::string &key, const YNode &v, report::RuleInfo &info,
                   std::string &level, std::string &severity) {
    if (key == "id")
      scalar(v, info.id, "id");
    else if (key == "name")
      scalar(v, info.name, "name");
    else if (key == "short")
      scalar(v, info.shortDescription, "short");
    else if (key == "full")
      scalar(v, info.fullDescription, "full");
    else if (key == "help")
      scalar(v, info.helpMarkdown, "help");
    else if (key == "tags")
      list(v, info.tags, "tags");
    else if (key == "level") {
      if (scalar(v, level, "level") &&
          (!report::parseLevel(level, info.defaultLevel) || level == "none"))
        error(v, "'level' must be note, warning or error");
    } else if (key == "security-severity") {
      if (scalar(v, severity, "security-severity")) {
        char *end = nullptr;
        double d = std::strtod(severity.c_str(), &end);
        if (severity.empty() || *end || d < 0 || d > 10)
          error(v, "'security-severity' must be a number from 0.0 to 10.0");
        info.securitySeverity = severity;
      }
    } else if (key == "cwe") {
      std::vector<std::string> cwes;
      if (list(v, cwes, "cwe"))
        for (const std::string &c : cwes) {
          char *end = nullptr;
          long x = std::strtol(c.c_str(), &end, 10);
          if (c.empty() || *end || x <= 0)
            error(v, "'cwe' entries must be CWE numbers, e.g. 78");
          else
            info.cwes.push_back(static_cast<unsigned>(x));
        }
    } else
      return false;
    return true;
  }

  /// Checks the keys every rule needs and that the id names the file.
  void checkRuleInfo(const YNode &n, const report::RuleInfo &info, const std::string &message,
                     const std::string &level, const std::string &severity) {
    const std::pair<const char *, bool> required[] = {
        {"id", !info.id.empty()},
        {"name", !info.name.empty()},
        {"short", !info.shortDescription.empty()},
        {"full", !info.fullDescription.empty()},
        {"help", !info.helpMarkdown.empty()},
        {"message", !message.empty()},
        {"level", !level.empty()},
        {"cwe", !info.cwes.empty()},
        {"security-severity", !severity.empty()}};
    for (const auto &[name, present] : required)
      if (!present)
        error(n, std::string("a rule needs '") + name + "'");
    if (!info.id.empty()) {
      // The id names the file: rules/policies/<id>.yaml, rules/behaviors/<id>.yaml.
      std::string stem = llvm::sys::path::stem(file_).str();
      if (stem != info.id)
        error(n, "rule id '" + info.id + "' does not match its file name '" + stem + "'");
    }
  }

  /// One node of a behaviour condition.
  void behaviorNode(const YNode &n, BehaviorNode &out, std::set<std::string> &names) {
    out.origin = {file_, n.line};
    if (n.kind != YNode::Mapping) {
      error(n, "a behaviour condition is a mapping (all, any, not, capability or flow)");
      return;
    }
    int ops = 0;
    for (const auto &[k, v] : n.entries) {
      const std::string &key = k.value;
      if (key == "all" || key == "any") {
        ++ops;
        out.op = key == "all" ? BehaviorNode::All : BehaviorNode::Any;
        if (v.kind != YNode::Sequence || v.items.empty()) {
          error(v, "'" + key + "' must be a non-empty list of conditions");
          continue;
        }
        // Alternatives of `any` may bind the same names; `all` may not.
        std::set<std::string> before = names, merged = names;
        for (const YNode &c : v.items) {
          out.children.emplace_back();
          if (key == "any") {
            std::set<std::string> branch = before;
            behaviorNode(c, out.children.back(), branch);
            merged.insert(branch.begin(), branch.end());
          } else {
            behaviorNode(c, out.children.back(), names);
          }
        }
        if (key == "any")
          names = merged;
      } else if (key == "not") {
        ++ops;
        out.op = BehaviorNode::Not;
        out.children.emplace_back();
        std::set<std::string> inner = names;  // names inside 'not' bind nothing outside
        behaviorNode(v, out.children.back(), inner);
      } else if (key == "capability") {
        ++ops;
        out.op = BehaviorNode::Capability;
        if (list(v, out.kinds, "capability"))
          for (const std::string &kd : out.kinds)
            oneOf(v, kd, knownCapabilityKinds(), "capability kind");
      } else if (key == "flow") {
        ++ops;
        out.op = BehaviorNode::Flow;
        if (v.kind != YNode::Mapping) {
          error(v, "'flow' must be a mapping with 'sources' and 'sinks'");
          continue;
        }
        for (const auto &[fk, fv] : v.entries) {
          if (fk.value == "sources") {
            if (list(fv, out.flowSources, "sources"))
              for (const auto &x : out.flowSources)
                oneOf(fv, x, knownSourceKinds(), "source kind");
          } else if (fk.value == "sinks") {
            if (list(fv, out.flowSinks, "sinks"))
              for (const auto &x : out.flowSinks)
                oneOf(fv, x, knownSinkKinds(), "sink kind");
          } else {
            error(fk, "unknown key '" + fk.value + "' in 'flow' (expected sources, sinks)");
          }
        }
        if (out.flowSources.empty() || out.flowSinks.empty())
          error(v, "'flow' needs 'sources' and 'sinks'");
      } else if (key == "class") {
        list(v, out.classes, "class");
      } else if (key == "value") {
        list(v, out.values, "value");
      } else if (key == "api") {
        list(v, out.apis, "api");
      } else if (key == "guarded-by") {
        if (list(v, out.guardedBy, "guarded-by"))
          for (const auto &x : out.guardedBy)
            oneOf(v, x, knownGuardKinds(), "guard kind");
      } else if (key == "as") {
        if (scalar(v, out.as, "as") && !names.insert(out.as).second)
          error(v, "the name '" + out.as + "' is used twice in this behaviour");
      } else if (key == "after" || key == "before" || key == "same-value" ||
                 key == "same-function" || key == "encloses") {
        std::string &ref = key == "after"           ? out.after
                           : key == "before"        ? out.before
                           : key == "same-value"    ? out.sameValue
                           : key == "same-function" ? out.sameFunction
                                                    : out.encloses;
        if (scalar(v, ref, key.c_str()) && !names.count(ref))
          error(v, "'" + key + "' names '" + ref + "', which no earlier condition defines with 'as'");
      } else {
        error(k, "unknown key '" + key +
                     "' in a behaviour condition (expected all, any, not, capability, flow, "
                     "class, value, api, guarded-by, as, after, before, same-value, "
                     "same-function, encloses)");
      }
    }
    if (ops != 1)
      error(n, "a behaviour condition needs exactly one of all, any, not, capability, flow");
    bool leaf = out.op == BehaviorNode::Capability || out.op == BehaviorNode::Flow;
    if (!leaf && (!out.classes.empty() || !out.values.empty() || !out.apis.empty() ||
                  !out.guardedBy.empty() || !out.sameFunction.empty() || !out.encloses.empty() ||
                  !out.as.empty() || !out.after.empty() || !out.before.empty() ||
                  !out.sameValue.empty()))
      error(n, "class, value, api, guarded-by, as, after, before, same-value and "
               "same-function apply to capability and flow conditions only");
  }

  void behavior(const YNode &n, RuleSet &out) {
    if (n.kind != YNode::Mapping) {
      error(n, "'behavior' must be a mapping");
      return;
    }
    size_t before = count_;
    Behavior b;
    b.origin = {file_, n.line};
    std::string level, severity;
    bool hasWhen = false;
    std::set<std::string> names;
    for (const auto &[k, v] : n.entries) {
      const std::string &key = k.value;
      if (ruleInfoKey(key, v, b.info, level, severity))
        continue;
      if (key == "message")
        scalar(v, b.message, "message");
      else if (key == "scope") {
        if (scalar(v, b.scope, "scope"))
          oneOf(v, b.scope, {"function", "entry-point", "program"}, "scope");
      } else if (key == "covered-by")
        list(v, b.coveredBy, "covered-by");
      else if (key == "when") {
        hasWhen = true;
        behaviorNode(v, b.root, names);
      } else
        error(k, "unknown key '" + key + "' in a behavior");
    }
    if (!hasWhen)
      error(n, "a behavior needs 'when' (its condition)");
    checkRuleInfo(n, b.info, b.message, level, severity);
    b.info.helpText = b.info.fullDescription + "\n\n" + b.info.helpMarkdown;
    if (count_ == before)
      out.behaviors.push_back(std::move(b));
  }

  void rule(const YNode &n, RuleSet &out) {
    if (n.kind != YNode::Mapping) {
      error(n, "'rule' must be a mapping");
      return;
    }
    size_t before = count_;
    Policy p;
    p.origin = {file_, n.line};
    std::string level, severity;
    for (const auto &[k, v] : n.entries) {
      const std::string &key = k.value;
      if (ruleInfoKey(key, v, p.info, level, severity))
        continue;
      if (key == "message")
        scalar(v, p.message, "message");
      else if (key == "levels") {
        if (v.kind != YNode::Mapping) {
          error(v, "'levels' must map source kinds to levels, e.g. {secret: error}");
          continue;
        }
        for (const auto &[lk, lv] : v.entries) {
          report::Level l;
          std::string text;
          if (!oneOf(lk, lk.value, knownSourceKinds(), "source kind") || !scalar(lv, text, "levels"))
            continue;
          if (!report::parseLevel(text, l) || text == "none")
            error(lv, "levels must be note, warning or error");
          else
            p.levelBySource[lk.value] = l;
        }
      }
      else if (key == "sources") {
        if (list(v, p.sourceKinds, "sources"))
          for (const auto &s : p.sourceKinds)
            oneOf(v, s, knownSourceKinds(), "source kind");
      } else if (key == "sinks") {
        if (list(v, p.sinkKinds, "sinks"))
          for (const auto &s : p.sinkKinds)
            oneOf(v, s, knownSinkKinds(), "sink kind");
      } else
        error(k, "unknown key '" + key + "' in a rule");
    }
    checkRuleInfo(n, p.info, p.message, level, severity);
    if (p.sourceKinds.empty())
      error(n, "a rule needs 'sources'");
    if (p.sinkKinds.empty())
      error(n, "a rule needs 'sinks'");
    p.info.helpText = p.info.fullDescription + "\n\n" + p.info.helpMarkdown;
    if (count_ == before)
      out.policies.push_back(std::move(p));
  }

  std::string file_;
  std::vector<RuleError> &errors_;
  size_t count_ = 0;
};

} // namespace

bool loadRuleText(const std::string &text, const std::string &fileName, RuleSet &into,
                  std::vector<RuleError> &errors) {
  std::vector<YNode> docs;
  if (!parseYaml(text, fileName, docs, errors))
    return false;
  RuleSet staged;
  Builder b(fileName, errors);
  for (const YNode &d : docs)
    b.document(d, staged);
  if (b.errorCount())
    return false;
  for (auto &r : staged.rows)
    into.rows.push_back(std::move(r));
  for (auto &p : staged.policies)
    into.policies.push_back(std::move(p));
  for (auto &b : staged.behaviors)
    into.behaviors.push_back(std::move(b));
  for (auto &[cls, patterns] : staged.pathClasses)
    for (auto &x : patterns)
      into.pathClasses[cls].push_back(std::move(x));
  for (auto &x : staged.secrets.envNames)
    into.secrets.envNames.push_back(std::move(x));
  for (auto &x : staged.secrets.paths)
    into.secrets.paths.push_back(std::move(x));
  into.finalize();  // the function index must never lag behind the rows
  return true;
}

bool loadRuleDirs(const std::vector<std::string> &dirs, RuleSet &into,
                  std::vector<RuleError> &errors) {
  size_t before = errors.size();
  for (const std::string &dir : dirs) {
    if (!llvm::sys::fs::is_directory(dir)) {
      errors.push_back({dir, 0, 0, "rule directory does not exist"});
      continue;
    }
    std::vector<std::string> files;
    std::error_code ec;
    for (llvm::sys::fs::recursive_directory_iterator it(dir, ec), end; it != end && !ec;
         it.increment(ec)) {
      llvm::StringRef ext = llvm::sys::path::extension(it->path());
      if (ext == ".yaml" || ext == ".yml")
        files.push_back(it->path());
    }
    if (ec)
      errors.push_back({dir, 0, 0, "cannot read directory: " + ec.message()});
    std::sort(files.begin(), files.end());
    for (const std::string &f : files) {
      auto buf = llvm::MemoryBuffer::getFile(f);
      if (!buf) {
        errors.push_back({f, 0, 0, "cannot read: " + buf.getError().message()});
        continue;
      }
      loadRuleText((*buf)->getBuffer().str(), f, into, errors);
    }
  }
  // Checks over the whole set.
  std::map<std::string, Origin> seen;
  auto unique = [&](const std::string &id, const Origin &o) {
    auto [it, inserted] = seen.emplace(id, o);
    if (!inserted)
      errors.push_back({o.file, o.line, 0,
                        "duplicate rule id '" + id + "' (first defined in " + it->second.file +
                            ":" + std::to_string(it->second.line) + ")"});
  };
  for (const Policy &p : into.policies)
    unique(p.info.id, p.origin);
  for (const Behavior &b : into.behaviors)
    unique(b.info.id, b.origin);
  into.finalize();
  return errors.size() == before;
}

} // namespace sluice
