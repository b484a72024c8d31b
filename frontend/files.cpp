// Paths and Sluice's own files; see files.h.
#include "frontend/files.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sluice {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

std::string absolutePath(const std::string &p) {
  llvm::SmallString<256> out(p);
  fs::make_absolute(out);
  path::remove_dots(out, true);
  return std::string(out.str());
}

std::string absolutePath(const std::string &base, const std::string &p) {
  if (path::is_absolute(p)) return absolutePath(p);
  llvm::SmallString<256> out(base);
  path::append(out, p);
  return absolutePath(std::string(out.str()));
}

std::string realPathOr(const std::string &p) {
  llvm::SmallString<256> out;
  return fs::real_path(p, out) ? p : std::string(out.str());
}

std::string pathBelow(const std::string &dir, const std::string &p) {
  if (p.size() > dir.size() && p.compare(0, dir.size(), dir) == 0 && p[dir.size()] == '/')
    return p.substr(dir.size() + 1);
  return {};
}

std::optional<std::string> readRegularFile(const std::string &file, uint64_t limit,
                                           std::string &why) {
  fs::file_status st;
  if (std::error_code ec = fs::status(file, st)) {
    why = ec.message();
    return std::nullopt;
  }
  if (st.type() != fs::file_type::regular_file) {
    why = "not a regular file";
    return std::nullopt;
  }
  if (st.getSize() > limit) {
    why = "larger than " + std::to_string(limit >> 20) + " MiB";
    return std::nullopt;
  }
  auto buf = llvm::MemoryBuffer::getFile(file, /*IsText=*/true);
  if (!buf) {
    why = buf.getError().message();
    return std::nullopt;
  }
  return (*buf)->getBuffer().str();
}

namespace {

// Creates `dir` (one level) unless it exists as a real directory (lstat: a
// symlink to a directory is not one).
bool plainDir(const std::string &dir) {
  if (::mkdir(dir.c_str(), 0755) != 0 && errno != EEXIST) return false;
  struct stat st;
  return ::lstat(dir.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

} // namespace

bool makeOwnDirectory(const std::string &root, const std::string &d, std::string &why) {
  std::string below = pathBelow(root, d);
  if (d == root) return true;
  if (below.empty()) {
    if (std::error_code ec = fs::create_directories(d)) {
      why = "cannot create " + d + ": " + ec.message();
      return false;
    }
    return true;
  }
  // Inside the tree: one level at a time, never through a symlink.
  std::string at = root;
  for (auto it = path::begin(below), end = path::end(below); it != end; ++it) {
    at += "/" + it->str();
    if (!plainDir(at)) {
      why = at + " is not a directory, or is a symlink inside the scanned tree";
      return false;
    }
  }
  return true;
}

bool writeOwnFile(const std::string &file, const std::string &text, std::string &why) {
  std::string tmp = file + "." + std::to_string(::getpid()) + ".sluice-tmp";
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0644);
  if (fd < 0) {
    why = std::string("cannot create ") + tmp + ": " + std::strerror(errno);
    return false;
  }
  size_t done = 0;
  while (done < text.size()) {
    ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n <= 0) break;
    done += static_cast<size_t>(n);
  }
  bool ok = done == text.size();
  ok = ::close(fd) == 0 && ok;
  if (!ok || std::rename(tmp.c_str(), file.c_str()) != 0) {
    why = std::string("cannot write ") + file + ": " + std::strerror(errno);
    ::unlink(tmp.c_str());
    return false;
  }
  return true;
}

} // namespace sluice
