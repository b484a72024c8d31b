// The file system Clang sees in a worker: the real one, restricted.
//
// Clang may read file contents only below the scan root, the system and
// compiler header directories, and directories the user named on the
// command line (`-- -I DIR`). Only regular files are opened, so a FIFO, a
// device (/dev/zero, /dev/stdin) or a symlink out of the tree is refused
// instead of blocking the worker or copying a file from elsewhere into the
// report. Symlinks are resolved before the check. Status of directories
// anywhere stays visible: the driver looks for its GCC installation that way,
// and a directory's existence tells nothing about any file's content.
#pragma once

#include "llvm/ADT/IntrusiveRefCntPtr.h"
#include "llvm/Support/VirtualFileSystem.h"

#include <memory>
#include <set>
#include <string>
#include <vector>

namespace sluice {

/// What the sandbox refused, for the report: "PATH (why)", sorted; and
/// what it let Clang read.
struct SandboxLog {
  std::set<std::string> refused;
  /// Every file Clang opened, absolute with symlinks resolved: what a cached
  /// result depends on (frontend/cache.h).
  std::set<std::string> opened;
};

/// The system directories whose headers any file may include.
std::vector<std::string> systemReadableDirs();

/// A file system over the real one that allows reading only below
/// `readable` (absolute directories; symlinks in them are resolved here).
llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem>
makeSandboxFS(const std::vector<std::string> &readable, std::shared_ptr<SandboxLog> log);

} // namespace sluice
