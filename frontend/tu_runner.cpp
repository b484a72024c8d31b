#include "frontend/tu_runner.h"

#include "frontend/sandbox_fs.h"

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/FileManager.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Driver/Driver.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/FileSystem.h"

#include <nlohmann/json.hpp>

namespace sluice {

namespace {

/// Counts errors and keeps the first few, located, for the report. Nothing
/// is printed: problems reach the user as notifications.
class CollectingDiagnostics : public clang::DiagnosticConsumer {
public:
  explicit CollectingDiagnostics(TUOutcome &out, std::string root)
      : out_(out), root_(std::move(root)) {}
  void HandleDiagnostic(clang::DiagnosticsEngine::Level level,
                        const clang::Diagnostic &info) override {
    DiagnosticConsumer::HandleDiagnostic(level, info);
    if (level < clang::DiagnosticsEngine::Error)
      return;
    ++out_.parseErrors;
    if (out_.firstErrors.size() >= 5)
      return;
    llvm::SmallString<128> msg;
    info.FormatDiagnostic(msg);
    std::string where;
    if (info.hasSourceManager() && info.getLocation().isValid()) {
      const clang::SourceManager &sm = info.getSourceManager();
      clang::PresumedLoc p = sm.getPresumedLoc(sm.getFileLoc(info.getLocation()));
      if (p.isValid())
        where = reportPath(p.getFilename(), root_) + ":" + std::to_string(p.getLine()) + ":" +
                std::to_string(p.getColumn()) + ": ";
    }
    out_.firstErrors.push_back(where + std::string(msg.str()));
  }

private:
  TUOutcome &out_;
  std::string root_;
};

class Action : public clang::ASTFrontendAction {
public:
  Action(const RuleSet &rules, std::string root, TUAnalysis &out)
      : rules_(rules), root_(std::move(root)), out_(out) {}
  std::unique_ptr<clang::ASTConsumer> CreateASTConsumer(clang::CompilerInstance &,
                                                        llvm::StringRef) override {
    return makeTaintConsumer(rules_, root_, out_);
  }

private:
  const RuleSet &rules_;
  std::string root_;
  TUAnalysis &out_;
};

/// Clang's builtin headers (stddef.h, stdarg.h, ...) live in the resource
/// directory of the Clang installation we link against.
std::string resourceDir() {
  static const std::string dir =
      clang::driver::Driver::GetResourcesPath(SLUICE_LLVM_BIN "/clang");
  return dir;
}

} // namespace

TUOutcome analyzeTU(const CompileJob &job, const RuleSet &rules, const std::string &root) {
  TUOutcome out;
  out.file = reportPath(job.file, root);

  std::vector<std::string> args = job.command;
  clang::tooling::CommandLineArguments adjusted(args.begin(), args.end());
  adjusted = clang::tooling::getClangStripOutputAdjuster()(adjusted, job.file);
  adjusted = clang::tooling::getClangStripDependencyFileAdjuster()(adjusted, job.file);
  adjusted = clang::tooling::getClangSyntaxOnlyAdjuster()(adjusted, job.file);
  // Parse only; keep going after errors; no warnings (they are not ours).
  // No configuration file is read, wherever the database's compiler lives.
  adjusted.insert(adjusted.begin() + 1, {"--no-default-config", "-resource-dir", resourceDir()});
  adjusted.push_back("-w");
  adjusted.push_back("-ferror-limit=0");
  adjusted.push_back("-Wno-error");

  if (!job.directory.empty())
    llvm::sys::fs::set_current_path(job.directory);

  CollectingDiagnostics diags(out, root);
  auto action = std::make_unique<Action>(rules, root, out.analysis);
  std::vector<std::string> readable = job.readable;
  readable.push_back(resourceDir());
  auto log = std::make_shared<SandboxLog>();
  llvm::IntrusiveRefCntPtr<clang::FileManager> files(
      new clang::FileManager(clang::FileSystemOptions(), makeSandboxFS(readable, log)));
  clang::tooling::ToolInvocation inv(adjusted, std::move(action), files.get());
  inv.setDiagnosticConsumer(&diags);
  bool ok = inv.run();
  if (!ok && out.analysis.functionsAnalyzed == 0 && out.parseErrors == 0)
    out.frontendFailed = true;
  out.refusedReads.assign(log->refused.begin(), log->refused.end());
  return out;
}

TUOutcome analyzeCode(const std::string &code, const std::string &fileName,
                      const std::vector<std::string> &args, const RuleSet &rules) {
  TUOutcome out;
  out.file = fileName;
  std::vector<std::string> all = {"-fsyntax-only", "-resource-dir", resourceDir(), "-w",
                                  "-ferror-limit=0"};
  all.insert(all.end(), args.begin(), args.end());
  CollectingDiagnostics diags(out, "");
  auto action = std::make_unique<Action>(rules, "", out.analysis);
  bool ok = clang::tooling::runToolOnCodeWithArgs(std::move(action), code, all, fileName);
  if (!ok && out.analysis.functionsAnalyzed == 0)
    out.frontendFailed = true;
  return out;
}

// ---- serialization -------------------------------------------------------

namespace {
using nlohmann::json;

json locToJson(const report::Location &l) {
  return json{{"file", l.file}, {"line", l.line}, {"column", l.column}};
}
report::Location locFromJson(const json &j) {
  report::Location l;
  l.file = j.at("file").get<std::string>();
  l.line = j.at("line").get<unsigned>();
  l.column = j.at("column").get<unsigned>();
  return l;
}
} // namespace

std::string encodeOutcome(const TUOutcome &o) {
  json j;
  j["file"] = o.file;
  j["parseErrors"] = o.parseErrors;
  j["firstErrors"] = o.firstErrors;
  j["frontendFailed"] = o.frontendFailed;
  j["refusedReads"] = o.refusedReads;
  j["functionsAnalyzed"] = o.analysis.functionsAnalyzed;
  j["facts"] = facts::toJson(o.analysis.facts);
  json ns = json::array();
  for (const report::Notification &n : o.analysis.notifications)
    ns.push_back({{"id", n.id}, {"level", report::levelName(n.level)}, {"message", n.message},
                  {"location", locToJson(n.location)}});
  j["notifications"] = ns;
  return j.dump(-1, ' ', false, json::error_handler_t::replace);  // any bytes of the source
}

bool decodeOutcome(const std::string &text, TUOutcome &o, std::string &error) {
  try {
    json j = json::parse(text);
    o.file = j.at("file").get<std::string>();
    o.parseErrors = j.at("parseErrors").get<unsigned>();
    o.firstErrors = j.at("firstErrors").get<std::vector<std::string>>();
    o.frontendFailed = j.at("frontendFailed").get<bool>();
    o.refusedReads = j.at("refusedReads").get<std::vector<std::string>>();
    o.analysis.functionsAnalyzed = j.at("functionsAnalyzed").get<unsigned>();
    if (!facts::fromJson(j.at("facts").get<std::string>(), o.analysis.facts, error))
      return false;
    for (const json &n : j.at("notifications")) {
      report::Notification x;
      x.id = n.at("id").get<std::string>();
      report::parseLevel(n.at("level").get<std::string>(), x.level);
      x.message = n.at("message").get<std::string>();
      x.location = locFromJson(n.at("location"));
      o.analysis.notifications.push_back(std::move(x));
    }
    return true;
  } catch (const std::exception &e) {
    error = e.what();
    return false;
  }
}

} // namespace sluice
