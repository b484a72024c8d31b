// The incremental cache; see cache.h.
#include "frontend/cache.h"

#include "frontend/files.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SHA256.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace sluice {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

namespace {

constexpr const char *kMagic = "sluice-cache 1";

std::string hex(const std::array<uint8_t, 32> &h) {
  return llvm::toHex(llvm::ArrayRef<uint8_t>(h.data(), h.size()), /*LowerCase=*/true);
}

std::string sha256Hex(llvm::StringRef text) { return hex(llvm::SHA256::hash(llvm::arrayRefFromStringRef(text))); }

// Length-prefixed, so that fields cannot run into each other.
void field(llvm::SHA256 &h, llvm::StringRef s) {
  h.update(std::to_string(s.size()) + ":");
  h.update(s);
}

std::optional<std::string> readSecret(std::string &why) {
  if (const char *k = std::getenv("SLUICE_CACHE_KEY"); k && *k) return std::string(k);
  std::string base;
  if (const char *x = std::getenv("XDG_CACHE_HOME"); x && *x)
    base = x;
  else if (const char *h = std::getenv("HOME"); h && *h)
    base = std::string(h) + "/.cache";
  else {
    why = "no cache key: set SLUICE_CACHE_KEY, XDG_CACHE_HOME or HOME";
    return std::nullopt;
  }
  std::string dir = base + "/sluice", file = dir + "/cache-key";
  fs::create_directories(dir);
  int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0600);
  if (fd >= 0) {
    unsigned char raw[32];
    bool ok = false;
    if (std::FILE *u = std::fopen("/dev/urandom", "rb")) {
      ok = std::fread(raw, 1, sizeof raw, u) == sizeof raw;
      std::fclose(u);
    }
    std::string k = llvm::toHex(llvm::ArrayRef<uint8_t>(raw, sizeof raw), true) + "\n";
    ok = ok && ::write(fd, k.data(), k.size()) == static_cast<ssize_t>(k.size());
    ::close(fd);
    if (!ok) {
      fs::remove(file);
      why = "cannot create the cache key " + file;
      return std::nullopt;
    }
  }
  struct stat st;
  if (::lstat(file.c_str(), &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != ::getuid()) {
    why = "the cache key " + file + " is not a regular file of this user";
    return std::nullopt;
  }
  auto buf = llvm::MemoryBuffer::getFile(file);
  if (!buf || (*buf)->getBuffer().trim().size() < 32) {
    why = "cannot read the cache key " + file;
    return std::nullopt;
  }
  return (*buf)->getBuffer().trim().str();
}

// Include directories named in a compile command, and the system ones: where
// a missing header could appear.
std::vector<std::string> includeDirs(const CompileJob &job) {
  std::vector<std::string> dirs = {std::string(path::parent_path(job.file)), "/usr/include",
                                   "/usr/local/include"};
  static const char *const flags[] = {"-I", "-isystem", "-iquote", "-idirafter"};
  for (size_t i = 0; i < job.command.size(); ++i) {
    const std::string &a = job.command[i];
    for (const char *f : flags) {
      std::string flag(f);
      std::string d;
      if (a == flag && i + 1 < job.command.size())
        d = job.command[i + 1];
      else if (a.size() > flag.size() && a.compare(0, flag.size(), flag) == 0)
        d = a.substr(flag.size());
      if (d.empty()) continue;
      if (!path::is_absolute(d)) d = job.directory + "/" + d;
      dirs.push_back(d);
    }
  }
  return dirs;
}

// "NAME (FILE:LINE)" -> NAME.
std::string headerName(const std::string &missing) {
  size_t paren = missing.rfind(" (");
  return paren == std::string::npos ? missing : missing.substr(0, paren);
}

} // namespace

bool parseCacheEntry(std::string_view bodyText, const std::string &key, CacheEntry &out,
                     size_t &line, std::string &why) {
  llvm::StringRef body(bodyText.data(), bodyText.size());
  size_t pos = 0;
  line = 0;
  auto nextLine = [&](llvm::StringRef &l) {
    size_t nl = body.find('\n', pos);
    if (nl == llvm::StringRef::npos) return false;
    l = body.slice(pos, nl);
    pos = nl + 1;
    ++line;
    return true;
  };
  auto fail = [&](const char *w) {
    why = w;
    return false;
  };
  llvm::StringRef l;
  if (!nextLine(l) || l != kMagic) return fail("not a Sluice cache entry");
  if (!nextLine(l) || l != ("key " + key)) return fail("written for another key");
  while (nextLine(l)) {
    if (l.consume_front("file ")) {
      // "<size> <mtime> <sha> <path>"
      llvm::SmallVector<llvm::StringRef, 4> parts;
      l.split(parts, ' ', 3);
      CacheEntry::File f;
      if (parts.size() != 4 || parts[0].getAsInteger(10, f.size) ||
          parts[1].getAsInteger(10, f.mtime) || parts[2].size() != 64 || parts[3].empty())
        return fail("malformed file line");
      f.sha = parts[2].str();
      f.path = parts[3].str();
      out.files.push_back(std::move(f));
    } else if (l.consume_front("missing ")) {
      out.missing.push_back(l.str());
    } else if (l.consume_front("payload ")) {
      size_t n;
      if (l.getAsInteger(10, n) || n == 0 || n > body.size() || pos + n + 1 != body.size() ||
          body[pos + n] != '\n')
        return fail("the payload's length does not match");
      out.payload = body.substr(pos, n).str();
      return true;
    } else {
      return fail("unknown line");
    }
  }
  return fail("no payload");
}

std::string hmacSha256Hex(const std::string &key, std::string_view text) {
  std::string k = key.size() > 64 ? [&] {
    auto h = llvm::SHA256::hash(llvm::arrayRefFromStringRef(key));
    return std::string(h.begin(), h.end());
  }() : key;
  k.resize(64, '\0');
  std::string ipad(64, '\0'), opad(64, '\0');
  for (size_t i = 0; i < 64; ++i) {
    ipad[i] = static_cast<char>(k[i] ^ 0x36);
    opad[i] = static_cast<char>(k[i] ^ 0x5c);
  }
  llvm::SHA256 inner;
  inner.update(ipad);
  inner.update(llvm::StringRef(text.data(), text.size()));
  auto ih = inner.final();
  llvm::SHA256 outer;
  outer.update(opad);
  outer.update(llvm::ArrayRef<uint8_t>(ih.data(), ih.size()));
  return hex(outer.final());
}

std::string scanContext(const std::vector<std::string> &ruleDirs,
                        const std::vector<std::string> &enabledRules) {
  llvm::SHA256 h;
  field(h, "sluice facts cache 1");
  field(h, SLUICE_VERSION);
  field(h, LLVM_VERSION_STRING);
  // The executable itself: a rebuilt binary is another tool.
  std::string exe = fs::getMainExecutable(nullptr, reinterpret_cast<void *>(&scanContext));
  fs::file_status st;
  if (!exe.empty() && !fs::status(exe, st)) {
    field(h, exe);
    field(h, std::to_string(st.getSize()));
    field(h, std::to_string(st.getLastModificationTime().time_since_epoch().count()));
    field(h, std::to_string(st.getUniqueID().getFile()));
  }
  for (const std::string &d : ruleDirs) {
    std::vector<std::string> files;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(d, ec), end; it != end && !ec; it.increment(ec))
      if (it->type() == fs::file_type::regular_file) files.push_back(it->path());
    std::sort(files.begin(), files.end());
    field(h, d);
    for (const std::string &f : files) {
      field(h, f);
      auto buf = llvm::MemoryBuffer::getFile(f);
      field(h, buf ? (*buf)->getBuffer() : llvm::StringRef("<unreadable>"));
    }
  }
  std::vector<std::string> ids = enabledRules;
  std::sort(ids.begin(), ids.end());
  for (const std::string &id : ids) field(h, id);
  return hex(h.final());
}

std::unique_ptr<FactsCache> FactsCache::open(const std::string &dir, const std::string &root,
                                             const std::string &context, std::string &why) {
  llvm::SmallString<256> abs(dir);
  fs::make_absolute(abs);
  path::remove_dots(abs, true);
  std::string d(abs.str());
  if (!makeOwnDirectory(root, d, why)) {
    why += ": the cache is not used";
    return nullptr;
  }
  std::optional<std::string> secret = readSecret(why);
  if (!secret) return nullptr;
  auto c = std::unique_ptr<FactsCache>(new FactsCache());
  c->dir_ = d;
  c->root_ = root;
  c->context_ = context;
  c->secret_ = *secret;
  c->openedAtNs_ = std::chrono::duration_cast<std::chrono::nanoseconds>(
                       std::chrono::system_clock::now().time_since_epoch())
                       .count();
  return c;
}

std::string FactsCache::keyOf(const CompileJob &job) const {
  llvm::SHA256 h;
  field(h, context_);
  field(h, root_);
  field(h, job.file);
  field(h, job.directory);
  for (const auto *list : {&job.command, &job.readable, &job.libraryHeaderDirs}) {
    field(h, std::to_string(list->size()));
    for (const std::string &s : *list) field(h, s);
  }
  return hex(h.final());
}

std::string FactsCache::entryPath(const std::string &key) const {
  return dir_ + "/" + key.substr(0, 2) + "/" + key;
}

std::string FactsCache::mac(std::string_view text) const { return hmacSha256Hex(secret_, text); }

std::optional<FactsCache::FileState> FactsCache::stateOf(const std::string &file, bool needHash) {
  auto it = memo_.find(file);
  if (it != memo_.end() && (!needHash || !it->second.sha.empty())) return it->second;
  struct stat st;
  if (::stat(file.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
  FileState s;
  s.size = static_cast<uint64_t>(st.st_size);
  s.mtime = static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
  if (needHash) {
    auto buf = llvm::MemoryBuffer::getFile(file, false, false);
    if (!buf) return std::nullopt;
    s.sha = sha256Hex((*buf)->getBuffer());
  }
  memo_[file] = s;
  return s;
}

std::optional<std::string> FactsCache::load(const CompileJob &job) {
  const std::string key = keyOf(job);
  const std::string file = entryPath(key);
  struct stat st;
  if (::lstat(file.c_str(), &st) != 0) {
    ++stats_.misses;
    return std::nullopt;
  }
  auto corrupt = [&](size_t line, const std::string &why) -> std::optional<std::string> {
    ++stats_.corrupt;
    stats_.warnings.push_back(file + ":" + std::to_string(line) + ": " + why +
                              "; the entry is ignored and recomputed");
    return std::nullopt;
  };
  if (!S_ISREG(st.st_mode)) return corrupt(0, "not a regular file");
  auto buf = llvm::MemoryBuffer::getFile(file, false, false);
  if (!buf) return corrupt(0, "unreadable");
  llvm::StringRef text = (*buf)->getBuffer();
  size_t macAt = text.rfind("\nmac ");
  if (macAt == llvm::StringRef::npos)
    return corrupt(1 + text.count('\n'), "no authentication line");
  llvm::StringRef body = text.substr(0, macAt + 1);
  // The body is read in place (an entry holds a whole unit's facts).
  if (text.substr(macAt + 5).trim() != mac(std::string_view(body.data(), body.size())))
    return corrupt(1 + body.count('\n'), "does not authenticate (written with another key, or altered)");

  CacheEntry entry;
  size_t line = 0;
  std::string why;
  if (!parseCacheEntry(std::string_view(body.data(), body.size()), key, entry, line, why))
    return corrupt(line, why);
  bool valid = true, restat = false;
  for (const CacheEntry::File &f : entry.files) {
    // Same size and time: unchanged. Otherwise the content decides (a
    // fresh clone has new times and the same bytes).
    std::optional<FileState> now = stateOf(f.path, false);
    bool sameStat = now && now->size == f.size && now->mtime == f.mtime;
    if (now && !sameStat) now = stateOf(f.path, true);
    if (!now || (!sameStat && now->sha != f.sha)) {
      valid = false;
      break;
    }
    restat = restat || !sameStat;
  }
  const std::vector<std::string> &missing = entry.missing;
  std::string payload = std::move(entry.payload);
  if (valid && !missing.empty())
    for (const std::string &dir : includeDirs(job))
      for (const std::string &name : missing)
        if (fs::exists(dir + "/" + name)) valid = false;
  if (!valid) {
    ++stats_.stale;
    return std::nullopt;
  }
  ++stats_.hits;
  if (restat) {
    // Same content under new times (a fresh clone, a touch): record them,
    // so the next scan does not hash these files again.
    std::vector<std::string> files;
    for (const CacheEntry::File &f : entry.files) files.push_back(f.path);
    writeEntry(key, files, missing, payload);
  }
  return payload;
}

void FactsCache::store(const CompileJob &job, const std::string &payload, const TUOutcome &outcome) {
  std::vector<std::string> missing;
  for (const std::string &m : outcome.missingHeaders) missing.push_back(headerName(m));
  if (writeEntry(keyOf(job), outcome.filesRead, missing, payload)) ++stats_.stored;
}

bool FactsCache::writeEntry(const std::string &key, const std::vector<std::string> &filesRead,
                            const std::vector<std::string> &missing, const std::string &payload) {
  std::string body = std::string(kMagic) + "\nkey " + key + "\n";
  for (const std::string &f : filesRead) {
    if (f.find('\n') != std::string::npos) return false;  // not representable: not cached
    std::optional<FileState> s = stateOf(f, true);
    if (!s) return false;  // gone already: do not cache
    // Changed during the scan (an editor save, a checkout): the result may
    // be of the older content, and the hash is of the newer. Not cached.
    // One second of slack for file systems with coarse times.
    if (s->mtime >= openedAtNs_ - 1000000000) return false;
    body += "file " + std::to_string(s->size) + " " + std::to_string(s->mtime) + " " + s->sha + " " +
            f + "\n";
  }
  for (const std::string &name : missing) {
    if (name.find('\n') != std::string::npos) return false;
    body += "missing " + name + "\n";
  }
  body += "payload " + std::to_string(payload.size()) + "\n" + payload + "\n";
  std::string text = body + "mac " + mac(body) + "\n";

  std::string sub = dir_ + "/" + key.substr(0, 2), why;
  if (!makeOwnDirectory(root_, sub, why)) {
    stats_.warnings.push_back(sub + ": cannot create the cache folder: " + why);
    return false;
  }
  if (!writeOwnFile(entryPath(key), text, why)) {
    stats_.warnings.push_back(why);
    return false;
  }
  return true;
}

} // namespace sluice
