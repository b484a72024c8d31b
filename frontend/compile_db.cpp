#include "frontend/compile_db.h"

#include "frontend/files.h"

#include "frontend/sandbox_fs.h"

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
    std::string a = absolutePath(p);
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

namespace {

std::string realPath(const std::string &p) {
  llvm::SmallString<256> out;
  if (fs::real_path(p, out))
    return absolutePath(p);
  return std::string(out.str());
}

/// The databases for these inputs: -p; else, for each input, the nearest
/// compile_commands.json in its directory or its build/, walking up to the
/// root. Most specific first.
std::vector<std::string> findDatabases(const SourceRequest &req, SourcePlan &plan) {
  std::vector<std::string> found;
  auto consider = [&](const std::string &dir) {
    for (const std::string &f : {dir + "/compile_commands.json", dir + "/build/compile_commands.json"})
      if (fs::exists(f) && std::find(found.begin(), found.end(), absolutePath(f)) == found.end())
        found.push_back(absolutePath(f));
  };
  if (!req.compileDbDir.empty()) {
    std::string file = absolutePath(req.compileDbDir + "/compile_commands.json");
    if (!fs::exists(file))
      plan.errors.push_back(file + ": error: no compilation database here");
    else
      found.push_back(file);
    return found;
  }
  for (const std::string &p : req.paths) {
    std::string a = absolutePath(p);
    std::string dir = fs::is_directory(a) ? a : path::parent_path(a).str();
    for (std::string d = dir; !d.empty(); d = path::parent_path(d).str()) {
      consider(d);
      if (d == req.root || !isUnder(d, req.root) || d == "/")
        break;
    }
  }
  consider(req.root);
  return found;
}

/// Adds the regular source files below `dir`, each once by its real path;
/// symlinked directories are entered once, and never out of the root.
void walk(const std::string &dir, const std::string &display, const std::string &realRoot,
          std::set<std::string> &files, SourcePlan &plan) {
  std::set<std::string> seenDirs = {realPath(dir)};
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; it != end && !ec; it.increment(ec)) {
    const std::string &f = it->path();
    llvm::StringRef name = path::filename(f);
    fs::file_status st;
    bool isDir = !fs::status(f, st) && fs::is_directory(st);
    if (isDir) {
      std::string real = realPath(f);
      if (name.starts_with(".") || !seenDirs.insert(real).second || !isUnder(real, realRoot))
        it.no_push();  // .git and friends; a symlink loop; a link out of the tree
      continue;
    }
    if (!isSourceFile(f))
      continue;
    std::string real = realPath(f);
    if (!fs::exists(st)) {
      plan.skipped.push_back({absolutePath(f), "a dangling symlink"});
    } else if (!fs::is_regular_file(st)) {
      plan.skipped.push_back({absolutePath(f), "not a regular file (a FIFO, socket or device): never opened"});
    } else if (!isUnder(real, realRoot)) {
      plan.skipped.push_back({absolutePath(f), "a symlink to " + real + ", outside the scan root"});
    } else {
      files.insert(real);
    }
  }
  if (ec)
    plan.errors.push_back(display + ": error: cannot read directory: " + ec.message());
}

bool hasTargetFlag(const std::vector<std::string> &args) {
  for (const std::string &a : args)
    if (a == "-target" || a.rfind("--target=", 0) == 0)
      return true;
  return false;
}

} // namespace

/// The build target an object file belongs to, where the build system
/// names it in the path: CMake writes CMakeFiles/<target>.dir/<source>.o.
static std::string targetOf(const std::string &output) {
  static const std::string kDir = "CMakeFiles/";
  size_t at = output.rfind(kDir);
  if (at == std::string::npos)
    return "";
  size_t begin = at + kDir.size(), end = output.find(".dir/", begin);
  if (end == std::string::npos || output.find('/', begin) < end)
    return "";
  // The directory before CMakeFiles is the target's own folder: targets of
  // the same name in different folders stay apart.
  return output.substr(0, at) + output.substr(begin, end - begin);
}

SourcePlan planSources(const SourceRequest &req) {
  SourcePlan plan;
  std::string realRoot = realPath(req.root);

  std::vector<std::unique_ptr<clang::tooling::CompilationDatabase>> dbs;
  for (const std::string &file : findDatabases(req, plan)) {
    std::string err;
    auto db = clang::tooling::JSONCompilationDatabase::loadFromFile(
        file, err, clang::tooling::JSONCommandLineSyntax::AutoDetect);
    if (!db) {
      plan.errors.push_back(file + ": error: invalid compilation database: " + err);
      return plan;
    }
    dbs.push_back(std::move(db));
    plan.compileDbs.push_back(file);
  }

  // The files: every source file below the given paths; with a database and
  // no paths, every file in the database that lies below the root.
  std::set<std::string> files;
  for (const std::string &p : req.paths) {
    std::string a = absolutePath(p);
    if (!fs::exists(a)) {
      plan.errors.push_back(p + ": error: no such file or directory");
      continue;
    }
    if (!fs::is_directory(a)) {
      if (!fs::is_regular_file(a))
        plan.errors.push_back(p + ": error: not a regular file (a FIFO, socket or device)");
      else if (::access(a.c_str(), R_OK) != 0)
        plan.errors.push_back(p + ": error: cannot read file");
      else if (!isSourceFile(a))
        plan.errors.push_back(p + ": error: not a C or C++ source file (.c .cc .cpp .cxx); "
                                  "headers are analyzed through the files that include them");
      else
        files.insert(realPath(a));
      continue;
    }
    walk(a, p, realRoot, files, plan);
  }
  if (req.paths.empty())
    for (const auto &db : dbs)
      for (const std::string &f : db->getAllFiles()) {
        std::string real = realPath(f);
        if (!isUnder(real, realRoot))
          plan.skipped.push_back({absolutePath(f), "listed in the compilation database but outside "
                                               "the scan root " + req.root});
        else if (!fs::is_regular_file(real))
          plan.skipped.push_back({absolutePath(f), "listed in the compilation database but not a "
                                               "regular file"});
        else
          files.insert(real);
      }

  // The user's own include directories are trusted; the repository's are
  // readable only inside the root.
  llvm::SmallString<256> cwd;
  fs::current_path(cwd);
  std::vector<std::string> readable = {realRoot};
  for (const std::string &d : systemReadableDirs())
    readable.push_back(d);
  for (const std::string &d : includeDirsOf(req.extraArgs, std::string(cwd.str())))
    readable.push_back(absolutePath(d));
  for (const std::string &d : req.readableDirs)
    readable.push_back(d);
  for (const std::string &d : req.libraryHeaderDirs)
    readable.push_back(d);

  for (const std::string &f : files) {
    CompileJob job;
    job.file = f;
    job.readable = readable;
    std::vector<std::string> build;
    for (const auto &db : dbs) {
      std::vector<clang::tooling::CompileCommand> cmds = db->getCompileCommands(f);
      if (!cmds.empty()) {
        build = cmds[0].CommandLine;
        job.directory = cmds[0].Directory;
        job.target = targetOf(cmds[0].Output);
        break;
      }
    }
    if (!build.empty()) {
      FilteredCommand fc = filterCompileCommand(build, f);
      job.dropped = std::move(fc.dropped);
      job.command = {fc.cxx ? "clang++" : "clang"};
      if (!fc.target.empty() && !hasTargetFlag(fc.args))
        job.command.push_back("--target=" + fc.target);
      job.command.insert(job.command.end(), fc.args.begin(), fc.args.end());
      if (!fs::is_directory(job.directory))
        job.directory = path::parent_path(f).str();
    } else {
      bool cpp = isCpp(f);
      // No directory change: relative paths in `--` arguments stay relative
      // to where sluice was started.
      job.command = {cpp ? "clang++" : "clang", "-x", cpp ? "c++" : "c",
                     cpp ? "-std=gnu++17" : "-std=gnu17", "-I" + path::parent_path(f).str(),
                     "-I" + req.root};
    }
    job.command.insert(job.command.end(), req.extraArgs.begin(), req.extraArgs.end());
    // -idirafter: searched after every directory of the build and the
    // system, so an installed header always wins. -isystem puts them before
    // the system directories (still after the build's own -I).
    for (const std::string &d : req.libraryHeaderDirs) {
      job.command.push_back(req.preferLibraryHeaders ? "-isystem" : "-idirafter");
      job.command.push_back(d);
    }
    job.libraryHeaderDirs = req.libraryHeaderDirs;
    job.command.push_back(f);
    plan.jobs.push_back(std::move(job));
  }
  return plan;
}

} // namespace sluice
