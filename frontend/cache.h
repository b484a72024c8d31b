// The incremental cache: one entry per translation unit holding what its
// worker sent (the encoded TUOutcome), valid while the unit's inputs are.
//
// Key: the tool (version, LLVM version, the executable's identity), the
// rules (every rule file's content, the enabled rules), and the job (file,
// directory, filtered command, readable directories, library headers,
// root). Validity: every file Clang read has the recorded content (size
// and modification time first; on a mismatch, SHA-256 of the content), and
// no include that was missing has appeared in the job's include
// directories. Limit, as in ccache's direct mode: a new header that would
// shadow one found later in the search path is not noticed.
//
// Entries are authenticated (HMAC-SHA-256 with a key kept outside the
// scanned tree: $SLUICE_CACHE_KEY, else $XDG_CACHE_HOME/sluice/cache-key,
// created on first use), so a cache shipped inside a hostile repository is
// never trusted; an entry that fails to parse or authenticate is ignored,
// reported, and recomputed.
#pragma once

#include "frontend/tu_runner.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sluice {

struct CacheStats {
  size_t hits = 0, misses = 0, stale = 0, corrupt = 0, stored = 0;
  std::vector<std::string> warnings;  // "file:line: why" of corrupt entries, write failures
};

class FactsCache {
public:
  /// Opens the cache in `dir` (created). `context` is everything scan-wide
  /// the results depend on (see scanContext()). Returns nullptr and `why`
  /// when the directory cannot be used (a symlink inside the scan root,
  /// not writable) or no key is available.
  static std::unique_ptr<FactsCache> open(const std::string &dir, const std::string &root,
                                          const std::string &context, std::string &why);

  /// The entry's key for a job.
  std::string keyOf(const CompileJob &job) const;
  /// The cached payload when the entry exists, authenticates and its
  /// inputs are unchanged.
  std::optional<std::string> load(const CompileJob &job);
  /// Stores what a worker sent for `job` (decoded as `outcome`).
  void store(const CompileJob &job, const std::string &payload, const TUOutcome &outcome);

  const CacheStats &stats() const { return stats_; }
  const std::string &directory() const { return dir_; }

private:
  struct FileState {
    uint64_t size = 0;
    int64_t mtime = 0;
    std::string sha;  // hex
  };
  std::optional<FileState> stateOf(const std::string &file, bool needHash);
  std::string entryPath(const std::string &key) const;
  std::string mac(std::string_view text) const;
  bool writeEntry(const std::string &key, const std::vector<std::string> &filesRead,
                  const std::vector<std::string> &missing, const std::string &payload);

  std::string dir_, root_, context_;
  std::string secret_;
  std::map<std::string, FileState> memo_;  // this scan's file states
  int64_t openedAtNs_ = 0;                 // files changed since may be stale in the results
  CacheStats stats_;
};

/// An entry's content once authenticated (see FactsCache::load).
struct CacheEntry {
  struct File {
    uint64_t size = 0;
    int64_t mtime = 0;
    std::string sha;   // 64 hex digits
    std::string path;
  };
  std::vector<File> files;             // what the unit read
  std::vector<std::string> missing;    // includes no directory had
  std::string payload;                 // the encoded TUOutcome
};

/// Parses an entry's body (without its "mac" line) written for `key`. On
/// failure returns false with the 1-based line and the reason.
bool parseCacheEntry(std::string_view body, const std::string &key, CacheEntry &out,
                     size_t &line, std::string &why);

/// The scan-wide part of the key: tool identity, every rule file's content
/// below `ruleDirs`, and the enabled rule ids.
std::string scanContext(const std::vector<std::string> &ruleDirs,
                        const std::vector<std::string> &enabledRules);

/// The HMAC-SHA-256 of `text` under `key`, in hex (exposed for tests).
std::string hmacSha256Hex(const std::string &key, std::string_view text);

} // namespace sluice
