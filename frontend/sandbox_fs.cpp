#include "frontend/sandbox_fs.h"

#include "frontend/files.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <map>

namespace sluice {

namespace {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

bool under(const std::string &p, const std::string &dir) {
  if (dir == "/")
    return true;
  return p == dir || (p.size() > dir.size() && p.compare(0, dir.size(), dir) == 0 &&
                      p[dir.size()] == '/');
}

class SandboxFS : public llvm::vfs::ProxyFileSystem {
public:
  SandboxFS(llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> real,
            const std::vector<std::string> &readable, std::shared_ptr<SandboxLog> log)
      : ProxyFileSystem(std::move(real)), log_(std::move(log)) {
    for (const std::string &d : readable)
      if (!d.empty())
        readable_.push_back(realPathOr(d));
  }

  llvm::ErrorOr<llvm::vfs::Status> status(const llvm::Twine &p) override {
    auto st = ProxyFileSystem::status(p);
    if (!st || st->isDirectory())
      return st;
    if (std::string why = refusal(p.str(), *st); !why.empty())
      return std::make_error_code(std::errc::permission_denied);
    return st;
  }

  bool exists(const llvm::Twine &p) override { return static_cast<bool>(status(p)); }

  llvm::ErrorOr<std::unique_ptr<llvm::vfs::File>> openFileForRead(const llvm::Twine &p) override {
    auto st = ProxyFileSystem::status(p);
    if (!st)
      return st.getError();
    if (std::string why = refusal(p.str(), *st); !why.empty())
      return std::make_error_code(std::errc::permission_denied);
    auto file = ProxyFileSystem::openFileForRead(p);
    if (file)
      log_->opened.insert(realPathOr(absolute(p.str())));
    return file;
  }

  llvm::vfs::directory_iterator dir_begin(const llvm::Twine &dir, std::error_code &ec) override {
    // Listing is for header search and the driver's toolchain detection
    // (which probes dozens of directories that do not exist: not worth a
    // note). Nothing is read.
    llvm::SmallString<256> real;
    if (fs::real_path(absolute(dir.str()), real))
      return ProxyFileSystem::dir_begin(dir, ec);
    std::string r(real.str());
    if (!readableDir(r) && !under(r, "/usr") && !under(r, "/lib") && !under(r, "/lib64") &&
        !under(r, "/lib32")) {
      ec = std::make_error_code(std::errc::permission_denied);
      return {};
    }
    return ProxyFileSystem::dir_begin(dir, ec);
  }

private:
  std::shared_ptr<SandboxLog> log_;
  std::vector<std::string> readable_;
  std::map<std::string, std::string> verdicts_;  // path as asked -> refusal ("" = allowed)

  std::string absolute(const std::string &p) const {
    if (path::is_absolute(p))
      return p;
    llvm::SmallString<256> a(p);
    if (auto cwd = getCurrentWorkingDirectory())
      fs::make_absolute(*cwd, a);
    return std::string(a.str());
  }

  bool readableDir(const std::string &real) const {
    for (const std::string &d : readable_)
      if (under(real, d))
        return true;
    return false;
  }

  void note(const std::string &p, const std::string &why) {
    if (log_ && log_->refused.size() < 64)
      log_->refused.insert(p + " (" + why + ")");
  }

  /// Why Clang may not read `p`, or "" when it may.
  std::string refusal(const std::string &asked, const llvm::vfs::Status &st) {
    auto it = verdicts_.find(asked);
    if (it != verdicts_.end())
      return it->second;
    std::string real = realPathOr(absolute(asked));
    std::string why;
    // The driver reads which distribution it runs on; nothing else of /etc.
    static const std::set<std::string> distroFiles = {
        "/etc/os-release", "/usr/lib/os-release", "/etc/lsb-release", "/etc/debian_version",
        "/etc/redhat-release", "/etc/system-release"};
    if (st.getType() != fs::file_type::regular_file)
      why = "not a regular file";
    else if (!readableDir(real) && !distroFiles.count(real))
      why = "outside the scan root";
    if (!why.empty())
      note(real == asked ? asked : asked + " -> " + real, why);
    verdicts_.emplace(asked, why);
    return why;
  }
};

} // namespace

std::vector<std::string> systemReadableDirs() {
  return {"/usr/include", "/usr/local/include", "/usr/lib/gcc", "/usr/lib/llvm-19",
          "/usr/lib/clang", "/usr/share/clang"};
}

llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem>
makeSandboxFS(const std::vector<std::string> &readable, std::shared_ptr<SandboxLog> log) {
  return llvm::makeIntrusiveRefCnt<SandboxFS>(llvm::vfs::getRealFileSystem(), readable,
                                              std::move(log));
}

} // namespace sluice
