#include "frontend/tu_runner.h"

#include "frontend/header_recovery.h"
#include "frontend/sandbox_fs.h"

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/FileManager.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Driver/Driver.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/FileSystem.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <set>

namespace sluice {

namespace {

/// Counts errors and keeps the first few, located, for the report. Nothing
/// is printed: problems reach the user as notifications.
class CollectingDiagnostics : public clang::DiagnosticConsumer {
public:
  explicit CollectingDiagnostics(TUOutcome &out, std::string root)
      : out_(out), root_(std::move(root)) {}
  /// The names the errors show unknown, and whether the parse is C++.
  UnknownNames unknown;
  bool cxx = false;

  void HandleDiagnostic(clang::DiagnosticsEngine::Level level,
                        const clang::Diagnostic &info) override {
    DiagnosticConsumer::HandleDiagnostic(level, info);
    if (level < clang::DiagnosticsEngine::Error)
      return;
    ++out_.parseErrors;
    unknown.note(info, cxx);
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

/// Watches the includes: one that no directory has is skipped without a
/// diagnostic, so the parse goes on (what it would have declared stays
/// unknown, and Clang recovers where that matters), and is recorded; one
/// served by the bundled library declarations is recorded too.
class IncludeWatcher : public clang::PPCallbacks {
public:
  IncludeWatcher(const clang::SourceManager &sm, std::vector<std::string> bundledDirs,
                 std::string root, TUOutcome &out)
      : sm_(sm), bundledDirs_(std::move(bundledDirs)), root_(std::move(root)), out_(out) {}

  bool FileNotFound(llvm::StringRef) override { return true; }

  void InclusionDirective(clang::SourceLocation hashLoc, const clang::Token &,
                          llvm::StringRef fileName, bool, clang::CharSourceRange,
                          clang::OptionalFileEntryRef file, llvm::StringRef searchPath,
                          llvm::StringRef, const clang::Module *, bool,
                          clang::SrcMgr::CharacteristicKind) override {
    if (!file) {
      clang::PresumedLoc p = sm_.getPresumedLoc(sm_.getFileLoc(hashLoc));
      std::string where =
          p.isValid() ? reportPath(p.getFilename(), root_) + ":" + std::to_string(p.getLine())
                      : std::string("?");
      if (missing_.insert(fileName.str()).second)
        out_.missingHeaders.push_back(fileName.str() + " (" + where + ")");
      return;
    }
    for (const std::string &d : bundledDirs_)
      if (searchPath == d || searchPath.starts_with(d + "/")) {
        if (bundled_.insert(fileName.str()).second)
          out_.bundledHeaders.push_back(fileName.str());
        return;
      }
  }

private:
  const clang::SourceManager &sm_;
  std::vector<std::string> bundledDirs_;
  std::string root_;
  TUOutcome &out_;
  std::set<std::string> missing_, bundled_;
};

class Action : public clang::ASTFrontendAction {
public:
  Action(const RuleSet &rules, std::string root, TUOutcome &out,
         std::vector<std::string> bundledDirs = {}, bool *cxx = nullptr)
      : rules_(rules), root_(std::move(root)), out_(out), bundledDirs_(std::move(bundledDirs)),
        cxx_(cxx) {}
  bool BeginSourceFileAction(clang::CompilerInstance &ci) override {
    if (cxx_)
      *cxx_ = ci.getLangOpts().CPlusPlus;
    ci.getPreprocessor().addPPCallbacks(std::make_unique<IncludeWatcher>(
        ci.getSourceManager(), bundledDirs_, root_, out_));
    return true;
  }
  std::unique_ptr<clang::ASTConsumer> CreateASTConsumer(clang::CompilerInstance &,
                                                        llvm::StringRef) override {
    return makeTaintConsumer(rules_, root_, out_.analysis);
  }

private:
  const RuleSet &rules_;
  std::string root_;
  TUOutcome &out_;
  std::vector<std::string> bundledDirs_;
  bool *cxx_;
};

/// Clang's builtin headers (stddef.h, stdarg.h, ...) live in the resource
/// directory of the Clang installation we link against.
std::string resourceDir() {
  static const std::string dir =
      clang::driver::Driver::GetResourcesPath(SLUICE_LLVM_BIN "/clang");
  return dir;
}

} // namespace

namespace {

/// Errors by default in Clang that GCC 12 (Debian 12's compiler) only warns
/// about: code its build compiles must not count as failing to parse here.
/// They are also what a missing header's undeclared functions cause.
constexpr const char *kLenient[] = {
    "-Wno-error=implicit-function-declaration", "-Wno-error=implicit-int",
    "-Wno-error=int-conversion", "-Wno-error=incompatible-function-pointer-types"};

/// Parses with the unknown names declared, at most; and the time all
/// parses of one file may take before another round is started (a round
/// costs about what the first parse did, and the worker's timeout must
/// never cost the parse already made).
constexpr int kRecoveryRounds = 4;
constexpr double kRecoverySeconds = 60;

/// Where the recovery prelude lives: in memory only, beside the sandbox.
constexpr const char *kPreludePath = kRecoveryPrelude;

/// One parse and analysis of the job; with a prelude, that is included
/// first (see UnknownNames).
TUOutcome parseOnce(const CompileJob &job, const RuleSet &rules, const std::string &root,
                    const std::string &prelude, UnknownNames *unknown) {
  TUOutcome out;
  out.file = reportPath(job.file, root);

  std::vector<std::string> args = job.command;
  clang::tooling::CommandLineArguments adjusted(args.begin(), args.end());
  adjusted = clang::tooling::getClangStripOutputAdjuster()(adjusted, job.file);
  adjusted = clang::tooling::getClangStripDependencyFileAdjuster()(adjusted, job.file);
  adjusted = clang::tooling::getClangSyntaxOnlyAdjuster()(adjusted, job.file);
  // Parse only; keep going after errors; no warnings (they are not ours).
  // No configuration file is read, wherever the database's compiler lives.
  // No spelling correction: a name a missing header declared must not be
  // "corrected" into a different function that happens to be declared.
  adjusted.insert(adjusted.begin() + 1, {"--no-default-config", "-resource-dir", resourceDir()});
  adjusted.push_back("-w");
  adjusted.push_back("-ferror-limit=0");
  adjusted.push_back("-Wno-error");
  adjusted.push_back("-fno-spell-checking");
  for (const char *f : kLenient)
    adjusted.push_back(f);
  if (!prelude.empty()) {
    adjusted.push_back("-include");
    adjusted.push_back(kPreludePath);
  }

  if (!job.directory.empty())
    llvm::sys::fs::set_current_path(job.directory);

  CollectingDiagnostics diags(out, root);
  auto action = std::make_unique<Action>(rules, root, out, job.libraryHeaderDirs, &diags.cxx);
  std::vector<std::string> readable = job.readable;
  readable.push_back(resourceDir());
  auto log = std::make_shared<SandboxLog>();
  llvm::IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> fsys(
      new llvm::vfs::OverlayFileSystem(makeSandboxFS(readable, log)));
  if (!prelude.empty()) {
    llvm::IntrusiveRefCntPtr<llvm::vfs::InMemoryFileSystem> mem(
        new llvm::vfs::InMemoryFileSystem);
    mem->addFile(kPreludePath, 0, llvm::MemoryBuffer::getMemBufferCopy(prelude, kPreludePath));
    fsys->pushOverlay(mem);
  }
  llvm::IntrusiveRefCntPtr<clang::FileManager> files(
      new clang::FileManager(clang::FileSystemOptions(), fsys));
  clang::tooling::ToolInvocation inv(adjusted, std::move(action), files.get());
  inv.setDiagnosticConsumer(&diags);
  bool ok = inv.run();
  if (!ok && out.analysis.functionsAnalyzed == 0 && out.parseErrors == 0)
    out.frontendFailed = true;
  out.refusedReads.assign(log->refused.begin(), log->refused.end());
  out.filesRead.assign(log->opened.begin(), log->opened.end());
  if (unknown)
    *unknown = std::move(diags.unknown);
  return out;
}

} // namespace

TUOutcome analyzeTU(const CompileJob &job, const RuleSet &rules, const std::string &root) {
  auto started = std::chrono::steady_clock::now();
  auto elapsed = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  };
  UnknownNames unknown;
  TUOutcome first = parseOnce(job, rules, root, "", &unknown);
  double perParse = elapsed();
  if (first.missingHeaders.empty() || first.parseErrors == 0 || unknown.empty() ||
      first.frontendFailed)
    return first;
  // Headers were missing and their names broke declarations: parse again
  // with those names declared, and keep the best parse.
  bool cxx = job.command.size() && llvm::StringRef(job.command[0]).ends_with("++");
  for (size_t i = 0; i + 1 < job.command.size(); ++i)
    if (job.command[i] == "-x")
      cxx = llvm::StringRef(job.command[i + 1]).starts_with("c++");
  // A name used only beside another unknown one shows up once that one is
  // declared (`f(cfg)` where `cfg`'s type was unknown): a few rounds.
  TUOutcome best = std::move(first);
  UnknownNames declared;
  // A round that is no better may still show new names (a call whose
  // argument was unknown is reported once the argument is declared): the
  // rounds go on while there is something new, and the best parse is kept.
  for (int round = 0; round < kRecoveryRounds; ++round) {
    if (elapsed() + perParse > kRecoverySeconds)
      break;  // out of time: keep the best parse so far
    if (!declared.add(unknown))
      break;  // nothing new to declare
    UnknownNames more;
    TUOutcome next = parseOnce(job, rules, root, declared.prelude(cxx), &more);
    if (next.frontendFailed)
      break;
    if (next.parseErrors < best.parseErrors) {
      next.recoveredNames = declared.summary();
      best = std::move(next);
    }
    unknown = std::move(more);
  }
  return best;
}

TUOutcome analyzeCode(const std::string &code, const std::string &fileName,
                      const std::vector<std::string> &args, const RuleSet &rules) {
  TUOutcome out;
  out.file = fileName;
  std::vector<std::string> all = {"-fsyntax-only", "-resource-dir", resourceDir(), "-w",
                                  "-ferror-limit=0"};
  all.insert(all.end(), std::begin(kLenient), std::end(kLenient));
  all.insert(all.end(), args.begin(), args.end());
  CollectingDiagnostics diags(out, "");
  auto action = std::make_unique<Action>(rules, "", out);
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
  j["missingHeaders"] = o.missingHeaders;
  j["bundledHeaders"] = o.bundledHeaders;
  j["recoveredNames"] = o.recoveredNames;
  j["filesRead"] = o.filesRead;
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
    o.missingHeaders = j.at("missingHeaders").get<std::vector<std::string>>();
    o.bundledHeaders = j.at("bundledHeaders").get<std::vector<std::string>>();
    o.recoveredNames = j.at("recoveredNames").get<std::string>();
    o.filesRead = j.at("filesRead").get<std::vector<std::string>>();
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
