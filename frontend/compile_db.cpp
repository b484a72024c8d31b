#include "frontend/compile_db.h"

#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <algorithm>
#include <set>
#include <unistd.h>

namespace sluice {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

namespace {

std::string absolute(const std::string &p) {
  llvm::SmallString<256> a(p);
  fs::make_absolute(a);
  path::remove_dots(a, true);
  return std::string(a.str());
}

bool isUnder(const std::string &file, const std::string &dir) {
  if (file == dir)
    return true;
  std::string d = dir == "/" ? dir : dir + "/";
  return file.compare(0, d.size(), d) == 0;
}

bool isCpp(const std::string &file) {
  llvm::StringRef ext = path::extension(file);
  return ext == ".cc" || ext == ".cpp" || ext == ".cxx" || ext == ".C" || ext == ".c++";
}

} // namespace

bool isSourceFile(const std::string &p) {
  llvm::StringRef ext = path::extension(p);
  return ext == ".c" || isCpp(p);
}

std::string defaultRoot(const std::vector<std::string> &paths) {
  llvm::SmallString<256> cwd;
  fs::current_path(cwd);
  std::string here(cwd.str());
  std::vector<std::string> dirs;
  for (const std::string &p : paths) {
    std::string a = absolute(p);
    dirs.push_back(fs::is_directory(a) ? a : path::parent_path(a).str());
  }
  if (dirs.empty() || std::all_of(dirs.begin(), dirs.end(),
                                  [&](const std::string &d) { return isUnder(d, here); }))
    return here;
  std::string common = dirs[0];
  for (const std::string &d : dirs)
    while (!isUnder(d, common) && common != "/")
      common = path::parent_path(common).str();
  return common.empty() ? "/" : common;
}

SourcePlan planSources(const SourceRequest &req) {
  SourcePlan plan;

  // The compilation database: -p, else the root or root/build.
  std::unique_ptr<clang::tooling::CompilationDatabase> db;
  std::vector<std::string> candidates;
  if (!req.compileDbDir.empty())
    candidates.push_back(req.compileDbDir);
  else
    candidates = {req.root, req.root + "/build"};
  for (const std::string &dir : candidates) {
    std::string file = absolute(dir + "/compile_commands.json");
    if (!fs::exists(file)) {
      if (!req.compileDbDir.empty())
        plan.errors.push_back(file + ": error: no compilation database here");
      continue;
    }
    std::string err;
    db = clang::tooling::JSONCompilationDatabase::loadFromFile(
        file, err, clang::tooling::JSONCommandLineSyntax::AutoDetect);
    if (!db) {
      plan.errors.push_back(file + ": error: invalid compilation database: " + err);
      return plan;
    }
    plan.compileDb = file;
    break;
  }

  // The files: every source file below the given paths; with a database and
  // no paths, every file in the database.
  std::set<std::string> files;
  for (const std::string &p : req.paths) {
    std::string a = absolute(p);
    if (!fs::exists(a)) {
      plan.errors.push_back(p + ": error: no such file or directory");
      continue;
    }
    if (!fs::is_directory(a)) {
      if (::access(a.c_str(), R_OK) != 0)
        plan.errors.push_back(p + ": error: cannot read file");
      else if (!isSourceFile(a))
        plan.errors.push_back(p + ": error: not a C or C++ source file (.c .cc .cpp .cxx); "
                                  "headers are analyzed through the files that include them");
      else
        files.insert(a);
      continue;
    }
    std::error_code ec;
    for (fs::recursive_directory_iterator it(a, ec), end; it != end && !ec; it.increment(ec)) {
      const std::string &f = it->path();
      llvm::StringRef name = path::filename(f);
      if (it->type() == fs::file_type::directory_file && name.starts_with(".")) {
        it.no_push();  // .git, .cache and friends
        continue;
      }
      if (isSourceFile(f) && fs::is_regular_file(f))
        files.insert(absolute(f));
    }
    if (ec)
      plan.errors.push_back(p + ": error: cannot read directory: " + ec.message());
  }
  if (req.paths.empty() && db)
    for (const std::string &f : db->getAllFiles())
      files.insert(absolute(f));

  for (const std::string &f : files) {
    CompileJob job;
    job.file = f;
    if (db) {
      std::vector<clang::tooling::CompileCommand> cmds = db->getCompileCommands(f);
      if (!cmds.empty()) {
        job.directory = cmds[0].Directory;
        job.command = cmds[0].CommandLine;
        job.command.insert(job.command.begin() + 1, req.extraArgs.begin(), req.extraArgs.end());
        plan.jobs.push_back(std::move(job));
        continue;
      }
    }
    bool cpp = isCpp(f);
    // No directory change: relative paths in `--` arguments stay relative
    // to where sluice was started.
    job.command = {cpp ? "clang++" : "clang", "-x", cpp ? "c++" : "c",
                   cpp ? "-std=gnu++17" : "-std=gnu17", "-I" + path::parent_path(f).str(),
                   "-I" + req.root};
    job.command.insert(job.command.end(), req.extraArgs.begin(), req.extraArgs.end());
    job.command.push_back(f);
    plan.jobs.push_back(std::move(job));
  }
  return plan;
}

} // namespace sluice
